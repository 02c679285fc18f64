"""What reaches a terminal, judged by the standards (tests/controls.py) rather than by the code's
own pattern: no C0 or C1 control, ESC sequence or bidi control reaches a person's output raw;
each is shown as its escape, `\\x1b` or `\\u2066`, and the data stays readable around it."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from .conftest import ROOT, Invoke
from .controls import BIDI_CONTROLS, escape, obeyed
from .markdown_html import read


def test_the_oracle_is_the_standards_sets() -> None:
    # Cc is ECMA-48's C0 and C1 and DEL, nothing else; the twelve bidi controls are all Cf
    controls = [chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) == "Cc"]
    assert controls == [chr(c) for c in (*range(0x00, 0x20), *range(0x7F, 0xA0))]
    assert {unicodedata.category(ch) for ch in BIDI_CONTROLS} == {"Cf"}
    assert [unicodedata.name(ch) for ch in ("\u2066", "\u2069")] == ["LEFT-TO-RIGHT ISOLATE", "POP DIRECTIONAL ISOLATE"]
    assert obeyed("a\x1b[2Jb\tc\n\u2067d\u00e9") == ["\x1b", "\u2067"]


def seen(output: str, fmt: str) -> str:
    """What a reader sees: Markdown as a CommonMark renderer shows its table cells, the rest as written."""
    return "\n".join(read(output).cells) if fmt == "markdown" else output


def _record_with(text: str, tmp_path: Path) -> Path:
    data = json.loads((ROOT / "tests" / "fixtures" / "article-and-dea.json").read_text(encoding="utf-8"))
    fact = next(f for f in data["facts"] if f["id"] == "last-mile-arrests")
    fact["as_printed"] = text
    fact["description"] = text
    path = tmp_path / "d.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", ["table", "plain", "markdown"])
@pytest.mark.parametrize("control", sorted(BIDI_CONTROLS), ids=lambda ch: BIDI_CONTROLS[ch])
def test_each_bidi_control_is_shown_escaped(run: Invoke, tmp_path: Path, fmt: str, control: str) -> None:
    # an isolate or override in a description would reorder the rest of the line on screen
    text = f"3,337{control} arrests"
    path = _record_with(text, tmp_path)
    for args in (["show", "last-mile-arrests"], ["stats", "--fields", "id,description"]):
        result = run("--data", str(path), *args, "-f", fmt, env={"COLUMNS": "400"})
        assert result.exit_code == 0, result.output
        assert obeyed(result.stdout) == []
        assert f"3,337{escape(control)} arrests" in seen(result.stdout, fmt), (args, fmt)


# Controls that end a line for Python's str.splitlines (VT, FF, CR, FS, GS, RS, NEL): in plain
# and Markdown, one record a line, they become a space; a table shows them escaped.
LINE_ENDS = ["\x0b", "\x0c", "\r", "\x1c", "\x1d", "\x1e", "\x85"]


@pytest.mark.parametrize("fmt", ["table", "plain", "markdown"])
@pytest.mark.parametrize(
    "control", ["\x00", "\x01", "\x07", "\x08", "\x1b", "\x1f", "\x7f", "\x80", "\x9b", "\x9d", "\x9f", *LINE_ENDS]
)
def test_each_c0_and_c1_control_is_shown_escaped(run: Invoke, tmp_path: Path, fmt: str, control: str) -> None:
    # ESC [ 2 J (or CSI 2 J) would clear the screen
    path = _record_with(f"3,337{control}[2J arrests", tmp_path)
    result = run("--data", str(path), "show", "last-mile-arrests", "-f", fmt, env={"COLUMNS": "400"})
    assert result.exit_code == 0, result.output
    assert obeyed(result.stdout) == []
    between = " " if control in LINE_ENDS and fmt != "table" else escape(control)
    assert f"3,337{between}[2J arrests" in seen(result.stdout, fmt)


@pytest.mark.parametrize("control", sorted(BIDI_CONTROLS), ids=lambda ch: BIDI_CONTROLS[ch])
def test_json_keeps_a_bidi_control_as_a_unicode_escape(run: Invoke, tmp_path: Path, control: str) -> None:
    # JSON may carry these raw (RFC 8259 escapes only C0); written as \\u escapes, the data is the same
    path = _record_with(f"a{control}b", tmp_path)
    result = run("--data", str(path), "show", "last-mile-arrests", "--json")
    assert obeyed(result.stdout) == []
    assert f'"description": "a{escape(control)}b"' in result.stdout
    assert json.loads(result.stdout)["description"] == f"a{control}b"
