"""A page pasted whole is judged as of its dateline: a date alone on a line near its top.

Expected values are written by hand from data/armsfacts.json: mx-firearms-2025-11-30 is the 20,169 firearms seized in
Mexico from 1 October 2024 to 30 November 2025, said by García Harfuch in December 2025.
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest

from armsfacts.datelines import dateline

from .conftest import Invoke

# An undated "more than 20 thousand seized", as a 2016 note about an army depot prints it (heldout-302)
UNDATED = "Hay más de 20 mil armas decomisadas.\n"


@pytest.mark.parametrize(
    ("header", "day", "line"),
    [
        ("2016-09-05 16:37:34", datetime.date(2016, 9, 5), 1),
        ("Nov. 30, 2013", datetime.date(2013, 11, 30), 1),
        ("January 06, 2011", datetime.date(2011, 1, 6), 1),
        ("21 Jan 2016", datetime.date(2016, 1, 21), 1),
        ("12 de marzo de 2009", datetime.date(2009, 3, 12), 1),
        ("Lunes, 5 de septiembre del 2016", datetime.date(2016, 9, 5), 1),
        ("Published: March 25, 2024 10:30 am", datetime.date(2024, 3, 25), 1),
        ("Guns seized at the border\n\nBy A. Reporter\nFebruary 20, 2025\n", datetime.date(2025, 2, 20), 4),
    ],
)
def test_a_date_alone_on_a_header_line_is_the_day_a_text_was_written(
    header: str, day: datetime.date, line: int
) -> None:
    found = dateline(header + "\n" + UNDATED)
    assert found is not None and (found.day, found.line) == (day, line)


@pytest.mark.parametrize(
    "text",
    [
        "In 2016 the army held more than 20 thousand seized guns.\n",  # a year in a sentence
        "May 2023\n",  # a month: no day
        "Agents seized 20 rifles on March 25, 2024.\n",  # a date inside a sentence
        "2016-02-30\n",  # no such day
        "Title\n" + "A line of the body.\n" * 15 + "March 25, 2024\n",  # below the header
    ],
)
def test_no_dateline(text: str) -> None:
    assert dateline(text) is None


def test_a_dated_page_is_judged_as_of_its_date(run: Invoke, tmp_path: Path) -> None:
    """Undated, "más de 20 mil" seized is borne out by the 20,169 of 2024-2025; under a 2016 dateline no figure made
    known later is in the running, stderr says which day was read and where, and --written still decides."""
    draft = tmp_path / "page.txt"
    draft.write_text(UNDATED, encoding="utf-8")
    (today,) = json.loads(run("check", str(draft), "--json", "--text-lang", "es").stdout)
    assert (today["verdict"], today["facts"]) == ("supported", ["mx-firearms-2025-11-30"])

    draft.write_text("Armas en bodegas del Ejército\n2016-09-05 16:37:34\n\n" + UNDATED, encoding="utf-8")
    result = run("check", str(draft), "--json", "--text-lang", "es")
    (dated,) = json.loads(result.stdout)
    assert dated["verdict"] == "unverified" and "mx-firearms-2025-11-30" not in dated["facts"], dated
    assert dated["note"].endswith("made known after 5 September 2016 are left out")
    assert "Judged as of 2016-09-05, the date on line 2; --written gives another day." in result.stderr

    result = run("check", str(draft), "--json", "--text-lang", "es", "--written", "2026-01-01")
    (given,) = json.loads(result.stdout)
    assert (given["verdict"], given["facts"]) == ("supported", ["mx-firearms-2025-11-30"])
    # (stderr says the day given wins over the page's own, so no one takes the dateline to be in use)
    assert "Judged as of 2026-01-01 (--written), not 2016-09-05, the date on line 2." in result.stderr
    result = run("check", str(draft), "--json", "--text-lang", "es", "--written", "2016-09-05")
    assert "Judged as" not in result.stderr


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("written", [(), ("--written", "2026-01-01")])
def test_what_check_says_of_a_dateline_fits_80_columns(
    language: str, written: tuple[str, ...], run: Invoke, tmp_path: Path
) -> None:
    """A newcomer's look: stderr is not wrapped, and a terminal of 80 columns broke the line mid-word in Spanish."""
    draft = tmp_path / "page.txt"
    draft.write_text("Armas en bodegas del Ejército\n2016-09-05 16:37:34\n\n" + UNDATED, encoding="utf-8")
    result = run("--lang", language, "check", str(draft), "--json", "--text-lang", "es", *written)
    said = [line for line in result.stderr.splitlines() if "2016-09-05" in line]
    assert len(said) == 1 and len(said[0]) < 80, said
