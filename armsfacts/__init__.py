"""armsfacts: the figures officials report on firearms trafficking from the U.S. into Mexico.

>>> import armsfacts
>>> ds = armsfacts.load()
>>> ds.fact_by_id["last-mile-arrests"].value
3337

Kept light: `load` and the version are found when first asked for, so that the console
script starts without importing Pydantic.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import ArmsfactsError, ExitCode

if TYPE_CHECKING:
    from .data import load

    __version__: str

__all__ = ["ArmsfactsError", "ExitCode", "__version__", "load"]


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from importlib.metadata import version

        return version("armsfacts")
    if name == "load":
        from .data import load

        return load
    raise AttributeError(name)
