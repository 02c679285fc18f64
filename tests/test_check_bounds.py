"""How `check` reads "about" and "nearly", as the README states it: "'about' as within 10 %,
'nearly' as up to 5 % below", on top of the rounding a round figure carries.

The record gives Operation Last Mile 3,337 arrests (the article ¶16, the DEA ¶5). Each draft
sentence names the operation, so a figure the record rules out is contradicted, not unverified.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from armsfacts.cli import cli

from .conftest import ENGLISH


def verdict(claim: str) -> str:
    text = f"Operation Last Mile led to {claim} arrests.\n"
    result = CliRunner().invoke(cli, ["check", "-", "--json"], input=text, env=ENGLISH, catch_exceptions=False)
    (found,) = json.loads(result.stdout)
    assert found["facts"] == ["last-mile-arrests"], found
    return str(found["verdict"])


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("about 3,050", "supported"),  # 3,337 is 9.4 % above 3,050
        ("about 3,700", "supported"),  # 9.8 % below 3,700
        ("about 2,950", "contradicted"),  # 13 % above: not "about", even with 2,950 read as 2,945-2,955
        ("about 3,800", "contradicted"),  # 12 % below
        ("about 3,300", "supported"),  # the README's own example
    ],
)
def test_about_is_within_ten_percent(claim: str, expected: str) -> None:
    assert verdict(claim) == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("about 3,105", "contradicted"),  # written to four digits: within 2 % (3,043-3,167), and 3,337 is 7 % above
        ("about 3,040", "supported"),  # three digits are a rounding still, "about" it ten percent: 9.8 % above
        ("about 3,290", "supported"),  # 1.4 % below 3,337, within 2 %
        ("some 3,409", "contradicted"),  # 2 % below is 3,340.8 (3,340.3 less half a unit): 3,337 is under it
    ],
)
def test_about_a_figure_written_to_four_digits_is_within_two_percent(claim: str, expected: str) -> None:
    """ "Some 1,319 suspects" on a real page was borne out by another day's 1,199 arrests: a figure written to the
    unit is not rounded, and "about" it is not ten percent."""
    assert verdict(claim) == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("nearly 3,500", "supported"),  # 3,337 is 4.7 % below 3,500
        ("nearly 3,520", "contradicted"),  # 5.2 % below: more than "nearly"
        ("nearly 3,340", "supported"),
        ("nearly 3,320", "contradicted"),  # "nearly" stays below its figure, and 3,337 is above 3,320
    ],
)
def test_nearly_is_up_to_five_percent_below(claim: str, expected: str) -> None:
    assert verdict(claim) == expected
