"""Real processes, real pipes and a real terminal: what CliRunner cannot show."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import pty
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from armsfacts.data import builtin_path

ARMSFACTS = [sys.executable, "-m", "armsfacts"]


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    english = {k: v for k, v in os.environ.items() if k not in ("ARMSFACTS_LANG", "LC_ALL", "LC_MESSAGES")}
    full_env = english | {"LANG": "C.UTF-8"} | (env or {})
    return subprocess.run([*ARMSFACTS, *args], capture_output=True, env=full_env, timeout=60)


def run_in_terminal(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    """Run with stdout on a pseudo-terminal; return the exit code and what the terminal showed."""
    master, slave = pty.openpty()
    dropped = ("NO_COLOR", "COLUMNS", "TERM", "ARMSFACTS_LANG", "LC_ALL", "LC_MESSAGES")
    full_env = {k: v for k, v in os.environ.items() if k not in dropped}
    full_env |= {"TERM": "xterm-256color", "COLUMNS": "200", "LANG": "C.UTF-8"} | (env or {})
    proc = subprocess.Popen([*ARMSFACTS, *args], stdout=slave, stderr=subprocess.PIPE, env=full_env)
    os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError as exc:  # EIO: the child closed the terminal
            if exc.errno != errno.EIO:
                raise
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    assert proc.stderr is not None
    note = proc.stderr.read()  # nothing, or the one line that says which columns a table left out
    assert note == b"" or (note.startswith(b"Not shown at this width: ") and note.count(b"\n") == 1), note
    return proc.wait(timeout=60), b"".join(chunks).decode("utf-8")


def test_head_of_a_grouped_list_ends_quietly() -> None:
    result = subprocess.run(f"{sys.executable} -m armsfacts trend firearms_seized | head -2", shell=True,
                            capture_output=True, timeout=60)  # fmt: skip
    assert result.stderr == b""
    assert (
        result.stdout.decode() == "# Operation Southbound, one operation, over a span of dates\nPeriod\tFigure\tWhere\n"
    )


def test_head_of_a_pipe_ends_quietly() -> None:
    result = subprocess.run(
        f"{sys.executable} -m armsfacts stats | head -1; {sys.executable} -m armsfacts stats --json | head -c 10",
        shell=True,
        capture_output=True,
        timeout=60,
    )
    assert result.stderr == b""
    assert result.stdout.startswith(b"ID\tMetric\tFigure")
    assert result.stdout.endswith(b"\n[\n  {\n    ")  # the first 10 bytes of the JSON


@pytest.mark.parametrize(
    "args",
    [["stats"], ["stats", "--json"], ["operation", "last-mile", "-f", "table"],
     # written a group at a time: the pipe breaks at the first group, not the last
     ["compare", "firearms_seized", "-f", "table"], ["trend", "firearms_seized"]],
)  # fmt: skip
def test_reader_gone_before_output_is_not_an_error(args: list[str]) -> None:
    proc = subprocess.Popen([*ARMSFACTS, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # nobody will read: every write is a broken pipe
    code = proc.wait(timeout=60)
    assert proc.stderr.read() == b""
    assert code == 0


@pytest.mark.parametrize("delay", [0.15, 0.3, 0.45])
def test_ctrl_c_at_any_moment_exits_130_without_traceback(delay: float, tmp_path: Path) -> None:
    """An interrupt during start-up (imports half done), loading or writing ends quietly.

    The data is made large enough (about 10,000 facts) that the command is still running when
    the interrupt comes. The interpreter's own first moments, before armsfacts runs at all, are
    not ours to handle: on a busy machine they can outlast the delay, and Python then ends by the
    signal itself (-SIGINT). Such a run is tried again with twice the delay; a command that never
    ends with 130 fails.
    """
    data = json.loads(builtin_path().read_text(encoding="utf-8"))
    copies = max(1, 10_000 // len(data["facts"]))
    # each copy a record of its own: new ids, and no earlier id (an alias names one record only)
    data["facts"] = [dict(f, id=f"{f['id']}-{i}", aliases=[]) for i in range(copies) for f in data["facts"]]
    big = tmp_path / "big.json"
    big.write_text(json.dumps(data), encoding="utf-8")
    command = [*ARMSFACTS, "--data", str(big), "stats", "--json"]
    for attempt in range(4):
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        time.sleep(delay * 2**attempt)
        if proc.poll() is not None:
            pytest.skip("the command finished before the interrupt was sent")
        proc.send_signal(signal.SIGINT)
        code = proc.wait(timeout=60)
        assert proc.stderr is not None
        stderr = proc.stderr.read().strip()
        if code != -signal.SIGINT:  # armsfacts was running: its handler ended it
            break
    assert code == 130
    assert stderr == b"Interrupted."


@pytest.mark.parametrize(
    ("args", "code"),
    [(["stats"], 0), (["stats", "--country", "MX"], 0), (["stats", "--bogus"], 2), (["show", "nope"], 3),
     (["frobnicate"], 2), (["operation", "last-mil", "--json"], 3)],
)  # fmt: skip
def test_exit_codes(args: list[str], code: int) -> None:
    result = run(*args)
    assert result.returncode == code
    assert b"Traceback" not in result.stderr
    if code:
        assert result.stdout == b""


def test_json_error_on_stderr_is_parseable() -> None:
    result = run("show", "last-mile-arest", "--json")
    assert result.returncode == 3
    error = json.loads(result.stderr)["error"]
    assert error["code"] == "not_found" and "last-mile-arrests" in error["suggestions"]


def test_usage_error_in_json_mode_is_json() -> None:
    result = run("stats", "--json", "--metirc", "arrests")
    assert result.returncode == 2
    error = json.loads(result.stderr)["error"]
    assert error["code"] == "usage_error" and "--metric" in error["suggestions"]


def test_typo_of_a_command_suggests() -> None:
    result = run("stat")
    assert result.returncode == 2
    assert b"Did you mean 'stats'?" in result.stderr


def test_ascii_stdout_degrades_names_and_keeps_json_valid() -> None:
    env = {"PYTHONIOENCODING": "ascii"}
    people = run("people", env=env)
    assert people.returncode == 0, people.stderr
    assert b"Luis Rodriguez Bucio\tUndersecretary" in people.stdout
    as_json = run("people", "--json", env=env)
    assert as_json.returncode == 0
    assert "Luis Rodríguez Bucio" in [p["name"] for p in json.loads(as_json.stdout)]  # escaped, not lost
    assert b"\\u00ed" in as_json.stdout
    table = run("operation", "last-mile", "-f", "table", env=env)
    assert table.returncode == 0, table.stderr
    assert b"Operacion Ultima Milla" in table.stdout and b"1 May 2022 - 1 May 2023" in table.stdout
    error = run("show", "Rodríguez", env=env)
    assert error.returncode == 3 and b"Traceback" not in error.stderr


def test_c_locale() -> None:
    result = run("stats", "--operation", "Última Milla", env={"LC_ALL": "C", "LANG": "C"})
    assert result.returncode == 0, result.stderr
    record = json.loads(builtin_path().read_text(encoding="utf-8"))
    last_mile = [f["id"] for f in record["facts"] if f["initiative"] == "operation-last-mile"]
    assert [line.split(b"\t")[0].decode() for line in result.stdout.splitlines()] == ["ID", *last_mile]


def test_plain_in_a_pipe_is_never_cut_or_wrapped() -> None:
    result = run("stats", "--source", "dea-last-mile-2023-05-05", env={"COLUMNS": "40"})
    lines = result.stdout.decode().splitlines()
    assert len(lines) == 10  # a header and the nine figures the DEA's announcement gives (notes, block 5)
    assert lines[-1].startswith("last-mile-social-media\t")
    assert lines[-1].endswith("\tOperation Last Mile\tdea-last-mile-2023-05-05 ¶5\t—")
    assert "\x1b[" not in result.stdout.decode()


def test_terminal_gets_a_coloured_table() -> None:
    code, screen = run_in_terminal("stats", "--metric", "arrests")
    assert code == 0
    assert "\x1b[" in screen  # styled header
    assert "3,337 people" in screen and "━" in screen


@pytest.mark.parametrize(
    ("args", "env"),
    [(["--no-color", "stats"], {}), (["stats", "--no-color"], {}), (["stats"], {"NO_COLOR": "1"}),
     (["stats"], {"TERM": "dumb"})],
)  # fmt: skip
def test_colour_off(args: list[str], env: dict[str, str]) -> None:
    code, screen = run_in_terminal(*args, env=env)
    assert code == 0
    assert "\x1b[" not in screen
    assert "3,337 people" in screen


def test_narrow_terminal_is_readable() -> None:
    code, screen = run_in_terminal("stats", "--metric", "arrests", env={"COLUMNS": "40"})
    assert code == 0
    lines = screen.replace("\r\n", "\n").splitlines()
    assert lines and max(len(line) for line in lines if "\x1b" not in line) <= 40
    assert "3,337 people" in screen  # figures are never cut
    assert "Operation Last Mile" in screen


def test_a_terminal_table_says_which_columns_it_left_out() -> None:
    master, slave = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "ARMSFACTS_LANG", "LC_ALL", "LC_MESSAGES")}
    env |= {"TERM": "xterm-256color", "COLUMNS": "100", "LANG": "C.UTF-8"}
    proc = subprocess.Popen([*ARMSFACTS, "stats", "--metric", "arrests"], stdout=slave, stderr=subprocess.PIPE, env=env)
    os.close(slave)
    with contextlib.suppress(OSError):
        while os.read(master, 65536):
            pass
    os.close(master)
    assert proc.wait(timeout=60) == 0
    assert proc.stderr is not None
    assert proc.stderr.read().decode() == (
        "Not shown at this width: ID, Country, Initiative, Agreement; --wide shows them, --json has every field.\n"
    )


def test_check_tells_a_terminal_that_a_long_text_takes_a_while(tmp_path: Path) -> None:
    # A text of some hundred KB takes seconds: a person at a terminal is told, a script reading stderr is not.
    draft = tmp_path / "long.txt"
    draft.write_text("A sentence with no figure in it at all. " * 3000 + "Operation Last Mile led to 3,337 arrests.\n")
    master, slave = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k not in ("ARMSFACTS_LANG", "LC_ALL", "LC_MESSAGES")}
    proc = subprocess.Popen(
        [*ARMSFACTS, "check", str(draft), "--text-lang", "en", "--json"],
        stdout=subprocess.PIPE,
        stderr=slave,
        env=env | {"LANG": "C.UTF-8"},
    )
    os.close(slave)
    out, _ = proc.communicate(timeout=120)
    told = b""
    with contextlib.suppress(OSError):  # (the terminal's other end is closed once the process is gone)
        while chunk := os.read(master, 4096):
            told += chunk
    os.close(master)
    assert told.decode().startswith("Checking a long text (117 KB): this takes a while.")
    assert "last-mile-arrests" in out.decode()
    piped = subprocess.run([*ARMSFACTS, "check", str(draft), "--text-lang", "en"], capture_output=True, timeout=120)
    assert b"long text" not in piped.stderr


def test_check_reading_a_terminal_says_how_to_end_the_text() -> None:
    # A person who runs `armsfacts check` with no file would see a silent pause and take it for a hang.
    master, slave = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k not in ("ARMSFACTS_LANG", "LC_ALL", "LC_MESSAGES")}
    proc = subprocess.Popen(
        [*ARMSFACTS, "check", "--text-lang", "en"],
        stdin=slave,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env | {"LANG": "C.UTF-8"},
    )
    os.close(slave)
    os.write(master, b"Operation Last Mile led to 3,337 arrests.\n\x04")  # a line, then Ctrl-D
    out, err = proc.communicate(timeout=60)
    os.close(master)
    assert err.decode().startswith("Reading the text to check from standard input; end it with Ctrl-D.\n")
    assert "3,337" in out.decode() and "supported" in out.decode()
    piped = subprocess.run(
        [*ARMSFACTS, "check", "--text-lang", "en"], input=b"3,337 arrests", capture_output=True, timeout=60
    )
    assert b"Reading the text" not in piped.stderr  # a pipe needs no telling
