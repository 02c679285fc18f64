"""`armsfacts verify`: is each figure attributed to a source printed in the source's text?"""

from __future__ import annotations

import re
import unicodedata

from pydantic import BaseModel

from .models import Dataset
from .vocab import CheckStatus


class Check(BaseModel, defer_build=True):
    """One figure of a source, looked for in the source's text."""

    fact: str
    as_printed: str
    paragraph: int | None
    found_in: list[int]
    status: CheckStatus


NEAR = 1  # a figure may sit this many paragraphs away from the one recorded


_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "\u00a0": " ", "\u2009": " ", "\u202f": " "})
# A number written with thousands separators: 1 to 3 digits, then groups of three after a
# comma, an apostrophe or a space ("3 337"). "in 2023 655" is a year and a count: its first
# group has four digits, so it is two numbers, not 2,023,655.
_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:[,'’ \u00a0\u2009\u202f]\d{3})+(?!\d)")


def normalize(text: str) -> str:
    """Compare texts the way a reader would: quotes, spaces and thousands separators don't count."""
    text = _GROUPED.sub(lambda m: re.sub(r"\D", "", m.group()), unicodedata.normalize("NFC", text))
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return " ".join(text.split()).casefold()


def paragraphs(text: str) -> list[str]:
    """Blocks of text separated by blank lines, numbered from 1 as the dataset's `paragraph` is."""
    return [block for block in re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n")) if block.strip()]


def verify(ds: Dataset, source_id: str, text: str) -> list[Check]:
    """Every figure the source reports (as the first source or a corroborating one), checked."""
    blocks = [normalize(b) for b in paragraphs(text)]
    checks = []
    for fact in ds.facts:
        if source_id not in fact.sources:
            continue
        printed = fact.printed_by(source_id)
        needle = re.compile(r"(?<!\w)" + re.escape(normalize(printed.as_printed)) + r"(?!\w)")
        found = [n for n, block in enumerate(blocks, 1) if needle.search(block)]
        status: CheckStatus
        if printed.paragraph is None:
            status = "found" if found else "missing"
        elif any(abs(n - printed.paragraph) <= NEAR for n in found):
            status = "found"
        else:
            status = "elsewhere" if found else "missing"
        checks.append(
            Check(
                fact=fact.id, as_printed=printed.as_printed, paragraph=printed.paragraph, found_in=found, status=status
            )
        )
    return checks
