"""`armsfacts check`'s verdicts and notes (verdicts.py), as a reader sees them in `check --json`.

Written for the survivors of a mutation run (tools/mutation.py, issue 22): each case pins a rule of
verdicts.py that no other test held, by what the user reads: the verdict, the figure judged
against, the slip of the pen and the note's exact words.

Every sentence is written for this file. Each expected value is read by hand from
data/armsfacts.json and the rules the code documents:
- Operation Last Mile (1 May 2022 - 1 May 2023) made 3,337 arrests (Riviera Maya News ¶16, DEA ¶5,
  Punto Crítico ¶7, upday ¶4); seized 8,496 firearms (Riviera Maya News ¶16, Punto Crítico ¶7),
  8,497 (DEA ¶5, Border Report ¶15), 8,500 (upday ¶5), nearly 8,500 (Timing Político ¶6); more
  than 6,500 pounds of fentanyl powder (DEA ¶5; 6,500 lb is 2,948 kg); more than 1,100
  investigations involving social media (DEA ¶5). Its El Paso Division made 235 arrests (Border
  Report ¶4) and its Omaha Division 87 (DEA ¶4), with no period given.
- Operation Southbound: investigations +40 % (Riviera Maya News ¶14, Punto Crítico ¶7), firearms
  seized +11 % (Riviera Maya News ¶14), no period given; 9 task forces as of 14 June 2023 (WTTL ¶7).
- eTrace: 802 cases referred to ATF, 1 October 2021 - 31 December 2023 (AEI Noticias ¶3).
- Ambassador Salazar: 70 % of guns from the U.S.; Mexico's suit: between 70 % and 90 %
  (RRC Agencia Informativa ¶1, Informativo Toluca ¶1).
- The gun smuggling trade: estimates of 127.2 million US dollars a year (Arizona Daily Star ¶9, The
  San Diego Union-Tribune ¶5; InSight Crime ¶2 "about") and 250 million (D-Noticias ¶6; La Unión de
  Morelos ¶9 "more than"). Firearms trafficked a year: estimates of 88,000, 200,000, about 253,000,
  253,000, 300,000 to 500,000, about 500,000 and 730,000, among others.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import Invoke, checked, judged

ARRESTS = "3,337 people (Riviera Maya News ¶16; DEA ¶5 and 2 more)"  # four sources: two named, "and 2 more"
LAST_MILE = "Operation Last Mile, 1 May 2022 – 1 May 2023"
INVESTIGATIONS_CHANGE = "+40 % (Riviera Maya News ¶14; Punto Crítico (puntocritico.mx) ¶7)"
FIREARMS_8496 = "8,496 firearms (Riviera Maya News ¶16; Punto Crítico (puntocritico.mx) ¶7)"
FIREARMS_8497 = "8,497 firearms (DEA ¶5; Border Report (KTSM) ¶15)"
FIREARMS_8500 = (
    "8,500 firearms (upday (Europa Press) ¶5); nearly 8,500 firearms (Timing Político (timingpolitico.com) ¶6)"
)
FIREARMS = f"{FIREARMS_8496}; {FIREARMS_8497}; {FIREARMS_8500}"
CASES_REFERRED = "802 cases (AEI Noticias ¶3) for cases referred to ATF, eTrace, 1 October 2021 – 31 December 2023"


# Each slip of the pen from a recorded figure is named in the note, after how far the claim is from it.
SLIPS = {
    "transposition": (
        "Operation Last Mile made 3,373 arrests.",
        "3,373",
        f"the record says {ARRESTS}; 3,373 differs by 36 — digits transposed?",
    ),
    "dropped_digit": (
        "Operation Last Mile made 337 arrests.",
        "337",
        f"the record says {ARRESTS}; 337 differs by 3,000 — a digit dropped?",
    ),
    "extra_digit": (
        "Operation Last Mile made 33,337 arrests.",
        "33,337",
        f"the record says {ARRESTS}; 33,337 differs by 30,000 — a digit too many?",
    ),
    "off_by_thousand": (
        "Operation Last Mile made 4,337 arrests.",
        "4,337",
        f"the record says {ARRESTS}; 4,337 differs by 1,000 — off by 1,000?",
    ),
    # a fall where the record has a rise: no difference in points is given, the direction is the slip
    "sign": (
        "Under Operation Southbound, investigations fell by 40 percent.",
        "40 percent",
        f"the record says {INVESTIGATIONS_CHANGE} — the record has it going the other way",
    ),
}


@pytest.mark.parametrize("slip", list(SLIPS))
def test_a_slip_of_the_pen_is_named_in_the_note(slip: str, run: Invoke, tmp_path: Path) -> None:
    sentence, figure, note = SLIPS[slip]
    claim = judged(run, tmp_path, sentence, figure)
    assert (claim["verdict"], claim["near_miss"]) == ("contradicted", slip)
    assert claim["note"] == note


def test_a_share_of_a_change_says_what_the_record_holds(run: Invoke, tmp_path: Path) -> None:
    """Southbound's 11 % is a rise in firearms seized, not a share of them (a share of rifles among them is another
    quantity: the number's own words name rifles, past "of the seized")."""
    rifles = judged(
        run, tmp_path, "Under Operation Southbound, 11 percent of the seized firearms were rifles.", "11 percent"
    )
    assert rifles["verdict"] == "unverified"
    claim = judged(run, tmp_path, "Under Operation Southbound, 11 percent of the firearms were seized.", "11 percent")
    assert (claim["verdict"], claim["near_miss"], claim["facts"]) == (
        "contradicted",
        "change_as_share",
        ["southbound-seized-change"],
    )
    assert claim["note"] == (
        "the record's +11 % (Riviera Maya News ¶14) is a change (change in firearms seized), not a share of a total"
    )


