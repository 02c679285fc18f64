"""Shell completion of commands, options and the names in the data (Click's own mechanism)."""

from __future__ import annotations

import pytest

from .conftest import Invoke


def complete(run: Invoke, line: str) -> list[str]:
    """What bash completion offers for `line` (the word being typed is the last one)."""
    words = line.split(" ")
    result = run(env={"_ARMSFACTS_COMPLETE": "bash_complete", "COMP_WORDS": line, "COMP_CWORD": str(len(words) - 1)})
    assert result.exit_code == 0
    return [item.split(",", 1)[1] for item in result.stdout.splitlines() if item]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("armsfacts sta", ["stats"]),
        ("armsfacts operation la", ["last-mile"]),
        (
            "armsfacts operation ",
            [
                "operation-last-mile",
                "last-mile",
                "operation-southbound",
                "southbound",
                "operation-without-a-trace",
                "without-a-trace",
                "operacion-frontera-norte",
            ],
        ),
        ("armsfacts initiative bi", ["bipartisan-safer-communities-act", "bicentennial-framework"]),
        ("armsfacts show last-mile-a", ["last-mile-arrests"]),
        ("armsfacts agency SE", ["SEDENA", "SEMAR"]),
        ("armsfacts stats --metric arr", ["arrests"]),
        ("armsfacts stats --agency at", ["ATF"]),
        ("armsfacts stats --operation operation-s", ["operation-southbound"]),
        ("armsfacts stats --operation so", ["southbound"]),
        ("armsfacts source sal", ["salazar-roundtable-2023-12-04"]),
        ("armsfacts stats --fields id,val", ["id,value"]),
        ("armsfacts stats --format nd", ["ndjson"]),
        ("armsfacts stats --me", ["--metric"]),
    ],
)
def test_completes(run: Invoke, line: str, expected: list[str]) -> None:
    assert complete(run, line) == expected


def test_fields_completion_follows_the_command(run: Invoke) -> None:
    assert "id,components" in complete(run, "armsfacts agency --fields id,comp")
    assert complete(run, "armsfacts stats --fields comp") == []


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_completion_scripts(run: Invoke, shell: str) -> None:
    result = run(env={"_ARMSFACTS_COMPLETE": f"{shell}_source"})
    assert result.exit_code == 0
    assert "_ARMSFACTS_COMPLETE" in result.stdout
