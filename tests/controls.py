"""An oracle for what a terminal obeys, written from the standards rather than from armsfacts' code.

A terminal obeys the C0 and C1 control characters of ECMA-48 (ISO 6429) — ESC, U+001B, begins
every escape and control sequence, and U+009B is CSI on its own — and reorders text around the
characters Unicode lists as Bidi_Control (PropList.txt; UAX #9). Tab and newline are layout.
"""

from __future__ import annotations

import unicodedata

# Unicode's Bidi_Control property, U+061C ARABIC LETTER MARK to U+2069 POP DIRECTIONAL ISOLATE.
BIDI_CONTROLS = {
    "\u061c": "ALM",
    "\u200e": "LRM",
    "\u200f": "RLM",
    "\u202a": "LRE",
    "\u202b": "RLE",
    "\u202c": "PDF",
    "\u202d": "LRO",
    "\u202e": "RLO",
    "\u2066": "LRI",
    "\u2067": "RLI",
    "\u2068": "FSI",
    "\u2069": "PDI",
}
LAYOUT = {"\t", "\n"}


def obeyed(text: str) -> list[str]:
    """The characters of `text` a terminal would act on rather than show: C0, DEL and C1 (Unicode
    category Cc, exactly U+0000-U+001F and U+007F-U+009F) but tab and newline, and Bidi_Control."""
    return [ch for ch in text if (unicodedata.category(ch) == "Cc" and ch not in LAYOUT) or ch in BIDI_CONTROLS]


def escape(ch: str) -> str:
    """How a control is shown: `\\x1b` below U+0100, `\\u2066` above, as the README says (`\\x1b`);
    a carriage return as `\\r`, as C and Python write it."""
    if ch == "\r":
        return "\\r"
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
