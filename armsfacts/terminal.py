"""What may reach a terminal: data is text, so control codes in it are shown, never obeyed.

Light on purpose: error messages (which may quote what a user typed or a file holds) use it
before anything heavy is imported.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from typing import IO

# C0 and C1 controls (tab and newline are layout, handled per format), and the characters
# that reorder text on screen (bidi embeddings, overrides, isolates, marks).
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def visible(text: str) -> str:
    """Text as a terminal shows it harmlessly: each unsafe character written as its escape (`\\x1b`)."""
    return UNSAFE.sub(lambda m: repr(m.group())[1:-1], text)


def quoted(text: str, limit: int = 60) -> str:
    """What a user typed, quoted in a message: at most `limit` characters of it, then an ellipsis."""
    return repr(text if len(text) <= limit else text[:limit] + "…")


def one_line(text: str) -> str:
    """Text on one line, as plain and Markdown keep it: tabs and line breaks as spaces, unsafe characters escaped."""
    return visible(" ".join(text.replace("\t", " ").splitlines()))


def json_escaped(text: str) -> str:
    """JSON text with the unsafe characters JSON allows raw (C1, bidi) written as \\u escapes: same data."""
    return UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


# An ASCII terminal (PYTHONIOENCODING=ascii) gets ASCII: accents degraded ('Rodríguez' ->
# 'Rodriguez'), typographic marks as a reader would type them. It is a codec of its own
# name, so that Click, which writes UTF-8 past a stream it thinks is plain ASCII, leaves it be.
DEGRADING_ASCII = "armsfacts-ascii"
_ASCII = {"–": "-", "—": "-", "“": '"', "”": '"', "‘": "'", "’": "'", "•": "*", "¶": "para ", "…": "...", "━": "-"}


def _degrade(error: UnicodeError) -> tuple[str, int]:
    """Encode-error handler: 'Rodríguez' -> 'Rodriguez', '–' -> '-', anything else -> '?'."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    out = []
    for ch in error.object[error.start : error.end]:
        bare = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        out.append(_ASCII.get(ch) or (bare if bare.isascii() and bare else "?"))
    return "".join(out), error.end


codecs.register_error(DEGRADING_ASCII, _degrade)


class _Encoder(codecs.IncrementalEncoder):
    def encode(self, text: str, final: bool = False) -> bytes:
        return codecs.ascii_encode(text, DEGRADING_ASCII)[0]


def _find(name: str) -> codecs.CodecInfo | None:
    if name.replace("_", "-") != DEGRADING_ASCII:
        return None
    ascii_codec = codecs.lookup("ascii")
    return codecs.CodecInfo(
        name=DEGRADING_ASCII,
        encode=lambda text, errors="strict": codecs.ascii_encode(text, DEGRADING_ASCII),
        decode=ascii_codec.decode,
        incrementalencoder=_Encoder,
        incrementaldecoder=ascii_codec.incrementaldecoder,
        streamreader=ascii_codec.streamreader,
        streamwriter=ascii_codec.streamwriter,
    )


codecs.register(_find)


def make_streams_safe(*streams: IO[str] | None) -> None:
    """Let streams whose encoding lacks accents degrade them instead of raising."""
    for stream in streams:
        encoding = getattr(stream, "encoding", None) or "utf-8"
        try:
            "áé–".encode(encoding)
        except (UnicodeEncodeError, LookupError):
            reconfigure = getattr(stream, "reconfigure", None)
            if reconfigure is not None:
                reconfigure(encoding=DEGRADING_ASCII)


def degrades(stream: IO[str]) -> bool:
    """Whether the stream loses accents: then JSON must escape them rather than lose them."""
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        "áé–“”•".encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return True
    return codecs.lookup(encoding).name == DEGRADING_ASCII
