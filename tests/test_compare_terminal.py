"""`compare` at a terminal: each figure's id, each group largest first, bars on the group's scale,
numbers never cut; plain text keeps its columns and its order by period.

Figures from the record's pages: the Trans-Border Institute and Igarapé Institute estimates of
firearms trafficked into Mexico each year, 253,000 (2010-2012) and 88,000 (1997-1999), as KSL.com
and others reported them.
"""

from __future__ import annotations

import pytest

from .conftest import Invoke

METRIC = "firearms_trafficked_per_year"


def _table(run: Invoke, columns: int, lang: str = "en", *args: str) -> list[str]:
    env = {"COLUMNS": str(columns), "ARMSFACTS_LANG": lang}
    result = run("compare", METRIC, "--format", "table", "--no-color", *args, env=env)
    assert result.exit_code == 0, result.output
    return result.stdout.splitlines()


def test_a_group_reads_largest_first_with_ids_and_bars(run: Invoke) -> None:
    lines = _table(run, 160)
    assert lines[0] == "national, over a span of dates, estimates"
    assert lines[1].split() == ["Figure", "Scale", "ID", "Period", "Said", "by"]
    first = next(i for i, line in enumerate(lines) if line.startswith("253,000 firearms a year "))
    smaller = next(i for i, line in enumerate(lines) if line.startswith("88,000 firearms a year "))
    assert first < smaller
    # 253,000 is the group's largest: the whole bar, 12 cells. 88,000 / 253,000 of 12 cells is
    # 33 eighths: four whole cells and one eighth.
    assert lines[first].split()[4:6] == ["████████████", "ksl-253000-2010-2012"]
    assert lines[smaller].split()[4:6] == ["████▏", "ksl-88000-1997-1999"]


def test_spanish_headers(run: Invoke) -> None:
    lines = _table(run, 160, "es")
    assert lines[0] == "nacional, en un lapso entre fechas, estimaciones"
    assert lines[1].split()[:4] == ["Cifra", "Escala", "ID", "Periodo"]
    assert any(line.startswith("253,000 armas de fuego al año ") for line in lines)


@pytest.mark.parametrize("columns", [80, 100, 120])
def test_numbers_are_never_cut(run: Invoke, columns: int) -> None:
    shown = "\n".join(_table(run, columns))
    # At 80 columns five columns leave a figure's words to wrap at spaces; the number stays whole,
    # at the start of a line, its qualifier before it or on the line above.
    words = shown.split()
    for figure in ("about 88,000 firearms a year", "up to 253,000 firearms a year"):
        assert any(words[i : i + len(figure.split())] == figure.split() for i in range(len(words))) or columns == 80
        assert figure.split()[-4] in words, (columns, figure)
    assert "ksl-253000-2010-2012" in shown
    assert all(len(line) <= columns for line in shown.splitlines())


def test_wide_adds_where_and_the_caveat(run: Invoke) -> None:
    lines = _table(run, 250, "en", "--wide")
    assert lines[1].split() == ["Figure", "Scale", "ID", "Period", "Said", "by", "Where", "Method", "or", "caveat"]


def test_plain_keeps_its_columns_and_the_order_by_period(run: Invoke) -> None:
    lines = run("compare", METRIC).stdout.splitlines()
    assert lines[:2] == [
        "# national, over a span of dates, estimates",
        "Figure\tPeriod\tSaid by\tWhere\tMethod or caveat",
    ]
    assert lines[2].startswith("88,000 firearms a year\t1 January 1997 – 31 December 1999\t")
    assert lines[4].startswith("253,000 firearms a year\t1 January 2010 – 31 December 2012\t")
    assert "Scale" not in lines[1] and "ksl-88000-1997-1999" not in "\n".join(lines)
