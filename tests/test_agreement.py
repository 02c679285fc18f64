"""Whether the printings of one figure agree, as `show` and `stats` tell a reader.

Expected values come from the rules agreement.py's docstring states: a lone printing outside an
agreement of two or more, one slip of the pen from them, is a likely misprint (a transposition, a
changed, dropped or added digit, a thousand off, a factor of a thousand); slips are looked for
from three digits up; anything else that cannot be true with the rest is a dispute.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from armsfacts import agreement

from .conftest import ROOT, Invoke

FIXTURE = ROOT / "tests" / "fixtures" / "article-and-dea.json"
ARTICLE = "salazar-roundtable-2023-12-04"  # ¶16: 8,496 firearms seized in Operation Last Mile
# the DEA's announcement (¶5: 8,497), by its speaker, whatever id the record gives it
DEA = next(s["id"] for s in json.loads(FIXTURE.read_text("utf-8"))["sources"] if s["speaker"] == "anne-milgram")
OUTLET = "diario-de-prueba-2023"  # a third source, made up for the test, that prints the figure too
FACT = "last-mile-firearms-seized"


def printings(tmp_path: Path, article: tuple[float, str], *others: tuple[str, float, str, str]) -> Path:
    """The article's figure printed `article` (value, as printed), and by each other (source, value,
    bound, as printed)."""
    data: dict[str, Any] = json.loads(FIXTURE.read_text("utf-8"))
    dea = next(s for s in data["sources"] if s["id"] == DEA)
    data["sources"].append(
        dea
        | {
            "id": OUTLET,
            "kind": "news_article",
            "title": "Una nota de prueba",
            "speaker": None,
            "people": [],
            "outlet": "Diario de Prueba",
            "language": "es",
        }
    )
    fact = next(f for f in data["facts"] if f["id"] == FACT)
    fact |= {"value": article[0], "as_printed": article[1], "bound": "exact"}
    fact["also_reported_by"] = [
        {"source": source, "paragraph": 5, "value": value, "bound": bound, "as_printed": printed}
        for source, value, bound, printed in others
    ]
    path = tmp_path / "d.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def shown(run: Invoke, path: Path) -> dict[str, Any]:
    result = run("--data", str(path), "show", FACT, "--json")
    assert result.exit_code == 0, result.stderr
    fact: dict[str, Any] = json.loads(result.stdout)
    return fact


def marker(run: Invoke, path: Path) -> str:
    """The Agreement column of the figure's row in `stats`."""
    rows = run("--data", str(path), "stats").stdout.splitlines()
    assert rows[0].split("\t")[7] == "Agreement"
    (row,) = [r.split("\t") for r in rows if r.startswith(FACT + "\t")]
    return row[7]


@pytest.mark.parametrize(
    ("lone", "printed", "slip"),
    [
        (8946, "8,946", "transposition"),  # two neighbouring digits swapped
        (8486, "8,486", "wrong_digit"),  # one digit changed
        (846, "846", "dropped_digit"),  # the 9 left out
        (84896, "84,896", "extra_digit"),  # an 8 added
        (9496, "9,496", "off_by_thousand"),  # a thousand more
        (7496, "7,496", "off_by_thousand"),  # a thousand less
        (8496000, "8,496,000", "factor_of_thousand"),  # "8,496 mil" read as thousands
    ],
)
def test_a_lone_printing_one_slip_away_is_a_likely_misprint(
    run: Invoke, tmp_path: Path, lone: int, printed: str, slip: str
) -> None:
    path = printings(tmp_path, (8496, "8,496"), (DEA, 8496, "exact", "8,496"), (OUTLET, lone, "exact", printed))
    fact = shown(run, path)
    assert fact["agreement"] == "likely_misprint"
    reason = fact["agreement_reason"]
    assert reason["misprint"] == {"source": OUTLET, "as_printed": printed, "likely": "8,496", "slip": slip}
    assert reason["sides"] == [[ARTICLE, DEA], [OUTLET]]
    assert marker(run, path) == f"LIKELY MISPRINT: Diario de Prueba prints {printed}; 2 sources print 8,496"


def test_a_misprint_of_the_recorded_figure_itself_names_the_source_that_printed_it(run: Invoke, tmp_path: Path) -> None:
    # the article is the lone one here: the DEA and the outlet both print 8,497
    path = printings(tmp_path, (8496, "8,496"), (DEA, 8497, "exact", "8,497"), (OUTLET, 8497, "exact", "8.497"))
    fact = shown(run, path)
    assert fact["agreement_reason"]["misprint"] == {
        "source": ARTICLE,
        "as_printed": "8,496",
        "likely": "8,497",
        "slip": "wrong_digit",
    }
    assert fact["agreement_reason"]["sides"] == [[DEA, OUTLET], [ARTICLE]]


