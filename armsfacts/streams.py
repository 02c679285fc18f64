"""Standard streams that never raise: encodings that lack accents, and readers that go away."""

from __future__ import annotations

import codecs
import os
import sys
import unicodedata

# Typographic characters and the ASCII a reader would type instead.
_ASCII = {"–": "-", "—": "-", "“": '"', "”": '"', "‘": "'", "’": "'", "•": "*", "¶": "para ", "…": "...", "━": "-"}
HANDLER = "armsfacts-ascii"


def _degrade(error: UnicodeError) -> tuple[str, int]:
    """Encode-error handler: 'Rodríguez' -> 'Rodriguez', '–' -> '-', anything else -> '?'."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    out = []
    for ch in error.object[error.start : error.end]:
        if ch in _ASCII:
            out.append(_ASCII[ch])
            continue
        bare = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        out.append(bare if bare.isascii() and bare else "?")
    return "".join(out), error.end


codecs.register_error(HANDLER, _degrade)


def make_streams_safe() -> None:
    """Let stdout and stderr degrade characters their encoding lacks, instead of raising."""
    for stream in (sys.stdout, sys.stderr):
        encoding = getattr(stream, "encoding", None) or "utf-8"
        try:
            "áé–".encode(encoding)
        except (UnicodeEncodeError, LookupError):
            reconfigure = getattr(stream, "reconfigure", None)
            if reconfigure is not None:
                reconfigure(errors=HANDLER)


def silence_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so the interpreter's final flush is quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
