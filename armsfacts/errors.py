"""The one domain exception type and the exit codes, named in one place."""

from __future__ import annotations

import enum
from collections.abc import Sequence


class ExitCode(enum.IntEnum):
    """What `armsfacts` exits with. Documented in the README and in `armsfacts --help`."""

    OK = 0  # success, including an empty result
    ERROR = 1  # the data could not be loaded, or another runtime error
    USAGE = 2  # the command line was wrong (Click's own code for usage errors)
    NOT_FOUND = 3  # no record with that id or name
    INTERRUPTED = 130  # Ctrl-C


class ArmsfactsError(Exception):
    """An error a user can act on: a message, suggestions, and the exit code to end with."""

    exit_code: ExitCode = ExitCode.ERROR
    code: str = "error"

    def __init__(self, message: str, suggestions: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.suggestions = list(suggestions)


class DataError(ArmsfactsError):
    """The dataset is missing, unreadable or invalid."""

    code = "data_error"


class NotFoundError(ArmsfactsError):
    """No record answers to the id or name the user gave."""

    exit_code = ExitCode.NOT_FOUND
    code = "not_found"
