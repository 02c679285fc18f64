"""What `armsfacts check --json` says where candidates.py decides which recorded figures a number is about.

Written for the survivors of a mutation run over candidates.py (tools/mutation.py, issue 22): each
test is a sentence of this file's own that one rule of candidates.py decides (which words are a
number's own, which years and parts a sentence names, how the ties of a figure score). Expected
values are read by hand from data/armsfacts.json and from what the rule says it does.
"""

from __future__ import annotations

import json
from pathlib import Path

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
    16,250 is below it."""
    claim = judged(run, tmp_path, "In 2009, 16,250 traced firearms were of U.S. origin.", "16,250")
    assert (claim["verdict"], claim["facts"]) == ("contradicted", ["gao-2009-testimony-us-count"])
    assert claim["note"] == f"the record says {GAO_2009}"


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
    """Operation Southbound has no arrests on record: the figures the text may be about are first those of no
    operation (Salazar's hundreds, the Atlanta and Laredo cases' 14 and 2), not eTrace's 463 or Last Mile's 3,337."""
    claim = judged(run, tmp_path, "Operation Southbound ran for a year. Officers made 500 arrests.", "500")
    assert claim["verdict"] == "unverified"
    assert claim["facts"] == ["cross-border-arrests", "atlanta-case-2025-arrests", "laredo-case-2025-10-arrests"]
    assert claim["note"].startswith(
        "the text does not say which of the record's figures it is about: hundreds of people (200 to 999, "
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
