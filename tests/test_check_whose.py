"""`armsfacts check`: whose figure a number is, where a sentence holds more than one (issue 17).

Sentences written for this file in the shapes of the held-out pages read on 2026-12-04: a share
given with its complement, a list of things seized of which only one is the record's kind, a part
given with its whole ("N of the M"), and a label word that an operation's name shares.

The record (data/armsfacts.json): SEDENA's head said 70 % of weapons entering Mexico come from the
U.S., the other 30 % from Spain, Italy and Austria (diariopresente-sedena-70-eu); SEDENA seized 6,819
firearms from January to September 2023; of the 99,691 firearms Mexico submitted to ATF for tracing
in 2007-2011, ATF traced 68,161 to the U.S. (USA TODAY; Guns.com: more than 68,000); the U.S. had
trained more than 4,000 Mexican officials by June 2023 (etrace-trained-2023-06).
"""

from __future__ import annotations

from pathlib import Path

from .conftest import Invoke, judged


def test_a_share_given_with_its_complement_is_not_the_complements(run: Invoke, tmp_path: Path) -> None:
    """The 30 % that come from Europe are not a wrong figure for the 70 % from the U.S."""
    sentence = (
        "According to the Sedena head, 70% of guns entering Mexico come from the United States while 30% come "
        "from Europe, above all from Spain, Italy and Austria."
    )
    seventy = judged(run, tmp_path, sentence, "70%")
    assert (seventy["verdict"], seventy["facts"]) == ("supported", ["diariopresente-sedena-70-eu"])
    thirty = judged(run, tmp_path, sentence, "30%")
    assert thirty["verdict"] == "unverified", thirty["note"]


def test_a_listed_thing_the_record_does_not_count_is_not_its_firearms(run: Invoke, tmp_path: Path) -> None:
    """'Armas de fuego' is what the magazines are for: the grenades are not a wrong count of firearms seized."""
    sentence = (
        "El Ejército aseguró en 2023 un total de 184 mil cargadores para armas de fuego, 2 mil 970 granadas de "
        "varios tipos y 18 millones de cartuchos."
    )
    claim = judged(run, tmp_path, sentence, "2 mil 970", "es")
    assert claim["verdict"] == "unverified", claim["note"]


def test_a_part_is_not_its_whole(run: Invoke, tmp_path: Path) -> None:
    """'More than 68,000 of the 99,691': the 99,691 submitted bear out no 'more than 68,000'; the traced do."""
    sentence = (
        "More than 68,000 of the 99,691 guns Mexico submitted to ATF for tracing from 2007 to 2011 came from the U.S."
    )
    part = judged(run, tmp_path, sentence, "More than 68,000")
    assert (part["verdict"], part["facts"]) == ("supported", ["usat-2012-traced-us-origin-count"]), part["note"]
    whole = judged(run, tmp_path, sentence, "99,691")
    assert (whole["verdict"], whole["facts"]) == ("supported", ["usat-2012-submitted-for-tracing"])


def test_traced_names_traced_firearms_though_an_operation_shares_the_word(run: Invoke, tmp_path: Path) -> None:
    """'Traced' is a word of what is counted; 'Trace' of Operation Without a Trace names the operation only."""
    claim = judged(run, tmp_path, "ATF officials traced 68,000 of the guns Mexico sent them.", "68,000")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["usat-2012-traced-us-origin-count"]), claim["note"]
    operation = judged(run, tmp_path, "Operation Without a Trace seized 1,125 firearms.", "1,125")
    assert operation["facts"] == ["ice-2021-owat-firearms-seized"], operation["note"]


def test_a_figure_of_another_unit_is_not_borne_out_by_value_alone(run: Invoke, tmp_path: Path) -> None:
    """The firearms recovered are what 4,300 counts: not the more than 4,000 officials trained."""
    claim = judged(
        run,
        tmp_path,
        "Of the firearms recovered, approximately 4,300 were bound for Mexico, the ATF said.",
        "approximately 4,300",
    )
    assert "etrace-trained-2023-06" not in claim["facts"], claim["note"]
    assert claim["verdict"] == "unverified", claim["note"]


def test_a_spanish_text_is_held_to_the_spanish_label(run: Invoke, tmp_path: Path) -> None:
    """'Armas ilegales' names the Spanish label of the firearms not recovered; the English 'illegal' is not asked."""
    claim = judged(
        run,
        tmp_path,
        "Más de 1.6 millones de armas ilegales circulan en México, según la Sedena.",
        "Más de 1.6 millones",
        "es",
    )
    assert (claim["verdict"], claim["facts"]) == ("supported", ["diariopresente-por-recuperar"]), claim["note"]


def test_a_range_the_record_prints_is_that_figure(run: Invoke, tmp_path: Path) -> None:
    """Mexico's suit printed 70 % to 90 % of guns at crime scenes; the GAO's about 87 % only lies inside it."""
    sentence = (
        "Según la demanda de México, entre el 70 y el 90 por ciento de las armas halladas en escenas del crimen se "
        "traficaron desde Estados Unidos."
    )
    claim = judged(run, tmp_path, sentence, "entre el 70 y el 90 por ciento", "es")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["mx-lawsuit-us-origin-70-90"]), claim["note"]


