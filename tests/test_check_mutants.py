"""What `armsfacts check --json` says of drafts written for the survivors of check.py's mutation run
(tools/mutation.py, issue 22): when a number that looks like a year counts something, and when it is a year.

Every draft is written for this file; each expected value is read by hand from data/armsfacts.json and from
the rules check.py documents. Operation Southbound seized nearly 2,000 firearms from 1 October 2022 to
31 March 2023 (WTTL ¶7 and Aire Libre Oaxaca ¶3 "nearly", SinEmbargo ¶6 "about", Voz de América ¶3 exactly
2,000: fact wttl-2023-southbound-oct-mar).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from .conftest import Invoke, checked_with, judged, with_figure

SOUTHBOUND = ["wttl-2023-southbound-oct-mar"]
SOUTHBOUND_SOURCES = [
    "wttl-monaco-southbound-2023",
    "sinembargo-southbound-2023-06",
    "airelibre-southbound-2023",
    "voa-sin-rastro-2023",
]
SOUTHBOUND_PRINTED = (
    "nearly 2,000 firearms (WTTL (wttlonline.com) ¶7; Aire Libre Oaxaca ¶3); "
    "about 2,000 firearms (SinEmbargo (republished by borderlinea.mx) ¶6); 2,000 firearms (Voz de América ¶3)"
)
SOUTHBOUND_SAYS = f"the record says {SOUTHBOUND_PRINTED}"


def southbound_not_for(years: str) -> str:
    """The note on Southbound's seizures given to years they are not of."""
    return (
        f"the record gives {SOUTHBOUND_PRINTED} for firearms seized, Operation Southbound, "
        f"1 October 2022 – 31 March 2023, not for Operation Southbound, {years}"
    )


def claims(run: Invoke, tmp_path: Path, draft: str, lang: str = "en") -> dict[str, dict[str, Any]]:
    """Every claim `check --json` makes of a draft, by the figure as written."""
    path = tmp_path / "draft.txt"
    path.write_text(draft + "\n", encoding="utf-8")
    result = run("check", str(path), "--json", "--text-lang", lang)
    assert result.exit_code in (0, 4), result.output
    return {c["text"]: c for c in json.loads(result.stdout)}


@pytest.mark.parametrize("figure", ["2000", "nearly 2000", "2,000", "nearly 2,000"])
def test_a_count_written_like_a_year_is_not_also_the_year_it_looks_like(
    run: Invoke, tmp_path: Path, figure: str
) -> None:
    """A bug the mutation run showed: "seized 2000 firearms" counts firearms, and was also read as naming the
    year 2000, so the record's Southbound seizures (2022-2023) were called wrong for being of another year.
    Written with or without a thousands separator, the count is judged the same: every source bears it out."""
    claim = judged(run, tmp_path, f"Operation Southbound seized {figure} firearms.", figure)
    assert (claim["verdict"], claim["facts"], claim["near_miss"]) == ("supported", SOUTHBOUND, None)
    assert claim["agrees_with"] == SOUTHBOUND_SOURCES
    assert claim["note"] == SOUTHBOUND_SAYS


def test_a_count_written_like_a_year_at_the_head_of_a_draft(run: Invoke, tmp_path: Path) -> None:
    """No word comes before it, so nothing makes it a time: the next word, firearms, makes it a count."""
    claim = judged(run, tmp_path, "2000 firearms were seized in Operation Southbound.", "2000")
    assert (claim["verdict"], claim["facts"], claim["note"]) == ("supported", SOUTHBOUND, SOUTHBOUND_SAYS)


def test_in_before_a_number_like_a_year_makes_it_the_year_at_the_head_of_a_draft_too(
    run: Invoke, tmp_path: Path
) -> None:
    """'In 2000 firearms seized ... were not traced': the year 2000, however many firearms follow."""
    assert claims(run, tmp_path, "In 2000 firearms seized by Operation Southbound were not traced.") == {}


def test_a_year_before_hasta_is_the_start_of_a_span_not_a_count(run: Invoke, tmp_path: Path) -> None:
    """'hasta' is one of the record's label words (a count can go on with it), but after a year it ends a
    span: 2019 to 2021, which Southbound's seizures of 2022-2023 are not of."""
    found = claims(
        run, tmp_path, "En el periodo 2019 hasta 2021, la Operación Southbound aseguró casi 2 mil armas.", "es"
    )
    assert list(found) == ["casi 2 mil"]
    claim = found["casi 2 mil"]
    assert (claim["verdict"], claim["facts"], claim["near_miss"]) == ("contradicted", SOUTHBOUND, "period")
    assert claim["note"] == southbound_not_for("2019–2021")


