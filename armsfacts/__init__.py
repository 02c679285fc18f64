"""armsfacts: the figures officials report on firearms trafficking from the U.S. into Mexico.

>>> import armsfacts
>>> ds = armsfacts.load()
>>> ds.fact_by_id["last-mile-arrests"].value
3337

Kept empty of imports: what it offers is found when first asked for, so that the console
script starts (and installs its Ctrl-C handling) before Click or Pydantic are imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .errors import ArmsfactsError, ExitCode
    from .loading import load

    __version__: str

__all__ = ["ArmsfactsError", "ExitCode", "__version__", "load"]


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from .__about__ import __version__

        return __version__
    if name == "load":
        from .loading import load

        return load
    if name in ("ArmsfactsError", "ExitCode"):
        from . import errors

        return getattr(errors, name)
    raise AttributeError(name)