def test_a_fraction_of_a_percent_is_a_fall_too(run: Invoke, tmp_path: Path) -> None:
    """A fall of 0.5 % is -0.5 against the record's +40: 40.5 points apart."""
    claim = judged(run, tmp_path, "Under Operation Southbound, investigations fell 0.5 percent.", "0.5 percent")
    assert claim["verdict"] == "contradicted"
    assert claim["note"] == f"the record says {INVESTIGATIONS_CHANGE}; 0.5 percent differs by 40.5 points"


def test_an_approximate_figure_that_misses_says_by_how_much(run: Invoke, tmp_path: Path) -> None:
    """About 2,000 (1,800 to 2,200 at most) cannot be 3,337: 1,337 from the figure as written."""
    claim = judged(run, tmp_path, "Operation Last Mile made about 2,000 arrests.", "about 2,000")
    assert (claim["verdict"], claim["facts"]) == ("contradicted", ["last-mile-arrests"])
    assert claim["note"] == f"the record says {ARRESTS}; about 2,000 differs by 1,337"


def test_sources_that_disagree_are_named_on_each_side(run: Invoke, tmp_path: Path) -> None:
    """8,497 is the DEA's and Border Report's figure; 8,496 and 8,500 (which rounds to 8,496) are the other side."""
    claim = judged(run, tmp_path, "Operation Last Mile seized 8,497 firearms.", "8,497")
    assert (claim["verdict"], claim["facts"]) == ("disputed", ["last-mile-firearms-seized"])
    assert claim["agrees_with"] == ["dea-last-mile-2023-05-05", "ktsm-dea-el-paso-last-mile-2023"]
    assert claim["note"] == f"the sources disagree: it matches {FIREARMS_8497}, not {FIREARMS_8496}; {FIREARMS_8500}"


def test_a_figure_the_record_neither_bears_out_nor_rules_out(run: Invoke, tmp_path: Path) -> None:
    """1,500 is more than 1,100: the record's "more than 1,100" cannot tell whether it holds."""
    sentence = "Operation Last Mile opened 1,500 investigations that used social media."
    claim = judged(run, tmp_path, sentence, "1,500")
    assert (claim["verdict"], claim["facts"], claim["agrees_with"]) == ("unverified", ["last-mile-social-media"], [])
    assert (
        claim["note"]
        == "the record says only more than 1,100 investigations (DEA ¶5); it cannot tell whether 1,500 holds"
    )


# "More than N" supports a count up to 1.5 N (LOOSE_BOUND), a share up to N + 5 points (LOOSE_POINTS);
# "fewer than N" likewise from below. Beyond, the bound is true of the figure but says nothing of it.
BOUNDS = {
    "more than, far below the count": (
        "Operation Last Mile seized more than 1,000 firearms.",
        "more than 1,000",
        False,
    ),
    "more than, near the count": ("Operation Last Mile seized more than 8,000 firearms.", "more than 8,000", True),
    # 5,664 x 1.5 is 8,496: the one side whose first printing is 8,496 is as far as the bound reaches
    "more than, at the reach": ("Operation Last Mile seized more than 5,664 firearms.", "more than 5,664", True),
    "fewer than, far above the count": (
        "Operation Last Mile seized fewer than 20,000 firearms.",
        "fewer than 20,000",
        False,
    ),
    "fewer than, near the count": ("Operation Last Mile seized fewer than 9,000 firearms.", "fewer than 9,000", True),
    "more than, far below the share": (
        "Ambassador Ken Salazar said more than 60 percent of the guns come from the United States.",
        "more than 60 percent",
        False,
    ),
    "more than, near the share": (
        "Ambassador Ken Salazar said more than 66 percent of the guns come from the United States.",
        "more than 66 percent",
        True,
    ),
    "less than, far above the share": (
        "Ambassador Ken Salazar said less than 80 percent of the guns come from the United States.",
        "less than 80 percent",
        False,
    ),
    # "more than 1 %" is true of 70 % and says nothing of it: 1 + 5 points reach 6 %
    "more than, one percent": (
        "Ambassador Ken Salazar said more than 1 percent of the guns come from the United States.",
        "more than 1 percent",
        False,
    ),
    # 70 % + 5 points is 75 %: "less than 75 %" reaches the figure exactly
    "less than, at the reach of the share": (
        "Ambassador Ken Salazar said less than 75 percent of the guns come from the United States.",
        "less than 75 percent",
        True,
    ),
    "less than, near the share": (
        "Ambassador Ken Salazar said less than 74 percent of the guns come from the United States.",
        "less than 74 percent",
        True,
    ),
}


