"""Files `export` writes (issue 20): whole or not at all, never over what is not a file, never over
a file made meanwhile without --replace, nothing left behind on any way out. Signals, pipes and
devices are tested with real processes."""

from __future__ import annotations

import errno
import json
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from armsfacts import writing

from .conftest import ROOT, Invoke

ARMSFACTS = [sys.executable, "-m", "armsfacts"]
RECORD = ROOT / "tests" / "fixtures" / "article-and-dea.json"
as_root = pytest.mark.skipif(os.geteuid() != 0, reason="only root may make a device node")


@pytest.fixture(autouse=True)
def frozen_record(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ARMSFACTS_DATA", str(RECORD))


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The frozen record's 19 figures 150 times over: its export takes long enough to be caught at work."""
    data = json.loads(RECORD.read_text(encoding="utf-8"))
    data["facts"] = [dict(f, id=f"{f['id']}-{i}") for i in range(150) for f in data["facts"]]
    path = tmp_path_factory.mktemp("big") / "big.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def environment() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("ARMSFACTS_LANG", "LC_ALL", "LC_MESSAGES")}
    return env | {"LANG": "C.UTF-8", "ARMSFACTS_DATA": str(RECORD)}


def start(*args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([*ARMSFACTS, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environment())


def run_process(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([*ARMSFACTS, *args], capture_output=True, timeout=60, env=environment())


def caught_writing(proc: subprocess.Popen[bytes], folder: Path) -> bool:
    """Wait until the export has its temporary file, then stop it there (SIGSTOP).

    False if it ended first. Stopped, the process cannot go on until SIGCONT, so what the test
    does next happens while the export is under way, whatever the machine's speed.
    """
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if any(folder.glob(".*.part")):
            proc.send_signal(signal.SIGSTOP)
            return True
        time.sleep(0.005)
    return False


def left_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# ---------------------------------------------------------------------------
# Nothing left behind.


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, -signal.SIGTERM)])
def test_a_signal_during_an_export_leaves_nothing_behind(tmp_path: Path, big: Path, signum: int, code: int) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    proc = start("--data", str(big), "export", "sqlite", str(folder / "armsfacts.db"))
    if not caught_writing(proc, folder):
        pytest.skip("the export ended before it could be stopped")
    proc.send_signal(signum)
    proc.send_signal(signal.SIGCONT)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == code
    assert b"Traceback" not in stderr
    if signum == signal.SIGINT:
        assert stderr == b"Interrupted.\n"
    assert left_in(folder) == []  # no .part, no -journal


# ---------------------------------------------------------------------------
# Never over a file made meanwhile.


def test_a_file_made_during_the_export_is_not_overwritten(tmp_path: Path, big: Path) -> None:
    target = tmp_path / "armsfacts.db"
    proc = start("--data", str(big), "export", "sqlite", str(target))
    if not caught_writing(proc, tmp_path):
        pytest.skip("the export ended before it could be stopped")
    target.write_bytes(b"mine")  # someone else's file, made while the export runs
    proc.send_signal(signal.SIGCONT)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 1
    assert stderr.decode() == f"Error: {target} exists; add --replace to overwrite it.\n"
    assert target.read_bytes() == b"mine"
    assert left_in(tmp_path) == ["armsfacts.db"]


def test_of_four_exports_to_one_path_one_writes_it(tmp_path: Path, big: Path) -> None:
    target = tmp_path / "armsfacts.db"
    procs = [start("--data", str(big), "export", "sqlite", str(target)) for _ in range(4)]
    results = [(p.wait(timeout=120), p.communicate()[1].decode()) for p in procs]
    wrote = [stderr for code, stderr in results if code == 0]
    refused = [stderr for code, stderr in results if code == 1]
    assert wrote == [f"Wrote {target}: 2850 figures in 17 tables.\n"]
    assert refused == [f"Error: {target} exists; add --replace to overwrite it.\n"] * 3
    assert left_in(tmp_path) == ["armsfacts.db"]


def test_without_hard_links_the_name_is_still_claimed_once(
    run: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(source: object, target: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")  # as on a FAT file system

    monkeypatch.setattr(os, "link", no_links)
    target = tmp_path / "page.html"
    result = run("export", "html", str(target))
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~current_umask()
    again = run("export", "html", str(target))
    assert again.exit_code == 1 and again.stderr == f"Error: {target} exists; add --replace to overwrite it.\n"
    assert left_in(tmp_path) == ["page.html"]


def current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# ---------------------------------------------------------------------------
# What --replace replaces: a regular file, keeping its mode; through a symbolic link.


def test_replace_refuses_a_pipe(tmp_path: Path) -> None:
    fifo = tmp_path / "page.html"
    os.mkfifo(fifo)
    result = run_process("export", "html", str(fifo), "--replace")
    assert result.returncode == 1
    assert result.stderr.decode() == (
        f"Error: {fifo} is not a regular file (a device, a pipe or a socket is not replaced).\n"
    )
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert left_in(tmp_path) == ["page.html"]


@as_root
def test_replace_refuses_a_device(tmp_path: Path) -> None:
    device = tmp_path / "full"
    os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 7))  # what /dev/full is
    for args in (["html", str(device), "--replace"], ["sqlite", str(device), "--replace"]):
        result = run_process("export", *args)
        assert result.returncode == 1
        assert result.stderr.decode() == (
            f"Error: {device} is not a regular file (a device, a pipe or a socket is not replaced).\n"
        )
        assert stat.S_ISCHR(device.lstat().st_mode)
    assert left_in(tmp_path) == ["full"]


def test_replace_writes_through_a_symbolic_link(run: Invoke, tmp_path: Path) -> None:
    (tmp_path / "pages").mkdir()
    real = tmp_path / "pages" / "armsfacts.html"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "latest.html"
    link.symlink_to(real)
    result = run("export", "html", str(link), "--replace")
    assert result.exit_code == 0, result.output
    assert result.stderr == f"Wrote {link}: 19 figures.\n"
    assert link.is_symlink() and link.readlink() == real  # the link stays a link
    assert real.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert left_in(tmp_path / "pages") == ["armsfacts.html"]


def test_a_symbolic_link_is_taken_without_replace(run: Invoke, tmp_path: Path) -> None:
    real = tmp_path / "armsfacts.html"
    real.write_text("old", encoding="utf-8")
    (tmp_path / "link.html").symlink_to(real)
    result = run("export", "html", str(tmp_path / "link.html"))
    assert result.exit_code == 1
    assert result.stderr == f"Error: {tmp_path / 'link.html'} exists; add --replace to overwrite it.\n"
    assert real.read_text(encoding="utf-8") == "old"


def test_a_symbolic_link_loop_is_refused(run: Invoke, tmp_path: Path) -> None:
    loop = tmp_path / "loop.html"
    loop.symlink_to(loop)
    result = run("export", "html", str(loop), "--replace")
    assert result.exit_code == 1
    assert result.stderr == f"Error: {loop} is a loop of symbolic links.\n"


@pytest.mark.parametrize("command", ["html", "sqlite"])
def test_replace_keeps_the_mode(run: Invoke, tmp_path: Path, command: str) -> None:
    target = tmp_path / "out"
    target.write_bytes(b"old")
    target.chmod(0o640)
    result = run("export", command, str(target), "--replace")
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert target.read_bytes() != b"old"


@as_root
def test_replace_keeps_the_owner(run: Invoke, tmp_path: Path) -> None:
    target = tmp_path / "page.html"
    target.write_bytes(b"old")
    os.chown(target, 1234, 5678)
    result = run("export", "html", str(target), "--replace")
    assert result.exit_code == 0, result.output
    assert (target.stat().st_uid, target.stat().st_gid) == (1234, 5678)


# ---------------------------------------------------------------------------
# Messages.


def test_control_codes_in_a_path_are_shown_escaped(run: Invoke, tmp_path: Path) -> None:
    target = tmp_path / "a\x1b]0;pwned\x07b.html"
    result = run("export", "html", str(target))
    assert result.exit_code == 0, result.output
    assert result.stderr == f"Wrote {tmp_path}/a\\x1b]0;pwned\\x07b.html: 19 figures.\n"
    again = run("export", "html", str(target))
    assert again.stderr == f"Error: {tmp_path}/a\\x1b]0;pwned\\x07b.html exists; add --replace to overwrite it.\n"


def test_shown_escapes_what_a_terminal_would_obey() -> None:
    assert writing.shown("x\x1b[2J\u202ey") == "x\\x1b[2J\\u202ey"
