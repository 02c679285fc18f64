"""Data files as they come (issue 20): pipes, links that loop, a byte-order mark. Whatever a path
names, armsfacts decides from its type before opening it, and never waits on a pipe."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT, Invoke

ARMSFACTS = [sys.executable, "-m", "armsfacts"]
RECORD = ROOT / "tests" / "fixtures" / "article-and-dea.json"


def proc(*args: str) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if k not in ("ARMSFACTS_LANG", "LC_ALL", "LC_MESSAGES")}
    # No writer ever opens the pipes below: a command that opened one to read would wait for
    # ever, and the timeout would fail the test.
    return subprocess.run([*ARMSFACTS, *args], capture_output=True, timeout=30, env=env | {"LANG": "C.UTF-8"})


@pytest.mark.parametrize("command", [["stats"], ["show", "last-mile-arrests"]])
def test_data_that_names_a_pipe_is_refused_without_waiting(tmp_path: Path, command: list[str]) -> None:
    fifo = tmp_path / "data.json"
    os.mkfifo(fifo)
    result = proc("--data", str(fifo), *command)
    assert result.returncode == 1
    assert result.stdout == b""
    assert result.stderr.decode().startswith(
        f"Error: {fifo}: not a regular file (a device, a pipe or a socket is not read)\n"
    )


def test_validate_reports_a_pipe_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "data.json"
    os.mkfifo(fifo)
    result = proc("validate", str(fifo), "--json")
    assert result.returncode == 1
    assert [(p["file"], p["message"]) for p in json.loads(result.stdout)] == [
        (str(fifo), "not a regular file (a device, a pipe or a socket is not read)")
    ]


def test_a_pipe_in_a_folder_is_reported_not_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "a.json").write_bytes(RECORD.read_bytes())
    os.mkfifo(folder / "b.json")
    loaded = proc("--data", str(folder), "stats")
    assert loaded.returncode == 1
    assert loaded.stderr.decode().startswith(f"Error: {folder / 'b.json'}: not a regular file")
    checked = proc("validate", str(folder), "--json")
    assert checked.returncode == 1
    problems = [(p["file"], p["severity"], p["message"]) for p in json.loads(checked.stdout)]
    refused = "not a regular file (a device, a pipe or a socket is not read)"
    assert (str(folder / "b.json"), "error", refused) in problems


def test_a_subfolder_named_like_a_file_is_reported(run: Invoke, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    (folder / "more.json").mkdir(parents=True)
    (folder / "a.json").write_bytes(RECORD.read_bytes())
    result = run("--data", str(folder), "stats")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {folder / 'more.json'}: is a folder")


def test_a_symbolic_link_loop_is_called_one(run: Invoke, tmp_path: Path) -> None:
    loop = tmp_path / "loop.json"
    loop.symlink_to(loop)
    result = run("--data", str(loop), "stats")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {loop}: a loop of symbolic links\n")
    checked = run("validate", str(loop), "--json")
    assert [p["message"] for p in json.loads(checked.stdout)] == ["a loop of symbolic links"]


def test_a_symbolic_link_to_a_file_is_read(run: Invoke, tmp_path: Path) -> None:
    link = tmp_path / "link.json"
    link.symlink_to(RECORD)
    result = run("--data", str(link), "show", "last-mile-arrests", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["value"] == 3337


def test_a_byte_order_mark_is_read(run: Invoke, tmp_path: Path) -> None:
    # Windows editors (Notepad) start a UTF-8 file with one.
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + RECORD.read_bytes())
    result = run("--data", str(path), "show", "last-mile-arrests", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["value"] == 3337
    assert run("validate", str(path)).stderr == "0 errors, 0 warnings.\n"


def test_a_byte_order_mark_keeps_the_columns_of_the_first_line(run: Invoke, tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b'\xef\xbb\xbf{"schema_version": 1, "facts": [,]}')
    problems = json.loads(run("validate", str(path), "--json").stdout)
    assert [(p["line"], p["column"]) for p in problems] == [(1, 33)]  # counted from the '{', as an editor shows it