@pytest.mark.parametrize("name", list(BOUNDS))
def test_a_bound_far_from_the_figure_supports_nothing(name: str, run: Invoke, tmp_path: Path) -> None:
    sentence, figure, supports = BOUNDS[name]
    claim = judged(run, tmp_path, sentence, figure)
    if supports:
        assert claim["verdict"] == "supported", claim["note"]
        assert claim["note"].startswith("the record says ")
    else:
        assert claim["verdict"] == "unverified", claim["note"]
        assert claim["note"].startswith("the record says only ")
        assert claim["note"].endswith(f"; it cannot tell whether {figure} holds")


def test_a_bound_below_a_recorded_range_reaches_from_its_high_end(run: Invoke, tmp_path: Path) -> None:
    """Mexico's suit gave between 70 % and 90 %: "less than 93 %" is within 5 points of its high end."""
    sentence = "Mexico's suit said less than 93 percent of the guns came from the United States."
    claim = judged(run, tmp_path, sentence, "less than 93 percent")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["mx-lawsuit-us-origin-70-90"])
    assert claim["note"] == (
        "the record says between 70 % and 90 % (RRC Agencia Informativa (rrcagenciainformativa.com) ¶1; "
        "Informativo Toluca (informativotoluca.com) ¶1)"
    )


# A figure converted from another unit of measure is read as rounded to its first digit: 3,000 kilograms
# is 2,500 to 3,500 kg (5,512 to 7,716 lb), which holds the record's 6,500 lb. A bound is rounded too (as the
# judges of heldout-200 read "más de 3.000 kilos"): "more than 3,000 kilograms" is more than 2,500 kg, which "more
# than 6,500 pounds" (2,948 kg) bears out; "more than 4,000 kilograms", more than 3,500 kg, it cannot tell.
MEASURES = {
    "3,000": ("Operation Last Mile seized 3,000 kilograms of fentanyl powder.", "supported"),
    "about 2,600": ("Operation Last Mile seized about 2,600 kilograms of fentanyl powder.", "supported"),
    "more than 3,000": ("Operation Last Mile seized more than 3,000 kilograms of fentanyl powder.", "supported"),
    "more than 4,000": ("Operation Last Mile seized more than 4,000 kilograms of fentanyl powder.", "unverified"),
    # 2,900 to 3,900 kg holds 2,948 kg; 3,050 to 4,050 kg (from 6,724 lb) does not, and is all above 6,500 lb
    "3,400": ("Operation Last Mile seized 3,400 kilograms of fentanyl powder.", "supported"),
    "3,550": ("Operation Last Mile seized 3,550 kilograms of fentanyl powder.", "unverified"),
}


@pytest.mark.parametrize("figure", list(MEASURES))
def test_a_converted_figure_is_read_as_rounded(figure: str, run: Invoke, tmp_path: Path) -> None:
    sentence, verdict = MEASURES[figure]
    claim = judged(run, tmp_path, sentence, figure)
    assert (claim["verdict"], claim["facts"]) == (verdict, ["last-mile-fentanyl-powder"])
    if verdict == "supported":
        assert claim["note"] == "the record says more than 6,500 pounds (DEA ¶5)"
    else:
        assert claim["note"] == (
            f"the record says only more than 6,500 pounds (DEA ¶5); it cannot tell whether {figure} holds"
        )


def test_a_converted_figure_is_never_a_mistyped_one(run: Invoke, tmp_path: Path) -> None:
    """650 kg is 1,433 lb: a digit from 6,500 as written, but converted figures are rounded, not mistyped,
    and one of another scale (under a third of the record's) is not called wrong on its words alone."""
    claim = judged(run, tmp_path, "Operation Last Mile seized 650 kilograms of fentanyl powder.", "650")
    assert (claim["verdict"], claim["near_miss"]) == ("unverified", None)
    assert "digit" not in claim["note"]


def test_a_count_of_another_scale_is_not_called_wrong(run: Invoke, tmp_path: Path) -> None:
    """20,000 is six times the 3,337 arrests (over OTHER_SCALE, 3) with no slip to explain it: the text
    may speak of another count, so the record's arrests of the operation are listed, none chosen."""
    claim = judged(run, tmp_path, "Operation Last Mile made 20,000 arrests.", "20,000")
    assert claim["verdict"] == "unverified"
    assert claim["near_miss"] is None
    assert claim["note"] == (
        "the text does not say which of the record's figures it is about: "
        f"{ARRESTS}, arrests, {LAST_MILE}; 235 people (Border Report (KTSM) ¶4), arrests, Operation Last Mile; "
        "87 people (DEA ¶4), arrests, Operation Last Mile"
    )


