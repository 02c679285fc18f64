"""A count written to four digits that a slipped digit turns into a figure the text ties (verdicts.py,
MISTYPED_TIED_DIGITS): the figure mistyped, and where the text ties it to nothing of its own, no verdict
against it.

Every sentence is written for this file. Expected values read by hand from data/armsfacts.json:
- CBP's El Paso Field Office seized 15,678 rounds outbound in fiscal 2021, 7,224 in fiscal 2022 and 11,205
  in fiscal 2023 (U.S. Customs and Border Protection (cbp.gov) ¶2; Daily360 ¶4; Arcalis News ¶2).
- 2,452 firearms recovered in Mexico in 2015-2022 were traced to a purchase in Houston, Texas (SPR Informa
  ¶3; a city's count, the ATF's trace records).
- Operation Last Mile made 3,337 arrests (Riviera Maya News ¶16, DEA ¶5 and two more).
"""

from __future__ import annotations

from pathlib import Path

from .conftest import Invoke, checked

EL_PASO_FY2022 = (
    "7,224 rounds (U.S. Customs and Border Protection (cbp.gov) ¶2; Daily360 (daily360.com) ¶4; "
    "Arcalis News (arcalisnews.com) ¶2)"
)


def test_a_four_digit_count_tied_by_its_years_is_the_figure_mistyped(run: Invoke, tmp_path: Path) -> None:
    """The office is named a sentence before, the fiscal years in the number's own: 8,224 is 7,224 with its
    leading digit changed."""
    text = (
        "Los oficiales de CBP en El Paso revisaron el autobús.\n"
        "Los oficiales incautaron 15,678 rondas en el año fiscal 2021 y 8,224 rondas en el año fiscal 2022.\n"
    )
    found = {c["text"]: c for c in checked(run, tmp_path, text, "es")}
    assert found["15,678"]["verdict"] == "supported"
    claim = found["8,224"]
    assert (claim["verdict"], claim["facts"], claim["near_miss"]) == (
        "contradicted",
        ["cbp-elpaso-fo-rounds-fy2022"],
        "off_by_thousand",
    )
    assert claim["note"] == f"the record says {EL_PASO_FY2022}; 8,224 differs by 1,000 — off by 1,000?"


def test_a_four_digit_count_of_the_country_is_no_mistyped_city_count(run: Invoke, tmp_path: Path) -> None:
    """2,455 traced guns bought in the United States, says the ATF: a digit from Houston's 2,452, but the
    sentence names no Houston and nothing of the figure's own but its agency."""
    text = "Last year, 2,455 gun traces asked for by Mexico found the guns had been purchased in the United States, according to the ATF.\n"
    claim = next(c for c in checked(run, tmp_path, text) if c["text"] == "2,455")
    assert claim["verdict"] != "contradicted"
    assert claim["near_miss"] is None


def test_a_four_digit_count_with_nothing_of_its_own_is_not_mistyped(run: Invoke, tmp_path: Path) -> None:
    """3,373 arrests, a transposition of Last Mile's 3,337, in a sentence that names no operation, no year and
    no agency: any count of arrests may be it."""
    claim = next(c for c in checked(run, tmp_path, "Federal agents made 3,373 arrests last year.\n"))
    assert claim["text"] == "3,373"
    assert (claim["verdict"], claim["near_miss"]) == ("unverified", None)
