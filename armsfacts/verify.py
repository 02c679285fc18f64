"""`armsfacts verify`: is each figure attributed to a source printed in the source's text?"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

from pydantic import BaseModel

from .models import Dataset

NEAR = 1  # a figure may sit this many paragraphs away from the one recorded


class Check(BaseModel):
    """One figure of a source, looked for in the source's text."""

    fact: str
    as_printed: str
    paragraph: int | None
    found_in: list[int]
    status: Literal["found", "elsewhere", "missing"]


_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "\u00a0": " ", "\u2009": " ", "\u202f": " "})
_THOUSANDS = re.compile(r"(?<=\d)[, '](?=\d{3}(?!\d))")


def normalize(text: str) -> str:
    """Compare texts the way a reader would: quotes, spaces and thousands separators don't count."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    text = _THOUSANDS.sub("", text)
    return " ".join(text.split()).casefold()


def paragraphs(text: str) -> list[str]:
    """Blocks of text separated by blank lines, numbered from 1 as the dataset's `paragraph` is."""
    return [block for block in re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n")) if block.strip()]


def verify(ds: Dataset, source_id: str, text: str) -> list[Check]:
    """Every figure the source reports (as the first source or a corroborating one), checked."""
    blocks = [normalize(b) for b in paragraphs(text)]
    checks = []
    for fact in ds.facts:
        reports = [(fact.as_printed, fact.paragraph)] if fact.source == source_id else []
        reports += [(r.as_printed, r.paragraph) for r in fact.also_reported_by if r.source == source_id]
        for printed, paragraph in reports:
            needle = re.compile(r"(?<!\w)" + re.escape(normalize(printed)) + r"(?!\w)")
            found = [n for n, block in enumerate(blocks, 1) if needle.search(block)]
            if paragraph is None:
                status = "found" if found else "missing"
            elif any(abs(n - paragraph) <= NEAR for n in found):
                status = "found"
            else:
                status = "elsewhere" if found else "missing"
            checks.append(Check(fact=fact.id, as_printed=printed, paragraph=paragraph, found_in=found, status=status))
    return checks