# The record's figure given to another operation or period: contradicted, with what the text named.
MIX_UPS = {
    "another operation": (
        "Under Operation Southbound, 802 cases were referred to ATF.",
        "802",
        "initiative",
        f"the record gives {CASES_REFERRED}, not for Operation Southbound",
    ),
    "other years": (
        "From 2015 to 2018, 802 cases were referred to ATF.",
        "802",
        "period",
        f"the record gives {CASES_REFERRED}, not for 2015–2018",
    ),
    "an open span that starts later": (
        "Since 2024, 802 cases were referred to ATF.",
        "802",
        "period",
        f"the record gives {CASES_REFERRED}, not for since 2024",
    ),
    "another operation and years": (
        "Under Operation Southbound, from 2015 to 2018, 802 cases were referred to ATF.",
        "802",
        "initiative",
        f"the record gives {CASES_REFERRED}, not for Operation Southbound, 2015–2018",
    ),
    "another year": (
        "Under Operation Southbound, 9 task forces were deployed in 2019.",
        "9",
        "period",
        "the record gives 9 task forces (WTTL (wttlonline.com) ¶7) for task forces deployed, Operation Southbound, "
        "as of 14 June 2023, not for Operation Southbound, 2019",
    ),
}


@pytest.mark.parametrize("name", list(MIX_UPS))
def test_a_figure_given_to_another_operation_or_period(name: str, run: Invoke, tmp_path: Path) -> None:
    sentence, figure, conflict, note = MIX_UPS[name]
    claim = judged(run, tmp_path, sentence, figure)
    assert (claim["verdict"], claim["near_miss"]) == ("contradicted", conflict)
    assert claim["note"] == note


def test_an_estimate_that_matches_names_the_other_estimates(run: Invoke, tmp_path: Path) -> None:
    claim = judged(run, tmp_path, "The yearly value of the gun smuggling trade is $127.2 million.", "$127.2 million")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["azstar-2013-trade-value"])
    assert claim["note"] == (
        "the record says 127.2 million US dollars a year (Arizona Daily Star (McClatchy Newspapers) ¶9; "
        "The San Diego Union-Tribune ¶5); about 127.2 million US dollars a year (InSight Crime (summary of "
        "Excélsior) ¶2); an estimate: the record also holds 250 million US dollars a year"
    )


def test_the_other_estimates_are_of_the_same_metric_and_another_value(run: Invoke, tmp_path: Path) -> None:
    sentence = "GAO estimated that 200,000 firearms are trafficked into Mexico per year."
    claim = judged(run, tmp_path, sentence, "200,000")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["gao-21-322-estimate-200000"])
    said, _, others = claim["note"].partition("; an estimate: the record also holds ")
    assert said.startswith("the record says 200,000 firearms a year (")
    listed = others.split(", ")
    assert {"88,000 firearms a year", "about 253,000 firearms a year", "730,000 firearms a year"} <= set(listed)
    assert "200,000 firearms a year" not in listed  # the figure matched is not among the others
    assert all(value.endswith(" firearms a year") for value in listed), listed  # no other metric's estimate


def test_a_kind_the_record_counts_for_no_period_named(run: Invoke, tmp_path: Path) -> None:
    """eTrace's 802 cases span 2021-2023: "in 2019" alone is one year against several, another quantity."""
    claim = judged(run, tmp_path, "In 2019, 802 cases were referred to ATF.", "802")
    assert (claim["verdict"], claim["facts"]) == ("unverified", [])
    # (the record counts cases referred, for other years: the note says so, not that it counts none)
    assert claim["note"] == "the record has no figure of this kind for 2019"


def test_a_count_as_of_a_day_is_not_one_of_the_span_named(run: Invoke, tmp_path: Path) -> None:
    """Heldout-223: the Defence ministry's 11 routes are as of 19 May 2025, and "between 2024 and 2025" names a span:
    unverified, and the note says the record holds such figures, not that it holds none."""
    claim = judged(run, tmp_path, "Entre 2024 y 2025 se detectaron 11 rutas de tráfico de armas.", "11", "es")
    assert (claim["verdict"], claim["facts"]) == ("unverified", [])
    assert claim["note"] == "the record has no figure of this kind for 2024–2025"


def test_suicides_are_a_kind_the_record_counts_none_of(run: Invoke, tmp_path: Path) -> None:
    """A helper's probe: suicides with firearms are no homicides with them (the record counts none)."""
    claim = judged(run, tmp_path, "En 2023 hubo 20 mil suicidios con armas de fuego en México.", "20 mil", "es")
    assert (claim["verdict"], claim["facts"], claim["note"]) == (
        "unverified",
        [],
        "the record has no figure of this kind",
    )


def test_a_kind_the_record_counts_for_another_operation_only(run: Invoke, tmp_path: Path) -> None:
    """The record's arrests are Operation Last Mile's and others', none Operation Southbound's."""
    claim = judged(run, tmp_path, "Operation Southbound made 5,000 arrests.", "5,000")
    assert (claim["verdict"], claim["facts"]) == ("unverified", [])
    assert claim["note"] == "the record has no figure of this kind for Operation Southbound"


def test_a_change_of_a_share_says_what_the_record_holds(run: Invoke, tmp_path: Path) -> None:
    """Contralínea gave 70 % of 2023's homicides as committed with firearms: a share, not a rise."""
    claim = judged(run, tmp_path, "In 2023, homicides committed with firearms rose 70 percent.", "70 percent")
    assert (claim["verdict"], claim["near_miss"], claim["facts"]) == (
        "contradicted",
        "share_as_change",
        ["contralinea-homicide-share-2023"],
    )
    assert claim["note"] == (
        "the record's 70 % (Contralínea ¶3) is a share (share of homicides committed with firearms), not a change"
    )


