"""What `armsfacts check --json` says of drafts written for the survivors of check.py's mutation run
(tools/mutation.py, issue 22): when a number that looks like a year counts something, and when it is a year.

Every draft is written for this file; each expected value is read by hand from data/armsfacts.json and from
the rules check.py documents. Operation Southbound seized nearly 2,000 firearms from 1 October 2022 to
31 March 2023 (WTTL ¶7 and Aire Libre Oaxaca ¶3 "nearly", SinEmbargo ¶6 "about", Voz de América ¶3 exactly
2,000: fact wttl-2023-southbound-oct-mar).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import Invoke, judged

SOUTHBOUND = ["wttl-2023-southbound-oct-mar"]
SOUTHBOUND_SOURCES = [
    "wttl-monaco-southbound-2023",
    "sinembargo-southbound-2023-06",
    "airelibre-southbound-2023",
    "voa-sin-rastro-2023",
]
SOUTHBOUND_SAYS = (
    "the record says nearly 2,000 firearms (WTTL (wttlonline.com) ¶7; Aire Libre Oaxaca ¶3); "
    "about 2,000 firearms (SinEmbargo (republished by borderlinea.mx) ¶6); 2,000 firearms (Voz de América ¶3)"
)


@pytest.mark.parametrize("figure", ["2000", "nearly 2000", "2,000", "nearly 2,000"])
def test_a_count_written_like_a_year_is_not_also_the_year_it_looks_like(
    run: Invoke, tmp_path: Path, figure: str
) -> None:
    """A bug the mutation run showed: "seized 2000 firearms" counts firearms, and was also read as naming the
    year 2000, so the record's Southbound seizures (2022-2023) were called wrong for being of another year.
    Written with or without a thousands separator, the count is judged the same: every source bears it out."""
    claim = judged(run, tmp_path, f"Operation Southbound seized {figure} firearms.", figure)
    assert (claim["verdict"], claim["facts"], claim["near_miss"]) == ("supported", SOUTHBOUND, None)
    assert claim["agrees_with"] == SOUTHBOUND_SOURCES
    assert claim["note"] == SOUTHBOUND_SAYS
