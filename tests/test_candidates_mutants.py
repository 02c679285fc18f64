"""What `armsfacts check --json` says where candidates.py decides which recorded figures a number is about.

Written for the survivors of a mutation run over candidates.py (tools/mutation.py, issue 22): each
test is a sentence of this file's own that one rule of candidates.py decides (which words are a
number's own, which years and parts a sentence names, how the ties of a figure score). Expected
values are read by hand from data/armsfacts.json and from what the rule says it does.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from .conftest import Invoke, judged

# The GAO's testimony of 19 June 2009 gave more than 20,000 traced firearms of U.S. origin (¶10), with no
# period of their own: a sentence naming 2009 ties them by the year they were said in.
GAO_2009 = "more than 20,000 firearms (U.S. Government Accountability Office ¶10)"


def test_a_part_named_rules_out_a_national_figure_even_where_its_description_names_the_same_places(
    run: Invoke, tmp_path: Path
) -> None:
    """The New Boston Post's 17,544 (2009-2014, ¶6) are Mexico's traced firearms from other countries, mainly
    Spain, China, Italy: a sentence about the El Paso district is not about that national count."""
    sentence = (
        "From 2009 to 2014, in the El Paso district, 17,544 traced firearms came from other countries such as China."
    )
    claim = judged(run, tmp_path, sentence, "17,544")
    assert claim["verdict"] == "unverified", claim["note"]
    assert "nbp-2016-foreign-origin-count" not in claim["facts"]
    # the same sentence without the district is that national count
    claim = judged(run, tmp_path, sentence.replace(" in the El Paso district,", ""), "17,544")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["nbp-2016-foreign-origin-count"])


def test_an_open_span_of_years_is_no_span_of_several_years(run: Invoke, tmp_path: Path) -> None:
    """'Until 2011' has no first year: it is not 'from 2007 to 2011', and The Hill's 10,514 for 2011 alone
    (¶3) is a figure it may be about."""
    claim = judged(run, tmp_path, "Until 2011, 10,514 traced firearms were made in the U.S.", "10,514")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["thehill-2012-us-made-2011"])
    assert claim["note"] == "the record says 10,514 firearms (The Hill ¶3)"


def test_a_figure_without_a_period_is_tied_by_the_year_it_was_said_in(run: Invoke, tmp_path: Path) -> None:
    """2009 is the year the GAO testified: its more than 20,000 is the figure the sentence speaks of, and
    bears out "more than 20,000"."""
    claim = judged(run, tmp_path, "In 2009, more than 20,000 traced firearms were of U.S. origin.", "more than 20,000")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["gao-2009-testimony-us-count"])
    assert claim["note"] == f"the record says {GAO_2009}"


def test_a_figure_without_a_period_is_not_wrong_for_the_year_it_was_said_in(run: Invoke, tmp_path: Path) -> None:
    """The GAO's more than 20,000 (said in 2009) counts the five years before: the record gives it no period, so
    16,250 "in 2009" may be that year's own count, another quantity. Named as the nearest figure, not called wrong
    (as "la cifra del año calendario 2009 ... el 66.7%" on a real page was called wrong on the GAO's 87 %)."""
    claim = judged(run, tmp_path, "In 2009, 16,250 traced firearms were of U.S. origin.", "16,250")
    assert (claim["verdict"], claim["facts"]) == ("unverified", ["gao-2009-testimony-us-count"])


# Operation Last Mile's arrests: 3,337 (Riviera Maya News ¶16, DEA ¶5 and two more), 1 May 2022 - 1 May 2023,
# counted by the DEA; its El Paso (235) and Omaha (87) divisions' are parts of it.
LAST_MILE_ARRESTS = "3,337 people (Riviera Maya News ¶16; DEA ¶5 and 2 more)"


def test_the_paragraph_s_operation_ties_a_figure_of_it(run: Invoke, tmp_path: Path) -> None:
    """A sentence naming no operation, after one naming Operation Last Mile, is about its 3,337 arrests."""
    claim = judged(run, tmp_path, "Operation Last Mile ran for a year. Officers made 3,000 arrests.", "3,000")
    assert (claim["verdict"], claim["facts"]) == ("contradicted", ["last-mile-arrests"])
    assert claim["note"] == f"the record says {LAST_MILE_ARRESTS}; 3,000 differs by 337"


def test_a_paragraph_about_one_operation_puts_another_s_figures_behind_those_of_none(
    run: Invoke, tmp_path: Path
) -> None:
    """Operation Southbound has no arrests on record: the figures the text may be about are those of the claim's scale
    first (the Atlanta case's 14), then those of no operation (Salazar's hundreds, a Laredo case's 2), not eTrace's
    463, which a sentence on another operation names only after them."""
    claim = judged(run, tmp_path, "Operation Southbound ran for a year. Officers made 20 arrests.", "20")
    assert claim["verdict"] == "unverified"
    assert claim["facts"] == ["atlanta-case-2025-arrests", "cross-border-arrests", "laredo-case-2025-10-arrests"]
    assert claim["note"].startswith(
        "the text does not say which of the record's figures it is about: 14 people (WSB-TV (Atlanta) ¶2), arrests, "
    )


def test_an_operation_s_figure_is_contradicted_only_by_a_sentence_about_the_operation(
    run: Invoke, tmp_path: Path
) -> None:
    """The DEA and Last Mile's year tie 3,000 arrests to its 3,337, but the operation goes unnamed: no verdict."""
    sentence = "Between May 2022 and May 2023, the DEA made 3,000 arrests."
    claim = judged(run, tmp_path, sentence, "3,000")
    assert (claim["verdict"], claim["facts"]) == ("unverified", ["last-mile-arrests"])
    assert claim["note"] == (
        "the text does not say which of the record's figures it is about: "
        f"{LAST_MILE_ARRESTS}, arrests, Operation Last Mile, 1 May 2022 – 1 May 2023"
    )


def test_a_count_of_countries_is_no_claim(run: Invoke, tmp_path: Path) -> None:
    """The record counts no countries: '15 countries' is not a figure to judge (check prints no claim)."""
    draft = tmp_path / "draft.txt"
    draft.write_text("Firearms seized in Mexico were traced to 15 countries.\n", encoding="utf-8")
    result = run("check", str(draft), "--json", "--text-lang", "en")
    assert (result.exit_code, json.loads(result.stdout)) == (0, [])


def test_a_place_word_past_a_number_s_noun_leaves_it_a_count(run: Invoke, tmp_path: Path) -> None:
    """'3,337 arrests across cities' counts arrests: only the two words right after a number say it counts places."""
    claim = judged(run, tmp_path, "Operation Last Mile made 3,337 arrests across cities.", "3,337")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["last-mile-arrests"])
    assert claim["note"] == f"the record says {LAST_MILE_ARRESTS}"


