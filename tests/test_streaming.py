"""The fast path for large files (streaming.py) answers exactly as the exact path does."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from armsfacts import query, streaming
from armsfacts.dataset import load
from armsfacts.errors import DataError

Raw = dict[str, Any]


def write(path: Path, data: Any, indent: int | None = 2) -> Path:
    path.write_text(json.dumps(data, indent=indent, ensure_ascii=False), encoding="utf-8")
    return path


def ids(facts: list[Any]) -> list[str]:
    return [f.id for f in facts]


@pytest.fixture
def small_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cut the facts array every few characters, so that small files use many pieces."""
    monkeypatch.setattr(streaming, "PIECE", 50)


@pytest.fixture
def big(raw_data: Raw, tmp_path: Path) -> Path:
    """The built-in data with its facts repeated to 400, facts listed before the metrics."""
    data = copy.deepcopy(raw_data)
    facts = [copy.deepcopy(f) | {"id": f"{f['id']}-{i}"} for i in range(21) for f in raw_data["facts"]][:400]
    ordered = {"facts": facts} | {k: v for k, v in data.items() if k != "facts"}
    return write(tmp_path / "big.json", ordered, indent=None)


FILTERS = [
    {"metric": "arrests"},
    {"metric": "firearms seized"},  # a label: resolved from the metrics read
    {"metric": "change in investigations", "country": "US"},
    {"year": 2023},
    {"country": "mx"},
    {"agreement": "disputed"},
    {"metric": "arrests", "year": 2022, "agreement": "corroborated"},
]


@pytest.mark.parametrize("filters", FILTERS, ids=str)
def test_same_answer_as_the_exact_path(big: Path, filters: dict[str, Any], small_pieces: None) -> None:
    exact = query.filter_facts(load(big), **filters)
    keep = query.fact_prefilter(**filters)
    fast = load(big, keep=keep)
    assert ids(query.filter_facts(fast, **filters)) == ids(exact)
    assert len(fast.facts) <= len(exact) or "metric" not in filters  # facts before metrics: kept all


def test_the_fast_path_is_taken_and_keeps_only_what_is_asked(raw_data: Raw, tmp_path: Path, small_pieces: None) -> None:
    path = write(tmp_path / "d.json", raw_data)
    keep = query.fact_prefilter(metric="arrests")
    assert keep is not None
    fast = streaming.load_kept([path], keep)
    assert fast is not None  # not given up
    assert ids(fast.facts) == ["cross-border-arrests", "etrace-arrests-2023", "last-mile-arrests"]
    assert len(fast.metrics) == len(raw_data["metrics"]) and len(fast.sources) == 2


def test_cut_inside_a_string_gives_up_and_the_answer_stays_right(
    raw_data: Raw, tmp_path: Path, small_pieces: None
) -> None:
    data = copy.deepcopy(raw_data)
    for fact in data["facts"]:
        fact["description"] = 'a description that quotes "}, {" as text, again }, { and again'
    path = write(tmp_path / "tricky.json", data)
    keep = query.fact_prefilter(metric="arrests")
    assert keep is not None
    assert streaming.load_kept([path], keep) is None
    assert ids(load(path, keep=keep).facts) == ["cross-border-arrests", "etrace-arrests-2023", "last-mile-arrests"]


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda d: d["facts"][0].update(agencies=["NOPE"]), "no agency 'NOPE'"),  # in a fact that is not kept
        (lambda d: d["facts"][0].update(id="last-mile-arrests"), "defined twice"),  # against a kept fact
        (lambda d: d["facts"][9].update(value=-150), "impossible"),
        (lambda d: d["facts"][8].update(unit="people"), "counted in percent"),
        (lambda d: d["facts"][0].update(value="many"), "facts[0].value"),
        (lambda d: d["facts"][0].update(metric="vibes"), "no metric 'vibes'"),
    ],
)
def test_invalid_data_fails_the_same_with_a_prefilter(
    raw_data: Raw, tmp_path: Path, change: Any, words: str, small_pieces: None
) -> None:
    data = copy.deepcopy(raw_data)
    change(data)
    path = write(tmp_path / "bad.json", data)
    keep = query.fact_prefilter(metric="arrests")
    with pytest.raises(DataError) as fast:
        load(path, keep=keep)
    with pytest.raises(DataError) as exact:
        load(path)
    assert words in fast.value.message and fast.value.message == exact.value.message


def test_not_json_constants_are_refused(raw_data: Raw, tmp_path: Path) -> None:
    text = json.dumps(raw_data).replace('"value": 600000', '"value": NaN', 1)
    path = tmp_path / "nan.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as fast:
        load(path, keep=query.fact_prefilter(metric="arrests"))
    with pytest.raises(DataError) as exact:
        load(path)
    assert "facts[0].value" in exact.value.message and fast.value.message == exact.value.message


def test_several_files_stream(raw_data: Raw, tmp_path: Path, small_pieces: None) -> None:
    mine = {"schema_version": 1, "facts": [copy.deepcopy(raw_data["facts"][11]) | {"id": "my-arrests"}]}
    path = write(tmp_path / "mine.json", mine)
    keep = query.fact_prefilter(metric="arrests")
    ds = load(["builtin", path], keep=keep)
    assert ids(ds.facts)[-1] == "my-arrests" and len(ds.facts) == 4


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    metric=st.none() | st.sampled_from(["arrests", "firearms_seized", "people charged", "nope", "investigations"]),
    country=st.none() | st.sampled_from(["US", "MX", "us"]),
    year=st.none() | st.integers(2021, 2024),
    agreement=st.none() | st.sampled_from(["single_source", "corroborated", "disputed"]),
)
def test_prefilter_never_changes_an_answer(
    big: Path, metric: str | None, country: str | None, year: int | None, agreement: str | None
) -> None:
    filters = {"metric": metric, "country": country, "year": year, "agreement": agreement}
    try:
        exact = ids(query.filter_facts(load(big), **filters))
    except Exception as exc:  # an unknown metric: both must refuse alike
        with pytest.raises(type(exc)):
            query.filter_facts(load(big, keep=query.fact_prefilter(**filters)), **filters)
        return
    assert ids(query.filter_facts(load(big, keep=query.fact_prefilter(**filters)), **filters)) == exact
