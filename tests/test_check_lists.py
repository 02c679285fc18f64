"""`armsfacts check` on figures given as a list in one sentence, and on what is no list (issue 17).

Releases give a series in one breath: a verb, then each year's figure with its own year. Every
figure of the list shares the verb, and each has its own year: the year named in another
figure's clause is not its year. The record (data/armsfacts.json, CBP's El Paso Field Office,
outbound inspections): 15,678 rounds seized in fiscal year 2021, 7,224 in 2022, 11,205 in 2023.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import Invoke, judged

FY = {
    "15,678": "cbp-elpaso-fo-rounds-fy2021",
    "7,224": "cbp-elpaso-fo-rounds-fy2022",
    "11,205": "cbp-elpaso-fo-rounds-fy2023",
}
LIST = "Outbound checks by CBP in El Paso seized {} rounds in fiscal year 2021, {} rounds in fiscal year 2022 and {} rounds in fiscal year 2023."


def test_each_figure_of_a_list_is_its_own_years_figure(run: Invoke, tmp_path: Path) -> None:
    for written, fact in FY.items():
        claim = judged(run, tmp_path, LIST.format(*FY), written)
        assert (claim["verdict"], claim["facts"]) == ("supported", [fact]), claim["note"]


@pytest.mark.parametrize(("slipped", "fact"), [("8,224", FY["7,224"]), ("21,205", FY["11,205"])])
def test_a_slipped_figure_later_in_a_list_is_caught(slipped: str, fact: str, run: Invoke, tmp_path: Path) -> None:
    """Its verb is the list's ("seized"), and its year is the one its own clause names, not the years before it."""
    figures = [slipped if FY[written] == fact else written for written in FY]
    claim = judged(run, tmp_path, LIST.format(*figures), slipped)
    assert (claim["verdict"], claim["facts"]) == ("contradicted", [fact]), claim["note"]


def test_a_period_across_and_is_no_list(run: Invoke, tmp_path: Path) -> None:
    """'Entre octubre de 2024 y abril de 2025' is one span though 'y' breaks a list: its 2025 is not cut away,
    which left the ATF's 70.5 % of 2024 to call the 75 % wrong (the record's 75 % of that span is the security
    secretary's, Oct 2024 - Apr 2025)."""
    sentence = (
        "La cifra equivale al 75% del total de armas aseguradas entre octubre de 2024 y abril de 2025, dijo el "
        "secretario de Seguridad."
    )
    claim = judged(run, tmp_path, sentence, "75%", "es")
    assert claim["verdict"] != "contradicted", claim["note"]
    assert "atf-mx-us-share-2024" not in claim["facts"]