@pytest.mark.parametrize(
    ("article", "lone", "why"),
    [
        ((8496, "8,496"), (5000, "5,000"), "no slip of the pen turns 8,496 into 5,000"),
        ((96, "96"), (97, "97"), "two digits: 97 for 96 is another number, not a slip"),
        ((96, "96"), (69, "69"), "two digits: not a transposition either"),
        ((8496, "8,496"), (8694, "8,694"), "two digits changed that are not neighbours swapped"),
        ((8496, "8,496"), (8649, "8,649"), "three digits moved"),
    ],
)
def test_a_lone_printing_no_slip_explains_is_a_dispute(
    run: Invoke, tmp_path: Path, article: tuple[int, str], lone: tuple[int, str], why: str
) -> None:
    path = printings(tmp_path, article, (DEA, article[0], "exact", article[1]), (OUTLET, *lone[:1], "exact", lone[1]))
    fact = shown(run, path)
    assert (fact["agreement"], fact["agreement_reason"]["misprint"]) == ("disputed", None), why
    assert fact["agreement_reason"]["sides"] == [[ARTICLE, DEA], [OUTLET]], why
    assert marker(run, path).startswith("DISPUTED: "), why


def test_a_slip_from_a_bound_is_no_misprint(run: Invoke, tmp_path: Path) -> None:
    # "more than 8,946" is not a printing of 8,496 with two digits swapped: only exact figures slip
    path = printings(
        tmp_path, (8496, "8,496"), (DEA, 8496, "exact", "8,496"), (OUTLET, 8946, "more_than", "más de 8,946")
    )
    assert shown(run, path)["agreement"] == "disputed"


def test_two_printings_one_slip_apart_are_a_dispute_not_a_misprint(run: Invoke, tmp_path: Path) -> None:
    # with two sources there is no agreement of two for the lone one to stand outside
    path = printings(tmp_path, (8496, "8,496"), (DEA, 8497, "exact", "8,497"))
    fact = shown(run, path)
    assert (fact["agreement"], fact["agreement_reason"]["sides"]) == ("disputed", [[ARTICLE], [DEA]])
    assert marker(run, path) == "DISPUTED: DEA says 8,497 firearms"


@pytest.mark.parametrize(
    ("lone", "agreement"),
    [
        # a figure ending in two zeros is read as rounded to two significant digits: 8,500 is 8,450-8,550
        ((8500, "exact", "8,500"), "corroborated"),
        ((8400, "exact", "8,400"), "disputed"),  # 8,350-8,450 does not reach 8,496
        # "about" is within 10 %: 7,700 is 6,880-8,520 (with its rounding), 7,600 is 6,790-8,410
        ((7700, "approximate", "alrededor de 7,700"), "corroborated"),
        ((7600, "approximate", "alrededor de 7,600"), "disputed"),
        # "nearly" is up to 5 % below: nearly 8,900 reaches down to 8,405
        ((8900, "nearly", "casi 8,900"), "corroborated"),
        ((8400, "nearly", "casi 8,400"), "disputed"),  # at most 8,450
        # "more than N" is N and up: loose speech for N itself
        ((8496, "more_than", "más de 8,496"), "corroborated"),
        ((8497, "more_than", "más de 8,497"), "disputed"),
        ((8496, "at_most", "hasta 8,496"), "corroborated"),
        ((8495, "at_most", "hasta 8,495"), "disputed"),
    ],
)
def test_printings_agree_when_one_value_fits_them_all(
    run: Invoke, tmp_path: Path, lone: tuple[int, str, str], agreement: str
) -> None:
    value, bound, printed = lone
    path = printings(tmp_path, (8496, "8,496"), (DEA, 8496, "exact", "8,496"), (OUTLET, value, bound, printed))
    assert shown(run, path)["agreement"] == agreement


def test_a_figure_ending_in_one_zero_is_a_count_not_a_rounding(run: Invoke, tmp_path: Path) -> None:
    # officials print counts like 620 exactly: 8,490 is 8,490, not 8,485-8,495, so 8,489 disputes it
    # (8,489 for 8,490 is no slip of the pen: two digits change, and they are not swapped)
    path = printings(tmp_path, (8489, "8,489"), (DEA, 8489, "exact", "8,489"), (OUTLET, 8490, "exact", "8,490"))
    assert shown(run, path)["agreement"] == "disputed"


