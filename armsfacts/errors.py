"""Exit codes, the one exception type, and the wrapper that runs every command.

`main` turns a reader that went away (`| head`) into a quiet exit 0, and a closed or full
stdout into one line of error and exit 1. The console script (`__main__.main`) installs
Ctrl-C handling and then calls it.
"""

from __future__ import annotations

import contextlib
import enum
import os
import sys
from collections.abc import Sequence
from typing import IO

import click

from .i18n import _


class ExitCode(enum.IntEnum):
    """What `armsfacts` exits with. Documented in the README and in `armsfacts --help`."""

    OK = 0  # success, including an empty result
    ERROR = 1  # the data could not be loaded, output could not be written, another runtime error
    USAGE = 2  # the command line was wrong (Click's own code for usage errors)
    NOT_FOUND = 3  # no record with that id or name
    CONTRADICTED = 4  # `check`: a figure in the text is contradicted by the record
    INTERRUPTED = 130  # Ctrl-C


# The `code` of the JSON error object, by exit code.
ERROR_CODES = {ExitCode.ERROR: "error", ExitCode.USAGE: "usage_error", ExitCode.NOT_FOUND: "not_found"}


class ArmsfactsError(click.ClickException):
    """An error a user can act on: a message, suggestions, and the exit code to end with."""

    def __init__(
        self,
        message: str,
        *,
        exit_code: ExitCode = ExitCode.ERROR,
        code: str | None = None,
        suggestions: Sequence[str] = (),
    ) -> None:
        super().__init__(message)
        self.exit_code = exit_code
        self.code = code or ERROR_CODES.get(exit_code, "error")
        self.suggestions = list(suggestions)


def data_error(message: str) -> ArmsfactsError:
    """The data is missing, unreadable or invalid."""
    return ArmsfactsError(message, code="data_error")


def not_found(message: str, suggestions: Sequence[str] = ()) -> ArmsfactsError:
    """No record answers to the id or name the user gave."""
    return ArmsfactsError(message, exit_code=ExitCode.NOT_FOUND, suggestions=suggestions)


def _write_stderr(text: str) -> None:
    with contextlib.suppress(OSError):
        os.write(2, text.encode(getattr(sys.stderr, "encoding", None) or "utf-8", "replace"))


def silence(stream: IO[str] | None) -> None:
    """Point a standard stream at /dev/null, so that the interpreter's final flush is quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno() if stream is not None else 1)
    except (OSError, ValueError, AttributeError):
        pass


def main(args: Sequence[str] | None = None) -> None:
    """Every command, with the fate of stdout handled once (see __main__ for Ctrl-C)."""
    if sys.stdout is None or sys.stderr is None:  # started with `>&-` or `2>&-`
        _write_stderr(_("Error: {message}").format(message=_("standard output is closed.")) + "\n")
        sys.exit(ExitCode.ERROR)
    try:
        from .cli import cli

        code = cli.main(args, prog_name="armsfacts", standalone_mode=False)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (`| head`): what it wanted was delivered; end quietly.
        silence(sys.stdout)
        code = ExitCode.OK
    except OSError as exc:  # stdout on a full disk, a closed descriptor
        silence(sys.stdout)
        message = _("cannot write the output ({reason}).").format(reason=exc.strerror or exc)
        _write_stderr(_("Error: {message}").format(message=message) + "\n")
        code = ExitCode.ERROR
    sys.exit(int(code) if isinstance(code, int) else ExitCode.OK)