@pytest.mark.parametrize(
    ("draft", "years"),
    [
        # "up to 2015" is a year bounded: the span until it, open at its start
        ("Up to 2015, Operation Southbound seized nearly 2,000 firearms.", "the years up to 2015"),
        ("Operation Southbound seized nearly 2,000 firearms, more than in about 2015 or in 2016.", "2015, 2016"),
        ("Operation Southbound seized nearly 2,000 firearms, as many as in over 2015.", "2015"),
    ],
)
def test_a_bound_on_a_number_like_a_year_that_counts_nothing_makes_it_a_year(
    run: Invoke, tmp_path: Path, draft: str, years: str
) -> None:
    """No unit follows 'up to 2015' or 'about 2015': they are years, not figures to judge, and they are the
    years Southbound's seizures are given to."""
    found = claims(run, tmp_path, draft)
    assert list(found) == ["nearly 2,000"]
    claim = found["nearly 2,000"]
    assert (claim["verdict"], claim["facts"], claim["near_miss"]) == ("contradicted", SOUTHBOUND, "period")
    assert claim["note"] == southbound_not_for(years)


def test_the_language_given_is_the_one_the_draft_is_read_in(run: Invoke, tmp_path: Path) -> None:
    """--text-lang es reads '3.337' as papers in Spain group thousands, though the words are English:
    Operation Last Mile's 3,337 arrests (the article's ¶16 and the DEA's ¶5)."""
    claim = judged(run, tmp_path, "Operation Last Mile made 3.337 arrests.", "3.337", lang="es")
    assert (claim["value"], claim["verdict"], claim["facts"]) == (3337, "supported", ["last-mile-arrests"])


def test_that_period_points_back_at_the_years_an_earlier_sentence_named(run: Invoke, tmp_path: Path) -> None:
    """'During that period' is 2015, named one sentence before: not the period of Southbound's seizures."""
    draft = "The ATF report covers 2015. During that period, Operation Southbound seized nearly 2,000 firearms."
    claim = judged(run, tmp_path, draft, "nearly 2,000")
    assert (claim["verdict"], claim["facts"], claim["near_miss"]) == ("contradicted", SOUTHBOUND, "period")
    assert claim["note"] == southbound_not_for("2015")


def test_a_heading_s_operation_is_the_topic_of_its_section_again_after_another_is_named(
    run: Invoke, tmp_path: Path
) -> None:
    """Under the heading Operation Last Mile, a paragraph names Operation Southbound; the next paragraph is
    Last Mile's again, so 3,373 arrests is its 3,337 with two digits transposed."""
    draft = "# Operation Last Mile\n\nIt came after Operation Southbound.\n\nAgents made 3,373 arrests."
    claim = judged(run, tmp_path, draft, "3,373")
    assert (claim["verdict"], claim["facts"], claim["near_miss"]) == (
        "contradicted",
        ["last-mile-arrests"],
        "transposition",
    )
    assert claim["note"] == (
        "the record says 3,337 people (Riviera Maya News ¶16; DEA ¶5 and 2 more); 3,373 differs by 36 — "
        "digits transposed?"
    )


def test_a_year_ending_a_sentence_is_not_made_a_count_by_the_next_sentence_s_first_word(
    run: Invoke, tmp_path: Path
) -> None:
    """A bug the mutation run led to: the word after 2015 was looked for past its sentence's end, so 'Firearms'
    opening the next sentence made 2015 a count, judged as a figure, and no longer the year 'that period' is."""
    draft = (
        "The ATF report covers 2015. "
        "Firearms were seized by Operation Southbound during that period: nearly 2,000 firearms."
    )
    found = claims(run, tmp_path, draft)
    assert list(found) == ["nearly 2,000"]
    claim = found["nearly 2,000"]
    assert (claim["verdict"], claim["facts"], claim["near_miss"]) == ("contradicted", SOUTHBOUND, "period")
    assert claim["note"] == southbound_not_for("2015")


def test_the_words_next_to_a_number_like_a_year_are_read_across_a_wide_gap(run: Invoke, tmp_path: Path) -> None:
    """Text pasted from a table or a PDF keeps its column gaps: 'in', 19 spaces before 2000, still makes it a
    year (no claim), and 'firearms', 37 spaces after 2000, still makes it a count of Southbound's seizures."""
    assert (
        claims(run, tmp_path, "Operation Southbound seized in" + " " * 19 + "2000 firearms that were not traced.") == {}
    )
    claim = judged(run, tmp_path, "Operation Southbound seized 2000" + " " * 37 + "firearms.", "2000")
    assert (claim["verdict"], claim["facts"], claim["note"]) == ("supported", SOUTHBOUND, SOUTHBOUND_SAYS)


# verdicts.py's rules at values the record does not hold: a copy of the record with one figure changed.