# Operation Southbound's investigations rose 40 % (+40 %: Riviera Maya News ¶14, Punto Crítico ¶7).
def test_a_plus_sign_makes_a_change_even_before_of(run: Invoke, tmp_path: Path) -> None:
    """'+40 percent of ...' is written as a rise: not a share of a total, so no change-read-as-share slip."""
    sentence = "Operation Southbound in 2023: +40 percent of investigations opened."
    claim = judged(run, tmp_path, sentence, "+40 percent")
    assert (claim["verdict"], claim["facts"], claim["near_miss"]) == (
        "supported",
        ["southbound-investigations-change"],
        None,
    )
    assert claim["note"] == "the record says +40 % (Riviera Maya News ¶14; Punto Crítico (puntocritico.mx) ¶7)"


def test_words_far_back_in_a_long_clause_are_not_a_number_s_own(run: Invoke, tmp_path: Path) -> None:
    """'Arrests' is eighteen words before 3,000, past the twelve that are its own: the sentence names the
    operation, but too weakly says the number counts its arrests to call 3,000 wrong against 3,337."""
    sentence = (
        "Arrests that the DEA reported from the operation known as Operation Last Mile across the whole country "
        "totalled 3,000."
    )
    claim = judged(run, tmp_path, sentence, "3,000")
    assert (claim["verdict"], claim["facts"]) == (
        "unverified",
        ["last-mile-arrests", "ktsm-lm-elpaso-arrests", "dea-omaha-lm-arrests"],
    )


