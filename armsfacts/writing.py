"""Writing a file for `export`: whole or not at all, and never over what is not a file.

- The bytes go to a hidden temporary file beside the target, then are published in one step:
  without `--replace` by a hard link, which fails if the name was taken meanwhile (a file made
  while the export ran is never overwritten); with `--replace` by a rename over the old file,
  whose mode (and owner, where allowed) the new one keeps.
- Only a regular file is replaced. A symbolic link is written through: the file it points to
  gets the new content and the link stays. A device, a pipe, a socket or a folder is refused.
- The temporary file, and the journal SQLite keeps beside it, are removed on every way out: an
  error, or Ctrl-C, SIGTERM or SIGHUP, whose handlers while a file is written remove it and
  then do what was there before (the entry point's exit 130 for Ctrl-C; ending the process).
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import signal
import stat
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType
from typing import Any

import click

from .errors import ArmsfactsError
from .i18n import _
from .terminal import visible

# What SQLite may leave beside a database it was writing when the process ended.
COMPANIONS = ("", "-journal", "-wal", "-shm")
# Signals that end a run from outside.
ENDING = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name))
# Errors of os.link on a file system without hard links (FAT, some network shares).
NO_LINKS = {errno.EPERM, errno.EXDEV, errno.EMLINK, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP}

_pending: set[str] = set()  # temporary files to remove if the run ends abruptly


def shown(path: Path | str) -> str:
    """A path as a message shows it: undecodable bytes replaced, control codes escaped."""
    return visible(click.format_filename(path))


def remove_temporaries() -> None:
    """Remove every temporary file still pending, and what SQLite kept beside it."""
    for name in list(_pending):
        for suffix in COMPANIONS:
            with contextlib.suppress(OSError):
                os.unlink(name + suffix)
    _pending.clear()


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Ending signals wait while the block runs, so that no handler sees it half done."""
    mask = getattr(signal, "pthread_sigmask", None)
    if mask is None:
        yield
        return
    previous = mask(signal.SIG_BLOCK, set(ENDING))
    try:
        yield
    finally:
        mask(signal.SIG_SETMASK, previous)


def _on_ending(previous: dict[int, Any]) -> Callable[[int, FrameType | None], None]:
    def ended(signum: int, frame: FrameType | None) -> None:
        remove_temporaries()
        before = previous.get(signum)
        if callable(before):  # the entry point's Ctrl-C (exit 130), Python's KeyboardInterrupt, a caller's own
            before(signum, frame)
            return
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)  # end as the signal ends a process, so that the sender sees it did

    return ended


@contextlib.contextmanager
def _cleaned_up_on_signals() -> Iterator[None]:
    """Ctrl-C, SIGTERM and SIGHUP remove the temporary files before they end the run (main thread only)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous: dict[int, Any] = {}
    handler = _on_ending(previous)
    for signum in ENDING:
        before = signal.getsignal(signum)
        # `nohup` asked for SIGHUP to be ignored: it stays so; None is a handler not set from Python
        if before is not signal.SIG_IGN and before is not None:
            previous[signum] = before
            signal.signal(signum, handler)
    try:
        yield
    finally:
        for signum, before in previous.items():
            signal.signal(signum, before)


def _refusal(path: Path, reason: str) -> ArmsfactsError:
    return ArmsfactsError(reason.format(path=shown(path)))


def destination(path: Path, replace: bool) -> Path:
    """The file to write for `path` (through a symbolic link, the file it points to).

    Raises ArmsfactsError when `path` is (or its link points to) anything but a regular file,
    when it is taken and `replace` is not given, or when its folder is not there.
    """
    try:
        is_link = stat.S_ISLNK(os.lstat(path).st_mode)
    except FileNotFoundError:
        if not path.parent.is_dir():
            message = _("no folder {folder} to write {name} in.")
            raise ArmsfactsError(message.format(folder=shown(path.parent), name=shown(path.name))) from None
        return path
    except OSError as exc:
        raise cannot_write(path, exc) from None
    real = Path(os.path.realpath(path)) if is_link else path
    try:
        mode: int | None = os.stat(real).st_mode
    except FileNotFoundError:  # a link to a file not there yet
        mode = None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise _refusal(path, _("{path} is a loop of symbolic links.")) from None
        raise cannot_write(path, exc) from None
    if mode is not None and stat.S_ISDIR(mode):
        raise _refusal(path, _("{path} is a folder; name a file to write."))
    if mode is not None and not stat.S_ISREG(mode):
        raise _refusal(path, _("{path} is not a regular file (a device, a pipe or a socket is not replaced)."))
    if not replace:
        raise _refusal(path, _("{path} exists; add --replace to overwrite it."))
    return real if mode is not None else destination(real, replace)


def cannot_write(path: Path, exc: OSError) -> ArmsfactsError:
    message = _("cannot write {path} ({reason}).")
    return ArmsfactsError(message.format(path=shown(path), reason=exc.strerror or exc))


def _new_temporary(folder: Path, name: str) -> Path:
    """An empty hidden file in `folder`, made with O_EXCL and pending removal from the start."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    while True:
        temporary = folder / f".{name}.{secrets.token_hex(4)}.part"
        with _signals_held():  # registered and made as one step: a signal finds it in the list or not made
            _pending.add(str(temporary))
            try:
                os.close(os.open(temporary, flags, 0o600))
                return temporary
            except FileExistsError:  # another file of that name: draw again
                _pending.discard(str(temporary))
            except BaseException:  # not made (a folder not writable): nothing to remove later
                _pending.discard(str(temporary))
                raise


