"""What `armsfacts check --json` says of drafts written for the survivors of verdicts.py's mutation run
(tools/mutation.py, issue 22): the path of `verdict_of` where the figure the words fit best is contradicted
and another figure the sentence ties as surely (its metric and its years named) bears the claim out.

Every draft is written for this file; each expected value is read by hand from data/armsfacts.json. The
record's 74 % is the share of firearms traced in 2017-2021 that came from the United States (ATF and DOJ,
eTrace; Rotativo de México ¶1, printed "74 %": fact nfcta-us-share-2017-2021). A sentence that says
someone "said" a share "came from the U.S." fits a stated share best, and the stated share of those years
(SRE, December 2018 to August 2019: 70 %, fact extradigital-sre-70) is not 74: the traced share of
2017-2021 bears the claim out, so it is supported, never contradicted by the 70 %.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import Invoke, judged

TRACED_2017_2021 = ["nfcta-us-share-2017-2021"]
ROTATIVO = ["rotativo-nfcta-2025-01-09"]


@pytest.mark.parametrize("who", ["ATF", "The Justice Department", "The Justice Department and ATF"])
def test_a_said_share_is_borne_out_by_the_traced_share_of_the_years_named(
    run: Invoke, tmp_path: Path, who: str
) -> None:
    claim = judged(
        run, tmp_path, f"{who} said 74 percent of firearms traced from 2017 to 2021 came from the U.S.", "74 percent"
    )
    assert claim["verdict"] == "supported"
    assert claim["facts"] == TRACED_2017_2021
    assert claim["agrees_with"] == ROTATIVO
    assert claim["near_miss"] is None
    assert claim["note"] == "the record says 74 % (Rotativo de México ¶1)"


def test_a_share_ten_times_below_the_record_is_still_the_same_share(run: Invoke, tmp_path: Path) -> None:
    """GAO found 70 % of the firearms traced in 2014-2018 U.S.-sourced (GAO ¶15, Docslib ¶1: fact
    gao-2021-traced-us-origin-share). A share is of another group only 30 times off (OTHER_SHARE_SCALE), not 3
    times as a count: 7 % for those years and that agency is the 70 % got wrong, and called wrong."""
    sentence = "GAO found that 7 percent of firearms traced from 2014 to 2018 came from the U.S."
    claim = judged(run, tmp_path, sentence, "7 percent")
    assert claim["verdict"] == "contradicted"
    assert claim["facts"] == ["gao-2021-traced-us-origin-share"]
    assert claim["agrees_with"] == []
    assert claim["note"] == (
        "the record says 70 % (U.S. Government Accountability Office ¶15; Docslib (copy of the U.S. Government "
        "Accountability Office report GAO-21-322) ¶1); 7 percent differs by 63 points"
    )


@pytest.mark.xfail(
    strict=True,
    reason="bug found while probing (candidates): naming a division of Operation Last Mile keeps the "
    "operation's own total out of the running, so its 3,337 arrests never bear out 'more than 3,300'",
)
def test_an_operation_total_said_beside_one_of_its_divisions_is_the_total(run: Invoke, tmp_path: Path) -> None:
    """Operation Last Mile made 3,337 arrests (fact last-mile-arrests, four printings of 3,337); its DEA El Paso
    Division 235 (Border Report ¶4). 'More than 3,300' for the operation the sentence is about is the total's,
    borne out, not the division's 235 contradicted."""
    sentence = "Operation Last Mile, in which the DEA El Paso Division took part, led to more than 3,300 arrests."
    claim = judged(run, tmp_path, sentence, "more than 3,300")
    assert claim["verdict"] == "supported"
    assert claim["facts"] == ["last-mile-arrests"]