def test_the_words_between_two_figures_are_the_second_s(run: Invoke, tmp_path: Path) -> None:
    """After ', and', 'its arrests' come before 3,100: the figures it may be about are Last Mile's arrests,
    not its firearms seized (8,497, the first figure's)."""
    sentence = "Operation Last Mile seized 8,497 firearms, and its arrests numbered 3,100."
    claim = judged(run, tmp_path, sentence, "3,100")
    assert claim["facts"] == ["last-mile-arrests"]
    assert claim["note"].startswith(f"the record says {LAST_MILE_ARRESTS}; 3,100 differs by 237")


# Mexico's firearms seized in 2022: 7,922 (Milenio ¶5), 7,916 (El Sur ¶3).
SEIZED_2022 = "7,922 firearms (Milenio ¶5); 7,916 firearms (El Sur (suracapulco.mx) ¶3)"


def test_a_year_after_two_figures_of_one_clause_is_both_s(run: Invoke, tmp_path: Path) -> None:
    """No comma or 'and' between them: 'in 2022' is the year of 7,000 firearms too, which it ties to 2022's."""
    claim = judged(run, tmp_path, "SEDENA seized 7,000 firearms with 1,000 magazines in 2022.", "7,000")
    assert (claim["verdict"], claim["facts"]) == ("contradicted", ["defensa-firearms-2022"])
    assert claim["note"] == f"the record says {SEIZED_2022}; 7,000 differs by 922"


def test_that_period_is_the_years_an_earlier_sentence_named(run: Invoke, tmp_path: Path) -> None:
    claim = judged(
        run, tmp_path, "In 2022, SEDENA seized 7,922 firearms. In that period, 7,000 firearms were seized.", "7,000"
    )
    assert (claim["verdict"], claim["facts"]) == ("contradicted", ["defensa-firearms-2022"])
    assert claim["note"] == f"the record says {SEIZED_2022}; 7,000 differs by 922"


def test_that_period_in_a_later_sentence_does_not_reach_back(run: Invoke, tmp_path: Path) -> None:
    """The second sentence names no years and points back at none: its 7,000 is no year's figure."""
    text = "In 2022, Mexico seized 7,922 firearms. Later, 7,000 firearms were seized. That period ended."
    claim = judged(run, tmp_path, text, "7,000")
    assert claim["verdict"] == "unverified"
    assert "defensa-firearms-2022" not in claim["facts"]


# CESOP's estimate: 730,000 firearms trafficked into Mexico a year (Realidad 7 ¶5).
CESOP = "the record says 730,000 firearms a year (Realidad 7 (realidad7.com) ¶5); 700,000 differs by 30,000"
CESOP_LATER = "It estimated that 700,000 firearms are trafficked into Mexico per year."


def test_the_agency_is_the_one_an_earlier_sentence_named(run: Invoke, tmp_path: Path) -> None:
    text = "CESOP studied the trade. The agency estimated that 700,000 firearms are trafficked into Mexico per year."
    claim = judged(run, tmp_path, text, "700,000")
    assert (claim["verdict"], claim["facts"]) == ("contradicted", ["cesop-730-mil-anuales"])
    assert claim["note"] == CESOP


@pytest.mark.parametrize(
    "text",
    [f"CESOP studied the trade. {CESOP_LATER}", f"CESOP studied the trade. {CESOP_LATER} The agency published it."],
)
def test_an_agency_named_earlier_ties_nothing_without_the_agency(text: str, run: Invoke, tmp_path: Path) -> None:
    """'It' names no agency, and 'the agency' of a later sentence is that sentence's: the estimate is not tied
    to CESOP's as surely as calling it wrong needs."""
    claim = judged(run, tmp_path, text, "700,000")
    assert claim["verdict"] == "unverified"
    assert claim["facts"][0] == "cesop-730-mil-anuales"


def test_a_dollar_value_of_firearms_is_no_count_of_them(run: Invoke, tmp_path: Path) -> None:
    """'$16.5 million in firearms' is money: not Operation Without a Trace's 542 firearms seized."""
    claim = judged(run, tmp_path, "Operation Without a Trace seized $16.5 million in firearms.", "$16.5 million")
    assert (claim["verdict"], claim["facts"]) == ("unverified", [])
    assert claim["note"] == "the record has no figure of this kind"