def test_a_share_that_rose_to_a_figure_is_a_share(run: Invoke, tmp_path: Path) -> None:
    """Contralínea gave 72.46 % of 2024's homicides as committed with firearms: "rose to 72.46 percent" says it."""
    sentence = "In 2024, the share of homicides committed with firearms rose to 72.46 percent."
    claim = judged(run, tmp_path, sentence, "72.46 percent")
    assert (claim["verdict"], claim["near_miss"]) == ("supported", None), claim["note"]


# The record's own figure for another year, written of a year whose firearms seized the record holds:
# the number is judged against that year's seizures, another quantity, and called wrong on them.
OTHER_QUANTITY_MIX_UPS = {
    # 21,743 homicides committed with firearms are 2023's (Contralínea); 5,657 firearms were seized in 2019
    "homicides": (
        "In 2019, 21,743 homicides in Mexico were committed with firearms.",
        "21,743",
        "defensa-firearms-2019",
    ),
    # 6,572 traced firearms with no purchaser identified are 2024's (eTrace); 7,922 firearms were seized in 2022
    "traces": ("In 2022, no purchaser was found for 6,572 traced firearms.", "6,572", "defensa-firearms-2022"),
}


@pytest.mark.parametrize("name", OTHER_QUANTITY_MIX_UPS)
def test_a_figure_is_not_judged_against_another_quantity(name: str, run: Invoke, tmp_path: Path) -> None:
    sentence, figure, seized = OTHER_QUANTITY_MIX_UPS[name]
    claim = judged(run, tmp_path, sentence, figure)
    assert seized not in claim["facts"], claim["note"]
    assert claim["verdict"] != "contradicted", claim["note"]  # nor called wrong on any other quantity


def test_a_figure_of_the_period_named_that_is_the_record_s_for_another_day(run: Invoke, tmp_path: Path) -> None:
    """eTrace reached 18 states by June 2023 (La Jornada ¶3), 22 by 11 July 2024: 22 for June 2023 is wrong,
    and the note says whose figure 22 is."""
    claim = judged(run, tmp_path, "As of June 2023, 22 states had access to eTrace.", "22")
    assert (claim["verdict"], claim["facts"], claim["near_miss"]) == ("contradicted", ["etrace-states-2023-06"], None)
    assert claim["note"] == (
        "the record says 18 states (La Jornada ¶3); 22 differs by 4; "
        "22 fits the record's figure for Mexican states with eTrace access, eTrace, as of 11 July 2024: "
        "22 states (El Heraldo de México (Estado de México) ¶7; AMEXI ¶3 and 3 more)"
    )


def test_a_figure_the_record_holds_is_not_wrong_for_an_earlier_sentence_s_topic(run: Invoke, tmp_path: Path) -> None:
    """The paragraph is about Operation Last Mile (3,337 arrests), but its sentence names no operation: 4,000
    arrests, written round (3,500 to 4,500), is not called wrong on the topic's figure. Nor is it Operación Frontera
    Norte's more than 4,000 (KJZZ ¶2, 24 June 2025), which only the word "arrests" names while the paragraph is on
    another operation: the note names both."""
    draft = "Operation Last Mile ran for a year.\nAgents made 4,000 arrests."
    claim = judged(run, tmp_path, draft, "4,000")
    assert (claim["verdict"], claim["facts"]) == ("unverified", ["last-mile-arrests", "ofn-arrests-2025-06-24"])
    assert "3,337 people" in claim["note"] and "more than 4,000 people (KJZZ (Fronteras Desk) ¶2)" in claim["note"]


# A sentence that opens on another matter leaves the paragraph's operation behind; one that does not, keeps it.
ANOTHER_MATTER = {
    "separately": (
        "Operation Last Mile led to 3,337 arrests. Separately, agents stopped 4,500 firearms at the border.",
        "en",
        "unverified",
    ),
    "por otra parte": (
        "La Operación Última Milla dejó 3,337 detenidos. Por otra parte, agentes aseguraron 4,500 armas en Sonora.",
        "es",
        "unverified",
    ),
    "aparte de": (
        "La Operación Última Milla terminó en 2023. Aparte de 3,337 detenciones, dejó 4,500 armas aseguradas.",
        "es",
        "contradicted",
    ),
    "same matter": (
        "Operation Last Mile led to 3,337 arrests. Agents stopped 4,500 firearms in the operation.",
        "en",
        "contradicted",
    ),
}