# The record: SEDENA's head gave 78 % of firearms seized since October 2024 as from the U.S., and 18,000 firearms
# seized since the Sheinbaum administration took office (10 February 2026); CBP's Tucson area intercepted 71
# firearms bound for Mexico in fiscal 2021; the ATF seized 36,000 firearms in the U.S. in 2025-2026.


def test_a_share_of_them_is_a_share_of_what_the_figure_before_counts(run: Invoke, tmp_path: Path) -> None:
    """47 % of .50-calibre rounds is no share of firearms: not a wrong 78 %."""
    sentence = (
        "Mexico's Defense Secretary, General Ricardo Trevilla Trejo, said that of the 137,000 .50-caliber rounds "
        "seized by Mexican authorities since 2012, 47% of them come from the Lake City plant."
    )
    claim = judged(run, tmp_path, sentence, "47%")
    assert claim["verdict"] == "unverified", claim["note"]
    assert "trevilla-us-origin-2026-02-10" not in claim["facts"]


def test_a_unit_alone_ties_no_figure_enough_to_call_it_wrong(run: Invoke, tmp_path: Path) -> None:
    """'37 guns' of court cases says no more of the 71 firearms intercepted than that both count firearms."""
    sentence = "Federal cases filed in Arizona in 2021 involved about 460 magazines, 37 guns, 57 rifles and 80 parts."
    claim = judged(run, tmp_path, sentence, "37")
    assert claim["verdict"] == "unverified", claim["note"]


def test_since_someone_took_office_runs_to_date(run: Invoke, tmp_path: Path) -> None:
    """'Since Sheinbaum took office in October 2024' is October 2024 to date: the 18,000 the general gave."""
    sentence = "Since Claudia Sheinbaum took office in October 2024, around 18,000 firearms have been seized, General Trevilla Trejo said."
    claim = judged(run, tmp_path, sentence, "around 18,000")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["trevilla-firearms-2026-02-10"]), claim["note"]


def test_cartridges_for_firearms_count_cartridges(run: Invoke, tmp_path: Path) -> None:
    """'Para armas de fuego' says what the cartridges are for: 20 mil is no count of firearms seized."""
    claim = judged(
        run,
        tmp_path,
        "La Aduana decomisó 20 mil cartuchos para armas de fuego en la garita de Nogales.",
        "20 mil",
        "es",
    )
    assert claim["verdict"] == "unverified", claim["note"]


def test_a_round_count_among_many_of_its_scale_is_borne_out_by_no_value_alone(run: Invoke, tmp_path: Path) -> None:
    """Many counts of firearms lie near 36,000: 'unas 36 mil' handguns, tied to none, are none of them."""
    claim = judged(
        run, tmp_path, "Entre las armas rastreadas también hubo unas 36 mil armas de fuego cortas.", "unas 36 mil", "es"
    )
    assert claim["verdict"] == "unverified", claim["note"]


def test_nearly_and_a_range_write_both_ends_and_need_no_other_tie(run: Invoke, tmp_path: Path) -> None:
    """Many figures lie near them, yet 'nearly 650,000' rounds is the ATF's 648,975 bound for Mexico, and 'entre
    250 mil y 280 mil' a year is the 253,000 of one yearly estimate."""
    rounds = judged(
        run,
        tmp_path,
        "Agents also intercepted nearly 650,000 rounds of ammunition before they could cross the border.",
        "nearly 650,000",
    )
    assert (rounds["verdict"], rounds["facts"]) == ("supported", ["atf-mx-bound-rounds-2026-02"]), rounds["note"]
    sentence = "Un funcionario de la SRE dijo que cada año entran ilegalmente a México entre 250 mil y 280 mil armas."
    yearly = judged(run, tmp_path, sentence, "entre 250 mil y 280 mil", "es")
    assert (yearly["verdict"], yearly["facts"]) == ("supported", ["agrawal-2019-253000-per-year"]), yearly["note"]


def test_a_span_open_at_one_end_ties_no_period_to_call_a_figure_wrong(run: Invoke, tmp_path: Path) -> None:
    """'Up to 2023' holds every earlier period: it does not make 133 thousand a wrong 193,413 of 2009-2019."""
    claim = judged(
        run,
        tmp_path,
        "Up to 2023, about 133 thousand weapons were confiscated by security authorities.",
        "about 133 thousand",
    )
    assert claim["verdict"] == "unverified", claim["note"]


def test_nearly_needs_the_metric_named_where_many_figures_are_near(run: Invoke, tmp_path: Path) -> None:
    """One scheme's 'nearly 30,000 rounds' names nothing of El Paso's 28,788 rounds seized outbound."""
    sentence = "Four others were charged in the same scheme, which moved nearly 30,000 rounds of ammo made for rifles."
    claim = judged(run, tmp_path, sentence, "nearly 30,000")
    assert claim["verdict"] == "unverified", claim["note"]