# Ambassador Ken Salazar's share of the guns that come from the U.S.: 70 % (La Jornada ¶2 and others).
SALAZAR_70 = (
    "70 % (La Jornada ¶2; Maya Comunicación (mayacomunicacion.com.mx) ¶1 and 4 more); "
    "more than 70 % (Punto Crítico (puntocritico.mx) ¶1; La Opinión ¶6)"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Seizures grew as Salazar said 70 percent of the guns come from the United States.",
        "Ambassador Ken Salazar said 70 percent of guns end up coming from the United States.",
    ],
)
def test_a_rise_four_words_away_says_nothing_of_a_share(sentence: str, run: Invoke, tmp_path: Path) -> None:
    """Only the three words on each side of a number say it is a change: 'grew' and 'up' are further."""
    claim = judged(run, tmp_path, sentence, "70 percent")
    assert (claim["verdict"], claim["facts"], claim["near_miss"]) == (
        "supported",
        ["jornada-2023-12-06-us-share"],
        None,
    )
    assert claim["note"] == f"the record says {SALAZAR_70}"


def test_up_beside_a_share_is_a_rise(run: Invoke, tmp_path: Path) -> None:
    """'up 70 percent' is a change, and the record's 70 % a share: 'made up' alone is no rise."""
    sentence = "Ambassador Ken Salazar said guns from the United States were up 70 percent."
    claim = judged(run, tmp_path, sentence, "70 percent")
    assert (claim["verdict"], claim["near_miss"]) == ("contradicted", "share_as_change")
    assert (
        claim["note"]
        == f"the record's {SALAZAR_70} is a share (share said to come from the U.S. (stated)), not a change"
    )


def test_subio_a_gives_the_level_a_share_reached(run: Invoke, tmp_path: Path) -> None:
    """Spanish 'subió a 70 por ciento' is the level reached (the record's 70 % share), not a rise of 70 %."""
    sentence = "El embajador Ken Salazar dijo que la proporción de armas de Estados Unidos subió a 70 por ciento."
    claim = judged(run, tmp_path, sentence, "70 por ciento", lang="es")
    assert (claim["verdict"], claim["facts"], claim["near_miss"]) == (
        "supported",
        ["jornada-2023-12-06-us-share"],
        None,
    )


def test_a_month_within_a_running_total_s_span_is_its_own(run: Invoke, tmp_path: Path) -> None:
    """Operation Southbound's nearly 2,000 firearms seized run from 1 October 2022 to 31 March 2023 (WTTL ¶7):
    'since October 2022' names the month it starts from, not another day's count."""
    sentence = "Since October 2022, Operation Southbound has seized nearly 2,000 firearms."
    claim = judged(run, tmp_path, sentence, "nearly 2,000")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["wttl-2023-southbound-oct-mar"])


def test_a_part_named_ties_the_figure_whose_description_names_it(run: Invoke, tmp_path: Path) -> None:
    """La Jornada's at least 4,800 rifles (¶6) are those the parts a Texas firm, Bradford, supplied could build:
    Bradford named is what ties 4,000 to it, and 4,000 is below the record's bound."""
    claim = judged(run, tmp_path, "The parts Bradford supplied could build 4,000 rifles.", "4,000")
    assert (claim["verdict"], claim["facts"]) == ("contradicted", ["jornada-2023-12-11-bradford"])
    assert claim["note"] == "the record says at least 4,800 rifles (La Jornada ¶6; Luis Cárdenas (luiscardenas.mx) ¶4)"


def test_an_agency_named_by_its_full_name(run: Invoke, tmp_path: Path) -> None:
    """CESOP's Spanish name, written out, ties the estimate to its 730,000 as its acronym does."""
    sentence = (
        "The Centro de Estudios Sociales y de Opinión Pública estimated that 700,000 firearms are trafficked "
        "into Mexico per year."
    )
    claim = judged(run, tmp_path, sentence, "700,000")
    assert (claim["verdict"], claim["facts"]) == ("contradicted", ["cesop-730-mil-anuales"])
    assert claim["note"] == CESOP


def test_a_period_with_no_first_day_is_no_span_of_several_years(
    run: Invoke, tmp_path: Path, use_data: Any, raw_data: Any
) -> None:
    """A record of one's own where The Hill's 10,514 runs to the end of 2011 from no day given: 'in 2011 alone'
    does not rule it out as it would a span of known years (2007-2011)."""
    data = json.loads(json.dumps(raw_data))
    fact = next(f for f in data["facts"] if f["id"] == "thehill-2012-us-made-2011")
    fact["period"] = {"end": "2011-12-31"}
    use_data(data)
    claim = judged(run, tmp_path, "In 2011 alone, 10,514 traced firearms were made in the U.S.", "10,514")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["thehill-2012-us-made-2011"])