@pytest.mark.parametrize(
    ("lone", "english", "spanish"),
    [
        ((8946, "8,946"), "LIKELY MISPRINT (3 sources)", "PROBABLE ERRATA (3 fuentes)"),
        ((5000, "5,000"), "DISPUTED (3 sources)", "EN DISPUTA (3 fuentes)"),
        ((8496, "8.496"), None, None),  # corroborated: nothing to warn of under the figure
    ],
)
def test_a_table_says_in_short_how_the_printings_stand(
    run: Invoke, tmp_path: Path, lone: tuple[int, str], english: str | None, spanish: str | None
) -> None:
    path = printings(tmp_path, (8496, "8,496"), (DEA, 8496, "exact", "8,496"), (OUTLET, lone[0], "exact", lone[1]))
    for lang, expected, figure in (("en", english, "8,496 firearms"), ("es", spanish, "8,496 armas de fuego")):
        args = ("--data", str(path), "--lang", lang, "stats", "--metric", "firearms_seized", "-f", "table")
        lines = run(*args, env={"COLUMNS": "200"}).stdout.splitlines()
        (at,) = [i for i, line in enumerate(lines) if figure in line]
        under = lines[at + 1] if at + 1 < len(lines) else ""
        if expected is None:
            assert not any(marker in under for marker in ("MISPRINT", "DISPUTED", "ERRATA", "DISPUTA")), under
        else:
            assert expected in under, (lang, lines[at : at + 2])


# ---------------------------------------------------------------------------
# The rules themselves, through agreement.py's public functions, which `show`'s agreement, `stats`'
# column and check's notes are made of. Each interval is worked out by hand from the docstring:
# the rounding a printed figure allows, then ABOUT (10 %) or NEARLY (5 %) of it.

INF = float("inf")


@pytest.mark.parametrize(
    ("value", "bound", "low", "high", "expected"),
    [
        (3337, "exact", None, None, (3337, 3337)),  # no trailing zero: exact
        (620, "exact", None, None, (620, 620)),  # one zero: a count as printed
        (3300, "exact", None, None, (3250, 3350)),  # two zeros: rounded to two significant digits
        (3000, "exact", None, None, (2950, 3050)),  # not 2,500-3,500
        (8500, "exact", None, None, (8450, 8550)),
        (28_000_000, "exact", None, None, (27_500_000, 28_500_000)),
        (300, "exact", None, None, (295, 305)),
        (100, "exact", None, None, (95, 105)),
        (0, "exact", None, None, (0, 0)),
        (1.5, "exact", None, None, (1.5, 1.5)),
        (1500.5, "exact", None, None, (1500.5, 1500.5)),  # a fraction is as printed, whatever its zeros
        (-3300, "exact", None, None, (-3350, -3250)),
        (1436, "more_than", None, None, (1436, INF)),
        (1400, "at_least", None, None, (1400, INF)),
        (1436, "at_most", None, None, (-INF, 1436)),
        (7700, "approximate", None, None, (6880, 8520)),  # 770 either side, and the rounding of 50
        (3340, "approximate", None, None, (3340 - 334, 3340 + 334)),  # three digits: a rounding, ten percent
        (3337, "approximate", None, None, (3337 - 66.74, 3337 + 66.74)),  # to the unit: two percent
        (-3337, "approximate", None, None, (-3337 - 66.74, -3337 + 66.74)),
        (8900, "nearly", None, None, (8405, 8950)),  # 445 below, and the rounding of 50
        (3337, "nearly", None, None, (3337 - 166.85, 3337)),
        (200, "range", 200, 999, (200, 999)),
        (3300, "range", 3300, 4400, (3300, 4400)),  # a range's ends are its own, not rounded
        (3300, "range", None, None, (3300, 3300)),  # a range with no ends given is its value
        (3300, "range", None, 4400, (3300, 3300)),  # and with one end only
        (3300, "exact", None, 4400, (3250, 3350)),  # an end given to an exact figure is not read
    ],
)
def test_a_printed_figure_allows_an_interval(
    value: float, bound: str, low: float | None, high: float | None, expected: tuple[float, float]
) -> None:
    got = agreement.interval(value, bound, low, high)  # type: ignore[arg-type]
    assert (got.low, got.high) == pytest.approx(expected)


def test_intervals_that_touch_overlap_and_one_holds_another() -> None:
    a, b = agreement.Interval(1, 5), agreement.Interval(5, 9)
    assert a.overlaps(b) and b.overlaps(a)  # closed: 5 is in both
    assert not a.overlaps(agreement.Interval(5.5, 9)) and not agreement.Interval(5.5, 9).overlaps(a)
    assert a.contains(agreement.Interval(1, 5)) and a.contains(agreement.Interval(2, 4))
    assert not a.contains(agreement.Interval(0, 4)) and not a.contains(agreement.Interval(2, 6))