@pytest.mark.parametrize("name", list(ANOTHER_MATTER))
def test_a_sentence_on_another_matter_is_not_judged_on_the_paragraph_s_operation(
    name: str, run: Invoke, tmp_path: Path
) -> None:
    """Last Mile seized 8,496 firearms (DEA ¶5 and others). 4,500 firearms stopped "separately" are another
    seizure's, which the record does not hold: not Last Mile's figure, mistaken. (Unverified, the note may still name
    Last Mile's 8,496 among the figures of the claim's scale it may be about, as it names them all alike.)"""
    draft, lang, verdict = ANOTHER_MATTER[name]
    claim = judged(run, tmp_path, draft, "4,500", lang)
    assert claim["verdict"] == verdict, claim["note"]
    if verdict == "contradicted":
        assert claim["facts"] == ["last-mile-firearms-seized"], claim["note"]
    else:
        assert claim["note"].startswith("the text does not say which of the record's figures it is about: ")


# Spans of years: the GAO's 70 % traced to the U.S. is of 2014-2018; ICE task forces' 1,104 firearms of October
# 2014 to September 2017 (fiscal years 2015-2017, GAO-21-322); the six border states' shares are of other spans.
SPANS = {
    "the figure's own span": (
        "Between 2014 and 2018, 70 percent of the firearms traced came from the U.S.",
        "70 percent",
        "en",
    ),
    "a fiscal span from its calendar start": (
        "From 2014 to 2017, ICE task forces seized 1,104 firearms.",
        "1,104",
        "en",
    ),
    "a fiscal span from its first fiscal year": (
        "From 2015 to 2017, ICE task forces seized 1,104 firearms.",
        "1,104",
        "en",
    ),
}
# CBP's 321 firearms seized outbound are of October 2019 to July 2020 (GAO-21-322, via GunPolicy.org ¶8).
MONTHS_OF_A_SPAN = {
    "its own months": ("From October 2019 to July 2020, CBP seized 321 firearms bound for Mexico.", "321", "supported"),
    "its own months, mistyped": (
        "From October 2019 to July 2020, CBP seized 391 firearms bound for Mexico.",
        "391",
        "contradicted",
    ),
    "months within": (
        "Between November 2019 and February 2020, officers seized 139 firearms bound for Mexico at the border.",
        "139",
        "unverified",
    ),
}
OTHER_SPANS = {
    "one year earlier": (
        "Between 2013 and 2018, 70 percent of the firearms traced came from the U.S.",
        "70 percent",
        "en",
        "gao-2021-traced-us-origin-share",
    ),
    "one year later": (
        "From 2015 to 2018, ICE task forces seized 1,104 firearms.",
        "1,104",
        "en",
        "gao-2021-ice-taskforces-seized",
    ),
    "a longer span": (
        "Entre 2006 y 2024, los seis estados fronterizos concentraron el 25.39% de todas las armas aseguradas.",
        "25.39%",
        "es",
        "destacado-2023-seizures-rise",
    ),
}


@pytest.mark.parametrize("name", list(SPANS))
def test_a_span_of_years_as_the_record_gives_it_bears_its_figure_out(name: str, run: Invoke, tmp_path: Path) -> None:
    sentence, figure, lang = SPANS[name]
    claim = judged(run, tmp_path, sentence, figure, lang)
    assert claim["verdict"] == "supported", claim["note"]


@pytest.mark.parametrize("name", list(MONTHS_OF_A_SPAN))
def test_a_span_named_to_the_month_is_the_figure_s_only_if_its_months_are(
    name: str, run: Invoke, tmp_path: Path
) -> None:
    """Four months within the figure's ten are another quantity: not called wrong on it (as consulates' tallies of
    November to February were, on a real page)."""
    sentence, figure, verdict = MONTHS_OF_A_SPAN[name]
    claim = judged(run, tmp_path, sentence, figure)
    assert claim["verdict"] == verdict, claim["note"]
    assert ("gao-2021-cbp-outbound-fy2020" in claim["facts"]) == (verdict != "unverified")


@pytest.mark.parametrize("name", list(OTHER_SPANS))
def test_a_span_of_years_that_overlaps_the_figure_s_is_another_quantity(name: str, run: Invoke, tmp_path: Path) -> None:
    """Neither borne out nor called wrong by the figure of another span: "between 2013 and 2018" is not the GAO's
    2014-2018, and a share of 2006-2024 no rise of 2018-2023 (on a real page, called wrong on it)."""
    sentence, figure, lang, other = OTHER_SPANS[name]
    claim = judged(run, tmp_path, sentence, figure, lang)
    assert other not in claim["facts"], claim["note"]
    assert claim["verdict"] != "contradicted", claim["note"]


def test_an_approximate_count_is_not_borne_out_by_a_figure_of_another_kind(run: Invoke, tmp_path: Path) -> None:
    """Mexico's 1,334 firearms seized (CNN en Español ¶1) are within two percent of "some 1,333", but the number
    counts suspects arrested: an "about" figure is not another kind's figure because its digits come close."""
    sentence = (
        "Since the operation began on February 5, some 1,333 suspects have been arrested and 1,250 firearms seized."
    )
    claim = judged(run, tmp_path, sentence, "some 1,333")
    assert "mx-firearms-2024-11-08" not in claim["facts"], claim["note"]
    assert claim["verdict"] == "unverified"


