"""The integrity rules as a curator meets them: warnings of records nothing uses, and the message
a library user gets from validating a dataset with the model directly."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from armsfacts.models import Dataset

from .conftest import ROOT, Invoke


def record() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((ROOT / "tests" / "fixtures" / "article-and-dea.json").read_text("utf-8"))
    return data


def test_records_of_a_kind_nothing_refers_to_are_each_a_warning(run: Invoke, tmp_path: Path) -> None:
    # The fixture's two organizations are Operation Last Mile's targets; with no initiative
    # naming any target, no organization at all is referred to: each is a warning, not an error.
    data = record()
    for initiative in data["initiatives"]:
        initiative["targets"] = []
    path = tmp_path / "d.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = run("validate", str(path), "--json")
    assert result.exit_code == 0
    assert [(p["path"], p["severity"], p["message"]) for p in json.loads(result.stdout)] == [
        ("organizations[0]", "warning", "organization 'sinaloa-cartel' is referred to by nothing"),
        ("organizations[1]", "warning", "organization 'cjng' is referred to by nothing"),
    ]
    spanish = run("--lang", "es", "validate", str(path))
    assert spanish.exit_code == 0
    assert [line.split("\t")[3:] for line in spanish.stdout.splitlines()[1:]] == [
        ["advertencia", "organizations[0]", "la organización 'sinaloa-cartel' no se usa en ninguna parte"],
        ["advertencia", "organizations[1]", "la organización 'cjng' no se usa en ninguna parte"],
    ]


def test_the_model_names_every_broken_rule_in_its_message() -> None:
    # armsfacts.models.Dataset is typed and importable: validating with it directly reports each
    # rule broken as "path: message", in one message, as the loader's lines do
    data = record()
    data["facts"][0]["metric"] = "vibes"
    data["facts"][1]["agencies"] = ["NOPE"]
    with pytest.raises(ValidationError) as raised:
        Dataset.model_validate_json(json.dumps(data))
    assert (
        "facts[0].metric: no metric 'vibes' in the dataset; facts[1].agencies[0]: no agency 'NOPE' in the dataset"
        in (str(raised.value))
    )