@pytest.mark.parametrize(
    ("value", "recorded", "expected"),
    [
        (-3823, 3823, "sign"),
        (-5, 5, "sign"),  # a lost sign is a slip at any size
        (0, 0, None),
        (3823, 3823, None),  # the same figure is no slip
        (1823, 3823, "wrong_digit"),
        (3283, 3823, "transposition"),
        (-3283, -3823, "transposition"),
        (469, 496, "transposition"),  # three digits: a slip is looked for
        (69, 96, None),  # two digits: another number
        (3283.5, 3823, None),  # a figure with a fraction slips only from one written to as many places
        (3823, 3823.5, None),
        (95.8, 75.8, "wrong_digit"),  # a share to a tenth, one digit changed
        (57.8, 75.8, "transposition"),
        (7.6, 7.62, None),
        (9.5, 7.5, None),  # two digits: another number
        (0.85, 0.58, None),  # the leading zero is no digit of it
        (383, 3823, "dropped_digit"),
        (38223, 3823, "extra_digit"),
        (4823, 3823, "off_by_thousand"),
        (2823, 3823, "off_by_thousand"),
        (100, 1100, "off_by_thousand"),  # three digits, the fewest a slip is looked for in
        (99, 1099, None),
        (3_823_000, 3823, "factor_of_thousand"),
        (3823, 3_823_000, "factor_of_thousand"),
        (3832, 3823, "transposition"),  # the last two digits
        (8823, 3828, None),  # two digits changed, not neighbours swapped
        (3382, 3823, None),  # three digits moved
        (2833, 3823, None),  # two neighbours changed that are not a swap
        (5000, 3823, None),
        (38, 3823, None),
    ],
)
def test_a_slip_of_the_pen_is_named_for_what_it_did(value: float, recorded: float, expected: str | None) -> None:
    assert agreement.slip(value, recorded) == expected


def _printing(source: str, value: float, bound: str = "exact") -> agreement.Printing:
    return agreement.Printing(source, value, bound, agreement.interval(value, bound))  # type: ignore[arg-type]


def test_the_printings_of_a_figure_say_together() -> None:
    agree = agreement.agree
    assert agree([_printing("a", 3823)]) == agreement.Verdict("single_source", (("a",),))
    # one source printing twice is still one source
    assert agree([_printing("a", 3823), _printing("a", 5000)]).label == "single_source"
    assert agree([_printing("a", 3823), _printing("b", 3823)]) == agreement.Verdict("corroborated", (("a", "b"),))
    # the lone one a slip away from two that agree
    verdict = agree([_printing("a", 3823), _printing("b", 3823), _printing("c", 1823)])
    assert verdict == agreement.Verdict(
        "likely_misprint", (("a", "b"), ("c",)), agreement.Misprint("c", 1823, 3823, "wrong_digit")
    )
    # a lost sign is no misprint of a count: a dispute
    assert agree([_printing("a", 3823), _printing("b", 3823), _printing("c", -3823)]).label == "disputed"
    # two outside the agreement: a dispute, even if each is a slip away
    verdict = agree([_printing("a", 3823), _printing("b", 3823), _printing("c", 1823), _printing("d", 3283)])
    assert verdict == agreement.Verdict("disputed", (("a", "b"), ("c",), ("d",)))
    # the larger side first; of equal sides, the one whose value comes first in the record
    verdict = agree([_printing("a", 500), _printing("b", 7000), _printing("c", 7000), _printing("d", 500)])
    assert verdict == agreement.Verdict("disputed", (("a", "d"), ("b", "c")))
    verdict = agree([_printing("a", 500), _printing("b", 7000), _printing("c", 7000)])
    assert verdict == agreement.Verdict("disputed", (("b", "c"), ("a",)))
    # a bound agrees with what it allows: "more than 3,000" with 3,823
    verdict = agree([_printing("a", 3823), _printing("b", 3000, "more_than"), _printing("c", 1823)])
    assert verdict.label == "likely_misprint" and verdict.misprint == agreement.Misprint("c", 1823, 3823, "wrong_digit")
    # a slip is looked for only between exact printings
    verdict = agree([_printing("a", 3823, "at_least"), _printing("b", 3823, "at_least"), _printing("c", 1823)])
    assert verdict == agreement.Verdict("disputed", (("a", "b"), ("c",)))