def test_mdd_is_dollars_without_a_dollar_sign(run: Invoke, tmp_path: Path) -> None:
    """'16.5 mdd' (millones de dólares) names no unit in words, yet is US dollars: Operation Without a Trace's
    16.5 million seized (ICE ¶3) is the one figure of that operation in dollars."""
    claim = judged(run, tmp_path, "La Operación Sin Rastro sumó 16.5 mdd.", "16.5 mdd", lang="es")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["ice-woat-feature-currency-seized"])
    assert claim["note"] == "the record says 16.5 million US dollars (U.S. Immigration and Customs Enforcement ¶3)"


def test_a_figure_for_another_period_needs_the_words_that_set_its_metric_apart(run: Invoke, tmp_path: Path) -> None:
    """Last Mile's more than 6,500 pounds (DEA ¶5, 1 May 2022 - 1 May 2023) are of fentanyl powder: a sentence
    of 2019 that says 'fentanyl' alone is not that figure given to another year; with 'powder' it is."""
    sentence = "In 2019, Operation Last Mile seized 6,500 pounds of fentanyl."
    claim = judged(run, tmp_path, sentence, "6,500")
    assert (claim["verdict"], claim["facts"]) == ("unverified", [])
    assert claim["note"] == "the record has no figure of this kind for Operation Last Mile, 2019"
    claim = judged(run, tmp_path, sentence.replace("fentanyl", "fentanyl powder"), "6,500")
    assert (claim["verdict"], claim["facts"], claim["near_miss"]) == (
        "contradicted",
        ["last-mile-fentanyl-powder"],
        "period",
    )
    assert claim["note"] == (
        "the record gives more than 6,500 pounds (DEA ¶5) for fentanyl powder seized, Operation Last Mile, "
        "1 May 2022 – 1 May 2023, not for Operation Last Mile, 2019"
    )


def test_the_unit_named_puts_a_metric_counted_in_it_first(run: Invoke, tmp_path: Path) -> None:
    """'Rounds' is ammunition's unit: Operation Without a Trace's rounds seized (more than 680,000; nearly 500,000)
    are the figures the note names, not its firearms seized, which 'seized' alone names. (Until "ammunition" in
    their labels was read as rounds, the firearms came third.)"""
    sentence = "The rounds that Operation Without a Trace seized numbered 450,000."
    claim = judged(run, tmp_path, sentence, "450,000")
    assert claim["verdict"] == "unverified"
    assert claim["facts"] == ["ice-2021-owat-ammunition-seized", "ice-woat-ammunition-seized"]


# A record of one's own may leave a label blank: the loader takes it, and check must not fail on it.
BLANK_LABELS = {
    # a metric with no words of its own: its figures are found by their unit alone, too weakly to call 4,000 wrong
    "metric": (
        "metrics",
        "magazines_seized",
        "unverified",
        ["inoticias-sin-rastro-cargadores", "kgns-woat-2020-magazines"],
    ),
    # a unit with no words: the metric's label 'magazines seized' still names Without a Trace's figures, its 4,342
    # to the date of the report (inoticias ¶3) and about 3,000 in 2020 (KGNS ¶6); with no period named, the text does
    # not say which (KGNS is a station, no part of the operation the sentence would have to name)
    "unit": ("units", "magazines", "unverified", ["inoticias-sin-rastro-cargadores", "kgns-woat-2020-magazines"]),
}


@pytest.mark.parametrize("name", list(BLANK_LABELS))
def test_a_blank_label_in_one_s_own_record(
    name: str, run: Invoke, tmp_path: Path, use_data: Any, raw_data: Any
) -> None:
    table, record_id, verdict, facts = BLANK_LABELS[name]
    data = json.loads(json.dumps(raw_data))
    record = next(r for r in data[table] if r["id"] == record_id)
    record["label"], record["label_es"] = "", None
    use_data(data)
    claim = judged(run, tmp_path, "Operation Without a Trace seized 4,000 magazines.", "4,000")
    assert (claim["verdict"], claim["facts"]) == (verdict, facts)


