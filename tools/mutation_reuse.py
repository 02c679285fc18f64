"""A pytest plugin for mutation runs only (tools/mutation.py --reuse-data): the built-in data loaded once.

A `check` test spends nearly all its time loading the record and reading it for matching; the
check itself takes milliseconds. Under mutmut every mutant reruns those tests, so this plugin
keeps, per mutant (mutmut's MUTANT_UNDER_TEST), the built-in dataset and the matcher read from
it: each mutant's own code still builds them once, and every test of that mutant reads them.
Data written by a test (another path, ARMSFACTS_DATA, --data) is loaded as usual. Never used by
the test suite itself, which loads the record as a user's command does.
"""

from __future__ import annotations

import os
from typing import Any

from armsfacts import candidates, check, data, loading

_load, _matcher = loading.load, candidates.Matcher
_datasets: dict[tuple[str, str], Any] = {}
_matchers: dict[tuple[int, str], tuple[Any, Any]] = {}


def _mutant() -> str:
    return os.environ.get("MUTANT_UNDER_TEST", "")


def load(paths: Any = None) -> Any:
    named = loading._paths(paths)  # one path or several, as load() reads them
    if [str(p) for p in named] != [data.BUILTIN]:
        return _load(named)
    key = (str(data.builtin_path()), _mutant())
    if key not in _datasets:
        _datasets[key] = _load(named)
    return _datasets[key]


def matcher(ds: Any) -> Any:
    key = (id(ds), _mutant())
    if key not in _matchers:  # the dataset is kept beside its matcher, so that its id is never reused
        _matchers[key] = (ds, _matcher(ds))
    return _matchers[key][1]


def pytest_configure(config: Any) -> None:
    loading.load = load
    check.Matcher = matcher  # type: ignore[attr-defined,assignment]  # the name check.py builds it by