# OTHER_SCALE: a count more than three times above or below every printing of a figure is of another
# quantity and is not called wrong on it; three times exactly is still the figure's scale.
SCALES = {
    "three times 3,337": ("Operation Last Mile made 10,011 arrests.", "10,011", "contradicted"),
    "over three times 3,337": ("Operation Last Mile made 10,012 arrests.", "10,012", "unverified"),
    "a third of 8,496, rounded down": ("Operation Last Mile seized 2,832 firearms.", "2,832", "contradicted"),
    "under a third of every printing": ("Operation Last Mile seized 2,831 firearms.", "2,831", "unverified"),
}


@pytest.mark.parametrize("name", list(SCALES))
def test_a_count_three_times_off_is_at_the_edge_of_the_figures_scale(name: str, run: Invoke, tmp_path: Path) -> None:
    sentence, figure, verdict = SCALES[name]
    claim = judged(run, tmp_path, sentence, figure)
    assert claim["verdict"] == verdict, claim["note"]
    if verdict == "contradicted":
        assert claim["note"].startswith("the record says ")
    else:
        assert claim["note"].startswith("the text does not say which of the record's figures it is about: ")


def test_a_converted_figure_of_one_digit_is_rounded_by_half_a_unit(run: Invoke, tmp_path: Path) -> None:
    """2 tonnes is 1.5 to 2.5 t (5,512 lb at most): below the record's more than 6,500 lb (2.948 t)."""
    claim = judged(run, tmp_path, "Operation Last Mile seized 2 tonnes of fentanyl powder.", "2")
    assert (claim["verdict"], claim["facts"]) == ("contradicted", ["last-mile-fentanyl-powder"])
    assert claim["note"] == "the record says more than 6,500 pounds (DEA ¶5)"


def test_three_sources_of_a_figure_are_all_named(run: Invoke, tmp_path: Path) -> None:
    """44,998 traced firearms not of U.S. origin, 2018-2023: El Imparcial ¶5, Voces del Sur ¶4, Sputnik ¶2.
    Up to three places are named; "and N more" starts at four."""
    claim = judged(run, tmp_path, "From 2018 to 2023, 44,998 traced firearms were not of U.S. origin.", "44,998")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["atf-mx-not-us-2018-2023"])
    assert claim["note"] == (
        "the record says 44,998 firearms (El Imparcial ¶5; La Jornada (copia en Voces del Sur, Prensa Latina) ¶4; "
        "Sputnik Mundo (noticiaslatam.lat) ¶2)"
    )


def test_a_source_without_paragraphs_is_named_alone(run: Invoke, tmp_path: Path) -> None:
    """The Berkeley study's about 253,000 a year is recorded with no paragraph: no ¶ follows its name."""
    sentence = "A Berkeley study estimated that about 253,000 firearms are trafficked into Mexico each year."
    claim = judged(run, tmp_path, sentence, "about 253,000")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["agrawal-2019-253000-per-year"])
    assert claim["note"].startswith(
        "the record says about 253,000 firearms a year (Goldman School of Public Policy, University of California, "
        "Berkeley); an estimate: "
    )


def test_a_division_s_figure_is_not_borne_out_by_another_division(run: Invoke, tmp_path: Path) -> None:
    """Operation Last Mile's El Paso Division made 235 arrests (Border Report ¶4), its Omaha Division 87 (DEA ¶4):
    87 for El Paso is Omaha's figure given to another division, not a figure the record bears out."""
    claim = judged(run, tmp_path, "Operation Last Mile's El Paso Division made 87 arrests.", "87")
    assert claim["verdict"] == "contradicted", (claim["facts"], claim["note"])
    assert claim["facts"] == ["ktsm-lm-elpaso-arrests"]


def test_a_figure_nothing_ties_names_the_others_that_print_its_value(run: Invoke, tmp_path: Path) -> None:
    """The record holds a dozen officials' stated 70 % of guns from the U.S.: a sentence that names nobody is borne
    out by one, and the note names others of that share and value (SEDENA's, Diario Presente ¶6), since the text
    does not say whose figure it gives (heldout-20)."""
    claim = judged(
        run, tmp_path, "About 70 percent of the guns seized in Mexico come from the United States.", "About 70 percent"
    )
    assert claim["verdict"] == "supported", claim["note"]
    _said, others = claim["note"].split("; the text does not say whose: the record gives the same figure for ")
    assert others.startswith("70 % (Diario Presente ¶6; Intolerancia Diario (with Xinhua) ¶4), share said to come")


def test_a_figure_its_speaker_ties_names_no_others(run: Invoke, tmp_path: Path) -> None:
    """Named, the ambassador's 70 % of December 2023 is the text's own: no other figure is offered."""
    sentence = "Ambassador Ken Salazar said about 70 percent of the guns seized in Mexico come from the United States."
    claim = judged(run, tmp_path, sentence, "about 70 percent")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["jornada-2023-12-06-us-share"])
    assert "does not say whose" not in claim["note"]