def test_the_operation_named_for_another_year_outweighs_another_operation_s_figure(run: Invoke, tmp_path: Path) -> None:
    """eTrace's goal of 32 states is for 2026 (AEI Noticias ¶2); Mission Firewall's 32 states are another
    operation's. Named in a sentence of 2020, eTrace's own figure is the one given to another year."""
    claim = judged(run, tmp_path, "In 2020, eTrace's goal was to reach 32 states.", "32")
    assert (claim["verdict"], claim["facts"], claim["near_miss"]) == (
        "contradicted",
        ["etrace-target-states-2026"],
        "period",
    )
    assert claim["note"] == (
        "the record gives 32 states (AEI Noticias ¶2) for Mexican states eTrace is to reach (goal), eTrace, 2026, "
        "not for eTrace, 2020"
    )


# Operation Southbound's 9 task forces deployed (WTTL ¶7, as of 14 June 2023).
@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        ("Operation Southbound deployed 12.", "contradicted"),
        # the verb is no longer the word right before the number: 'deployed' alone too weakly names the metric
        ("Operation Southbound deployed altogether 12.", "unverified"),
    ],
)
def test_only_the_word_right_before_a_number_says_what_happened(
    sentence: str, verdict: str, run: Invoke, tmp_path: Path
) -> None:
    claim = judged(run, tmp_path, sentence, "12")
    assert (claim["verdict"], claim["facts"]) == (verdict, ["wttl-2023-southbound-task-forces"])


def test_a_second_figure_s_words_start_after_the_first(run: Invoke, tmp_path: Path) -> None:
    """'Arrests' comes before 3337, not before 3000 ('versus 3000 planned'): 3000 is not said to be Last Mile's
    arrests as surely as calling it wrong against 3,337 needs."""
    claim = judged(run, tmp_path, "Operation Last Mile arrests numbered 3337 versus 3000 planned.", "3000")
    assert (claim["verdict"], claim["facts"]) == (
        "unverified",
        ["last-mile-arrests", "ktsm-lm-elpaso-arrests", "dea-omaha-lm-arrests"],
    )


def test_a_unit_named_elsewhere_in_the_sentence_still_names_the_kind(run: Invoke, tmp_path: Path) -> None:
    """'Rounds', before the clause of the number, is ammunition's unit: Without a Trace's nearly 500,000 rounds
    (ICE ¶3; about 500,000, KGNS ¶6) is the figure, though no label word stands near the number."""
    sentence = "Rounds were found in the trucks, and Operation Without a Trace counted nearly 500,000."
    claim = judged(run, tmp_path, sentence, "nearly 500,000")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["ice-woat-ammunition-seized"])
    assert claim["note"] == (
        "the record says nearly 500,000 rounds (U.S. Immigration and Customs Enforcement ¶3); "
        "about 500,000 rounds (KGNS (Laredo) ¶6)"
    )


def test_the_noun_of_the_figure_before_is_not_the_next_one_s(run: Invoke, tmp_path: Path) -> None:
    """'arrests' is 3,337's own noun: 'the seizure of 8,000' does not say 8,000 counts arrests, so it is not
    called wrong against Last Mile's 3,337 arrests (a bug the mutation run's probing found)."""
    sentence = "Operation Last Mile made 3,337 arrests with the seizure of 8,000."
    claim = judged(run, tmp_path, sentence, "8,000")
    assert claim["verdict"] == "unverified", claim["note"]
    assert "last-mile-arrests" not in claim["facts"]
    claim = judged(run, tmp_path, sentence, "3,337")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["last-mile-arrests"])


def test_a_clause_break_before_a_number_ends_its_own_words(run: Invoke, tmp_path: Path) -> None:
    """'Arrests' is in the clause before ', and': it is not 3,000's own word, so the sentence does not say 3,000
    counts Last Mile's arrests as surely as calling it wrong against 3,337 needs."""
    claim = judged(run, tmp_path, "Arrests were many, and Operation Last Mile counted 3,000.", "3,000")
    assert (claim["verdict"], claim["facts"]) == (
        "unverified",
        ["last-mile-arrests", "ktsm-lm-elpaso-arrests", "dea-omaha-lm-arrests"],
    )
