"""Which recorded figures `armsfacts check` weighs a number against (candidates.py), as `check --json` shows it.

Written for the survivors of a mutation run (tools/mutation.py, issue 22). Every sentence is written
for this file; each expected value is read by hand from data/armsfacts.json and the rules
candidates.py documents:
- The Hill gave 10,514 traced firearms made in the U.S. for 2011 alone; the GAO's testimony of 2009
  gave more than 20,000 traced firearms of U.S. origin, with no period of their own.
- Mexico's firearms seized are recorded nationally by year (7,922 in 2022, Milenio), and for parts:
  eTrace's firearms traced along the Arizona-Sonora route, 2022-2023 (Telediario).
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from armsfacts.candidates import _match

from .conftest import Invoke, judged


def test_one_year_s_figure_is_not_a_span_s(run: Invoke, tmp_path: Path) -> None:
    """'From 2009 to 2011' is three years: The Hill's 10,514 of 2011 alone is another quantity, never judged.
    The GAO's figure said in 2009, with no period of its own, is one the years named may be about."""
    claim = judged(run, tmp_path, "From 2009 to 2011, 10,514 traced firearms were made in the U.S.", "10,514")
    assert claim["verdict"] == "unverified", claim["note"]
    assert "thehill-2012-us-made-2011" not in claim["facts"]
    assert "gao-2009-testimony-us-count" in claim["facts"]


def test_a_part_named_is_never_the_country_s_whole(run: Invoke, tmp_path: Path) -> None:
    """A sentence about Sonora is not about Mexico's firearms seized in 2022 (7,922), whatever the number."""
    claim = judged(run, tmp_path, "In Sonora, 7,922 firearms were seized in 2022.", "7,922")
    assert claim["verdict"] == "unverified", claim["note"]
    national = {"defensa-firearms-2022", "destacado-2023-seized-sexenio", "mx-firearms-2021-10-2024-09"}
    assert not national & set(claim["facts"]), claim["facts"]


# Operación Frontera Norte's arrests are a running count, recorded at many days: 3,854 as of 30 May 2025
# (Notivox ¶3, Sociedad Noticias ¶2), 5,330 as of 16 July 2025 (Red 113 MX ¶2). The month named says which.
def test_a_running_count_at_the_month_named(run: Invoke, tmp_path: Path) -> None:
    claim = judged(run, tmp_path, "As of May 2025, Operación Frontera Norte had made 3,854 arrests.", "3,854")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["ofn-arrests-2025-05-30"])
    assert claim["note"] == "the record says 3,854 people (Notivox ¶3; Sociedad Noticias (sociedad-noticias.com) ¶2)"


def test_a_running_count_at_another_month_is_that_month_s(run: Invoke, tmp_path: Path) -> None:
    claim = judged(run, tmp_path, "As of July 2025, Operación Frontera Norte had made 3,854 arrests.", "3,854")
    assert (claim["verdict"], claim["facts"]) == ("contradicted", ["ofn-arrests-2025-07-16"])
    assert claim["note"] == (
        "the record says 5,330 people (Red 113 MX ¶2); 3,854 differs by 1,476; "
        "3,854 fits the record's figure for arrests, Operation Northern Border, as of 30 May 2025: "
        "3,854 people (Notivox ¶3; Sociedad Noticias (sociedad-noticias.com) ¶2)"
    )


# Mexico's firearms seized in 2022: 7,922 (Milenio ¶5), 7,916 (El Sur ¶3). What a later sentence names (a
# state, a rate a month) is that sentence's, and does not change what the earlier one is about.
LATER_SENTENCES = {
    "a state named later": "In 2022, Mexico seized 7,922 firearms.\nIn Sonora, the count was lower.",
    "a monthly rate later": "In 2022, Mexico seized 7,922 firearms.\nSeizures ran at about 600 a month.",
    # "US." ends a sentence: only "U.S." is written as an abbreviation
    "after the US": "In 2022, Mexico seized 7,922 firearms, most from the US. In Sonora, the count was lower.",
}


@pytest.mark.parametrize("name", list(LATER_SENTENCES))
def test_what_a_later_sentence_names_is_its_own(name: str, run: Invoke, tmp_path: Path) -> None:
    claim = judged(run, tmp_path, LATER_SENTENCES[name], "7,922")
    assert (claim["verdict"], claim["facts"]) == ("disputed", ["defensa-firearms-2022"])
    assert claim["note"] == (
        "the sources disagree: it matches 7,922 firearms (Milenio ¶5), not 7,916 firearms (El Sur (suracapulco.mx) ¶3)"
    )


