"""How `check` reads a range whose scale word is written once, after its second number.

"3 to 4 million" is 3 million to 4 million: the first number takes the second's scale when it
is smaller than one unit of that scale; "between 500 and 1,000" keeps its own. What a reader
sees is the claim in `check --json`: its text, low and high.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import Invoke


@pytest.mark.parametrize(
    ("sentence", "text", "low", "high"),
    [
        ("Officials seized between 0.5 and 1 million rounds.", "between 0.5 and 1 million", 500_000, 1_000_000),
        ("Officials seized 3 to 4 million rounds.", "3 to 4 million", 3_000_000, 4_000_000),
        ("Officials seized between 2 and 1,000 rounds.", "between 2 and 1,000", 2, 1_000),
        ("Officials seized 1.5 to 2 billion rounds.", "1.5 to 2 billion", 1_500_000_000, 2_000_000_000),
    ],
)
def test_a_range_shares_the_scale_written_after_it(
    run: Invoke, tmp_path: Path, sentence: str, text: str, low: float, high: float
) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(sentence + "\n", encoding="utf-8")
    result = run("check", "--json", str(draft))
    (claim,) = [c for c in json.loads(result.stdout) if c["bound"] == "range"]
    assert (claim["text"], claim["low"], claim["high"]) == (text, low, high)
