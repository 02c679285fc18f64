"""What may reach a terminal: data is text, so control codes in it are shown, never obeyed.

Light on purpose: error messages (which may quote what a user typed or a file holds) use it
before anything heavy is imported.
"""

from __future__ import annotations

import re

# C0 and C1 controls (tab and newline are layout, handled per format), and the characters
# that reorder text on screen (bidi embeddings, overrides, isolates, marks).
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def visible(text: str) -> str:
    """Text as a terminal shows it harmlessly: each unsafe character written as its escape (`\\x1b`)."""
    return UNSAFE.sub(lambda m: repr(m.group())[1:-1], text)


def json_escaped(text: str) -> str:
    """JSON text with the unsafe characters JSON allows raw (C1, bidi) written as \\u escapes: same data."""
    return UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
