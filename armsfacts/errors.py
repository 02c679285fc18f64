"""Exit codes and the one exception type, each error carrying the code it ends with."""

from __future__ import annotations

import enum
from collections.abc import Sequence


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


class ArmsfactsError(Exception):
    """An error a user can act on: a message, suggestions, and the exit code to end with.

    Its own type rather than a click.ClickException, whose exit code is one per class: this
    one carries the code of each error. The command group reports both kinds alike.
    """

    as_json: bool | None = None  # set where the error passes the output options: answer in JSON

    def __init__(
        self,
        message: str,
        *,
        exit_code: ExitCode = ExitCode.ERROR,
        code: str | None = None,
        suggestions: Sequence[str] = (),
    ) -> None:
        super().__init__(message)
        self.message = message
        self.exit_code = exit_code
        self.code = code or ERROR_CODES.get(exit_code, "error")
        self.suggestions = list(suggestions)


def data_error(message: str) -> ArmsfactsError:
    """The data is missing, unreadable or invalid."""
    return ArmsfactsError(message, code="data_error")


def not_found(message: str, suggestions: Sequence[str] = ()) -> ArmsfactsError:
    """No record answers to the id or name the user gave."""
    return ArmsfactsError(message, exit_code=ExitCode.NOT_FOUND, suggestions=suggestions)