def test_a_round_figure_cannot_be_mistyped_but_its_direction_can_slip(
    run: Invoke, tmp_path: Path, raw_data: dict[str, Any]
) -> None:
    """bearing.near_miss: a round claim (100, two trailing zeros) is rounded, not mistyped, but only its sign can
    slip. With Southbound's rise in investigations (Riviera Maya News ¶14, Punto Crítico ¶7) made 100 %, 'fell by
    100 percent' is that rise going the other way."""
    data = with_figure(raw_data, "southbound-investigations-change", 100, "100 percent")
    draft = "Under Operation Southbound, investigations fell by 100 percent."
    claim = checked_with(run, tmp_path, data, draft, "100 percent")
    assert (claim["verdict"], claim["near_miss"]) == ("contradicted", "sign")
    assert claim["note"] == (
        "the record says +100 % (Riviera Maya News ¶14; Punto Crítico (puntocritico.mx) ¶7) "
        "— the record has it going the other way"
    )


def test_an_upper_bound_far_above_a_figure_of_one_says_nothing_of_it(
    run: Invoke, tmp_path: Path, raw_data: dict[str, Any]
) -> None:
    """bearing.loosely: 'fewer than N' holds of a figure under N / LOOSE_BOUND (1.5) without saying it. With the
    Omaha Division's arrests (DEA ¶4) made 1, 'fewer than 5' is true and says nothing of it: unverified."""
    data = with_figure(raw_data, "dea-omaha-lm-arrests", 1, "1 arrest")
    draft = "The DEA Omaha Division made fewer than 5 arrests in Operation Last Mile."
    claim = checked_with(run, tmp_path, data, draft, "fewer than 5")
    assert (claim["verdict"], claim["facts"]) == ("unverified", ["dea-omaha-lm-arrests"])
    assert claim["note"] == "the record says only 1 person (DEA ¶4); it cannot tell whether fewer than 5 holds"


def test_a_slip_is_looked_for_in_every_printing_of_a_figure(run: Invoke, tmp_path: Path) -> None:
    """Last Mile's firearms are printed 8,496 (Riviera Maya News ¶16, Punto Crítico ¶7), 8,497 (DEA ¶5, Border
    Report ¶15), 8,500 and nearly 8,500: 8,479 is no slip of the first printing, but the DEA's 8,497 with two
    digits transposed."""
    claim = judged(run, tmp_path, "Operation Last Mile seized 8,479 firearms.", "8,479")
    assert (claim["verdict"], claim["facts"], claim["near_miss"]) == (
        "contradicted",
        ["last-mile-firearms-seized"],
        "transposition",
    )
    assert claim["note"].endswith(" — digits transposed?")


def test_an_operation_s_figure_is_not_contradicted_by_a_sentence_that_does_not_name_the_operation(
    run: Invoke, tmp_path: Path
) -> None:
    """ties.says_its_quantity: 3,400 arrests by the DEA from May 2022 to May 2023 may be the DEA's arrests in
    Operation Last Mile (3,337) or in anything else: the text does not say, so the record cannot call it wrong."""
    claim = judged(run, tmp_path, "The DEA made 3,400 arrests between May 2022 and May 2023.", "3,400")
    assert (claim["verdict"], claim["facts"], claim["near_miss"]) == ("unverified", ["last-mile-arrests"], None)
    assert claim["note"] == (
        "the text does not say which of the record's figures it is about: 3,337 people (Riviera Maya News ¶16; "
        "DEA ¶5 and 2 more), arrests, Operation Last Mile, 1 May 2022 – 1 May 2023"
    )


def test_a_change_with_no_period_named_is_not_contradicted(run: Invoke, tmp_path: Path) -> None:
    """ties.says_its_quantity: a rise says nothing without what it is measured over. The record's +86 % of
    firearms seized (2023) is no ground to call 'rose by 80 percent', with no year, wrong."""
    sentence = "Seizures of firearms headed south rose by 80 percent, the NFCTA report said."
    claim = judged(run, tmp_path, sentence, "80 percent")
    assert (claim["verdict"], claim["near_miss"]) == ("unverified", None)
    assert claim["facts"][0] == "nfcta-southbound-seized-2023"
    assert claim["note"].startswith("the text does not say which of the record's figures it is about: ")


def test_a_round_figure_one_digit_from_a_recorded_one_is_no_mistyped_digit(run: Invoke, tmp_path: Path) -> None:
    """verdicts: a round claim is rounded, not mistyped (Judge.digits). The GAO counted 56,000 U.S. firearms
    recovered in Mexico that ATF had not analyzed (GAO ¶15): 86,000 differs from it in one digit, but being round,
    it is no slip of the pen, and nothing else ties it to that figure."""
    sentence = "The GAO found 86,000 U.S. firearms recovered in Mexico that ATF had not analyzed."
    claim = judged(run, tmp_path, sentence, "86,000")
    assert (claim["verdict"], claim["near_miss"]) == ("unverified", None)
    assert "mistyped" not in claim["note"]
