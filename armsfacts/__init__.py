"""armsfacts: the figures officials report on firearms trafficking from the U.S. into Mexico.

>>> import armsfacts
>>> ds = armsfacts.load()
>>> ds.fact_by_id["last-mile-arrests"].value
3337
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .dataset import load
from .errors import ArmsfactsError, DataError, ExitCode, NotFoundError

if TYPE_CHECKING:
    __version__: str

__all__ = ["ArmsfactsError", "DataError", "ExitCode", "NotFoundError", "__version__", "load"]


def __getattr__(name: str) -> Any:
    # The version comes from the installed metadata, read only when asked for.
    if name == "__version__":
        from importlib.metadata import version

        return version("armsfacts")
    raise AttributeError(name)
