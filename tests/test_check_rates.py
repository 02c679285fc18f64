"""`armsfacts check` on rates over a day, a week or a month (issue 17: the same quantity in another unit).

A yearly flow said per day is the same quantity: CESOP's estimate, as the record holds it (data/armsfacts.json,
cesop-730-mil-anuales), is 730,000 firearms a year, its daily average of 2,000 times 365. A total over a period is
no flow, and a rate of it is no figure the record holds: Operation Last Mile seized 8,497 firearms in a year, which
makes no "23 a day" of the record's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import Invoke, judged


@pytest.mark.parametrize(
    ("sentence", "figure", "lang"),
    [
        ("Cada día cruzan unas 2 mil armas de Estados Unidos a México.", "unas 2 mil", "es"),
        # "todos los días" (heldout-332): a fiscal year's 2,274 seized had borne out "more than 2,000" of them
        ("Todos los días cruzan de Estados Unidos a México unas 2 mil armas de fuego.", "unas 2 mil", "es"),
        (
            "Every day, an estimated 2,000 guns are smuggled from the United States into Mexico.",
            "an estimated 2,000",
            "en",
        ),
        ("Some 2,000 guns cross into Mexico daily.", "Some 2,000", "en"),
        # 14,000 a week and 61,000 a month are 728,000 and 732,000 a year: about 730,000
        ("Unas 14 mil armas cruzan a México a la semana.", "Unas 14 mil", "es"),
        ("About 61,000 guns are smuggled into Mexico each month.", "About 61,000", "en"),
    ],
)
def test_a_yearly_flow_said_per_day_week_or_month_is_that_flow(
    sentence: str, figure: str, lang: str, run: Invoke, tmp_path: Path
) -> None:
    claim = judged(run, tmp_path, sentence, figure, lang)
    assert (claim["verdict"], claim["facts"]) == ("supported", ["cesop-730-mil-anuales"]), claim["note"]


@pytest.mark.parametrize(
    ("sentence", "figure", "lang"),
    [
        ("Cada hora cruzan unas 80 armas de Estados Unidos a México.", "unas 80", "es"),  # no hour's rate converts
        ("Operation Last Mile seized about 23 firearms a day.", "about 23", "en"),  # a total is no flow
    ],
)
def test_a_rate_of_no_yearly_flow_is_no_figure_of_the_record(
    sentence: str, figure: str, lang: str, run: Invoke, tmp_path: Path
) -> None:
    claim = judged(run, tmp_path, sentence, figure, lang)
    assert claim["verdict"] == "unverified", claim["note"]
    assert claim["note"].startswith("the record has no figure of this kind"), claim["note"]