def test_a_person_a_description_names_is_no_part_of_the_figure(run: Invoke, tmp_path: Path) -> None:
    """The Defence Secretary's 18,000 firearms are those 'since the Sheinbaum administration took office': naming
    the president ties the text to no figure, so it is not the first figure a count of her years is weighed on."""
    claim = judged(
        run, tmp_path, "En lo que va del gobierno de Claudia Sheinbaum se han asegurado 25 mil armas.", "25 mil", "es"
    )
    assert claim["verdict"] == "unverified", claim["note"]
    assert claim["facts"][0] != "trevilla-firearms-2026-02-10", claim["note"]


def test_a_part_of_a_whole_is_a_share_never_a_change(run: Invoke, tmp_path: Path) -> None:
    """'Ocho de cada diez' is 80 % of the guns analysed: the NFCTA's rise of 86 % in seizures at the border (2023)
    is a change, and no share it could be, near as the values are."""
    sentence = "La Defensa afirma que ocho de cada diez armas aseguradas y analizadas vienen de Estados Unidos."
    claim = judged(run, tmp_path, sentence, "ocho de cada diez", "es")
    changes = {"nfcta-southbound-seized-2023", "southbound-seized-change", "destacado-2023-seizures-rise"}
    assert not changes & set(claim["facts"]), claim["note"]


def test_how_well_words_name_a_label_is_the_same_in_any_order_of_its_words() -> None:
    """A label's words are a set, whose order changes from one run to the next (hash seeds): a sum in another order
    may differ in its last bit, which sorted tied figures apart, and the same draft named other nearest figures."""
    # elsewhere in the sentence (0.3), before the number (0.6), right before it (0.9): "the U.S. ... traced ... 70"
    weights = {"usa": 0.3, "firea": 0.6, "trace": 0.9}
    label = ["usa", "firea", "trace"]
    scores = {_match(list(order), weights) for order in itertools.permutations(label)}  # type: ignore[arg-type]
    assert len(scores) == 1, sorted(scores)


def test_a_running_totals_first_month_names_no_point_of_it(run: Invoke, tmp_path: Path) -> None:
    """Mexico's firearms seized since 1 October 2024 are a running total: more than 8,200 to 23 March 2025 (Imagen de
    Veracruz ¶2), 13,275 to 3 July 2025 (iNoticias ¶4). October 2024 is every point's first month; the month a span
    ends in names the point (heldout-36), so 8,200 to July is not the March total."""
    claim = judged(run, tmp_path, "From 1 October 2024 to 3 July 2025, authorities seized 8,200 firearms.", "8,200")
    assert claim["verdict"] != "supported", claim["note"]
    assert claim["facts"] == ["mx-firearms-2025-07-03"], claim["note"]


def test_a_share_of_what_was_made_is_named_only_where_making_is_said(run: Invoke, tmp_path: Path) -> None:
    """Mexico's suit gave 2.2 % as the share of the guns made in the U.S. each year that are smuggled into Mexico
    (El Heraldo de México). A share of the guns in Mexico that entered from the U.S. says nothing of where they were
    made: the note names shares of U.S. origin, not the suit's; said of guns made there, 2.2 % is the suit's."""
    sentence = "Más del 70 % de las armas que circulan en México entran ilegalmente desde Estados Unidos."
    claim = judged(run, tmp_path, sentence, "Más del 70 %", lang="es")
    assert "mx-lawsuit-share-smuggled" not in claim["facts"], claim["facts"]
    assert "gao-2016-traced-us-origin-share" in claim["facts"], claim["facts"]
    sentence = "Cerca del 2.2 % de las armas fabricadas en Estados Unidos se trafican a México cada año."
    claim = judged(run, tmp_path, sentence, "Cerca del 2.2 %", lang="es")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["mx-lawsuit-share-smuggled"])


def test_what_came_in_illegally_is_no_count_of_legal_imports(run: Invoke, tmp_path: Path) -> None:
    """SEDENA knew of 468,737 arms that entered Mexico legally in 2009-2019 (Seguridad y Defensa). Arms said to have
    entered illegally are another quantity: "unas 500 mil" of them are not borne out by that count."""
    sentence = "Unas 500 mil armas entraron ilegalmente a México hasta 2024."
    claim = judged(run, tmp_path, sentence, "Unas 500 mil", lang="es")
    assert "sydef-sedena-legales-468737" not in claim["facts"], claim
    assert claim["verdict"] == "unverified", claim["note"]
    sentence = "Entre 2009 y 2019 entraron legalmente a México 468 mil 737 armas."
    claim = judged(run, tmp_path, sentence, "468 mil 737", lang="es")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["sydef-sedena-legales-468737"])