def test_a_rate_a_day_is_no_count_of_the_record(run: Invoke, tmp_path: Path) -> None:
    """A number said 'on a daily basis', later in its sentence, or 'everyday' is a rate: none of the record's counts
    (not the at least 2,259 guns traced to Pima County stores, which 'Central American' had tied it to: heldout-21),
    at most a yearly flow said per day: guns that "reach" Mexico are trafficked there, and 2,000 a day are CESOP's
    730,000 a year."""
    text = (
        "Officials: 2,000 U.S.-made guns reach Mexican criminals everyday\n\n"
        "Mexico's national security commissioner said 2,000 guns built in the United States reach cartels and "
        "criminals on a daily basis, feeding violence in the Central American country.\n"
    )
    claims = checked(run, tmp_path, text)
    assert [(c["line"], c["text"], c["verdict"], c["facts"]) for c in claims] == [
        (1, "2,000", "supported", ["cesop-730-mil-anuales"]),
        (3, "2,000", "supported", ["cesop-730-mil-anuales"]),
    ]
    assert not any("pima" in f for c in claims for f in c["facts"]), claims


def test_figures_of_the_claim_s_scale_are_named_first_where_the_text_does_not_say_which(
    run: Invoke, tmp_path: Path
) -> None:
    """A share of guns from the U.S. that a statement gives, with no speaker named: the words fit many of the record's
    shares, and a study's 2.2 % of U.S. gun sales among the best. The note names those of the claim's scale first
    (70 %, 74 %): the 2.2 % would tell a reader nothing of whether 75 % holds."""
    sentence = (
        "Per an official statement, 75 per cent of the firearms used to commit crimes in Mexico come from the US."
    )
    claim = judged(run, tmp_path, sentence, "75 per cent")
    assert claim["verdict"] == "unverified"
    prefix = "the text does not say which of the record's figures it is about: "
    assert claim["note"].startswith(prefix)
    first = claim["note"].removeprefix(prefix).split(" (")[0]
    assert first.endswith("%") and float(first.split()[-2]) > 20, claim["note"]


@pytest.mark.parametrize(
    ("figure", "verdict"), [("aproximadamente 10,96 mil", "supported"), ("10,96 mil", "supported")]
)
def test_an_about_written_to_tens_of_a_thousand_holds_the_count_it_cuts(
    figure: str, verdict: str, run: Invoke, tmp_path: Path
) -> None:
    """Round 60 (heldout-340): 10,962 firearms seized in Mexico from 1 October 2024 to 18 May 2025
    (mx-firearms-2025-05-18), written "aproximadamente 10,96 mil". A figure of a running count at the month named is
    held to the digits written; "10,96 mil" is written to the tens, and 10,962 is what it cuts, as for the figure
    written without "aproximadamente"."""
    sentence = f"Del 1 de octubre de 2024 al 18 de mayo de 2025 se aseguraron {figure} armas de fuego en México."
    claim = judged(run, tmp_path, sentence, figure, "es")
    assert (claim["verdict"], claim["facts"]) == (verdict, ["mx-firearms-2025-05-18"]), claim["note"]


def test_a_change_takes_nothing_from_the_contrast_after_it(run: Invoke, tmp_path: Path) -> None:
    """A newcomer's look: Operation Southbound's seizures rose 11 % and its investigations 40 % (the record holds
    both). "Seizures rose 11 percent, while investigations rose 40 percent" contradicted the 11 on the 40 %: the
    words after "while" are the next figure's. The 11 is no change in investigations; the 40 still is."""
    draft = "Under Operation Southbound, seizures rose 11 percent, while investigations rose 40 percent."
    eleven = judged(run, tmp_path, draft, "11 percent")
    assert eleven["verdict"] == "unverified" and "southbound-investigations-change" not in eleven["facts"]
    forty = judged(run, tmp_path, draft, "40 percent")
    assert (forty["verdict"], forty["facts"]) == ("supported", ["southbound-investigations-change"])


def test_a_state_s_share_written_to_a_tenth_is_not_the_nation_s(run: Invoke, tmp_path: Path) -> None:
    """A newcomer's look: the ATF gives 70.5 % of the guns traced in Mexico in 2024 as of U.S. origin
    (atf-mx-us-share-2024). "70.5 percent ... were bought in Texas" was borne out by it, as a share written to a tenth
    is borne out by its printing however its words fit. A sentence that names a state whose share the record holds,
    and no U.S., gives a state's share: not the nation's."""
    sentence = "In 2024, 70.5 percent of the guns traced in Mexico were bought in Texas."
    claim = judged(run, tmp_path, sentence, "70.5 percent")
    assert claim["verdict"] == "unverified" and "atf-mx-us-share-2024" not in claim["facts"], claim["note"]


def test_a_figure_whose_own_value_a_source_prints_is_the_claim_s_whatever_its_neighbours(
    run: Invoke, tmp_path: Path
) -> None:
    """A newcomer's look: Without a Trace's 353 investigations (ICE; "more than 300" in KGNS) were unverified beside
    "cerca de 300 detenidos", as if the 300 of the sentence printed that figure. A source prints the claim's own value:
    the figure is the claim's."""
    sentence = (
        "La Operación Sin Rastro, lanzada en octubre de 2019, permitió decomisar 542 armas y abrir 353 "
        "investigaciones, con cerca de 300 detenidos."
    )
    claim = judged(run, tmp_path, sentence, "353", "es")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["ice-woat-feature-investigations"]), claim["note"]