def _mode_of_new_file() -> int:
    """What open() would give a new file: 0o666 less the umask (not the temporary file's 0o600)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def _take_over(temporary: Path, old: os.stat_result | None) -> None:
    """The temporary file gets the old file's owner and mode, or a new file's mode."""
    if old is None:
        os.chmod(temporary, _mode_of_new_file())
        return
    if hasattr(os, "chown") and (old.st_uid, old.st_gid) != (os.getuid(), os.getgid()):
        with contextlib.suppress(OSError):  # allowed to root, and to the owner for a group of theirs
            os.chown(temporary, old.st_uid, old.st_gid)
    os.chmod(temporary, stat.S_IMODE(old.st_mode))  # after chown, which clears set-id bits


def _publish(temporary: Path, path: Path, shown_as: Path, replace: bool) -> None:
    """The temporary file becomes `path`; without `replace`, only if `path` is still free."""
    if replace:
        destination(path, replace=True)  # once more, right before: it may have changed meanwhile
        try:
            old: os.stat_result | None = os.stat(path)
        except FileNotFoundError:
            old = None
        _take_over(temporary, old)
        with _signals_held():
            os.replace(temporary, path)
            _pending.discard(str(temporary))
        return
    _take_over(temporary, None)
    exists = _refusal(shown_as, _("{path} exists; add --replace to overwrite it."))
    with _signals_held():
        try:
            os.link(temporary, path)
        except FileExistsError:
            raise exists from None
        except OSError as exc:
            if exc.errno not in NO_LINKS:
                raise
            # No hard links here: claim the name with an exclusive create, then rename over the claim.
            try:
                os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            except FileExistsError:
                raise exists from None
            os.replace(temporary, path)
        else:
            os.unlink(temporary)
        _pending.discard(str(temporary))


@contextlib.contextmanager
def written(path: Path, replace: bool) -> Iterator[Path]:
    """A temporary file to write, published as `path` when the block ends without error.

    Never a half-written file at `path`, nothing left behind on any way out, and without
    `replace` no file overwritten, even one made while the block ran.
    """
    real = destination(path, replace)
    with _cleaned_up_on_signals():  # before the temporary file is made, so that no signal can miss it
        try:
            temporary = _new_temporary(real.parent, real.name)
        except OSError as exc:
            raise cannot_write(path, exc) from exc
        try:
            yield temporary
            _publish(temporary, real, path, replace)
        except OSError as exc:
            raise cannot_write(path, exc) from exc
        finally:
            for suffix in COMPANIONS:  # whatever is left when published or not: the file, SQLite's journal
                with contextlib.suppress(OSError):
                    os.unlink(f"{temporary}{suffix}")
            _pending.discard(str(temporary))
