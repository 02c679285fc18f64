"""A draft's sentences, lines and words, and its language: what numerals.py and check.py read a text by.

Sentences end at a stop before a capital, a digit or a sign (not after "U.S." or "Art."); a list
item or a heading stands alone, but for the items of a list a line ending in a colon opens; a
sentence wrapped over the lines of a paragraph is one (a line
wider than WRAP_WIDTH was not wrapped: a headline without a stop ends there). Light on purpose:
no Pydantic, no data.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace


def wordset(text: str) -> frozenset[str]:
    """The words of a space-separated list."""
    return frozenset(text.split())


def word_table(table: str) -> dict[str, str]:
    """'more than, over: more_than' lines -> {'more than': 'more_than', 'over': 'more_than'}."""
    found: dict[str, str] = {}
    for line in table.strip().splitlines():
        phrases, _, meaning = line.rpartition(":")
        found.update((p.strip(), meaning.strip()) for p in phrases.split(","))
    return found


WORD = re.compile(r"[^\W_]+(?:['’.,][^\W_]+)*\.?|[$%§¶#]")
ES_WORDS = wordset("de la el los las y en que del por con para se una más fue como sobre entre al su sus desde según")
EN_WORDS = wordset("the of and in to that for with was were by on as from more than its their since between said")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int  # counted from 1, blocks between blank lines
    heading: bool  # a Markdown heading line


def detect_language(text: str) -> str:
    """'es' when the text reads as Spanish (its commonest words, its accents), else 'en'."""
    spanish, english = _language_signs(text)
    return "es" if spanish > english else "en"


def clear_language(text: str) -> str | None:
    """The language a text reads as beyond doubt (CLEARLY times the other's signs, and CLEAR_SIGNS of them), or None."""
    spanish, english = _language_signs(text)
    if spanish >= CLEAR_SIGNS and spanish >= CLEARLY * english:
        return "es"
    if english >= CLEAR_SIGNS and english >= CLEARLY * spanish:
        return "en"
    return None


CLEAR_SIGNS = 3  # common words or accents, at the least
CLEARLY = 3


def _language_signs(text: str) -> tuple[int, int]:
    """How much a text reads as Spanish (its commonest words, twice each accent) and as English (its commonest
    words)."""
    words = [w.casefold() for w in WORD.findall(text)]
    spanish = sum(w in ES_WORDS for w in words) + 2 * len(re.findall("[ñáéíóú¿¡]", text, re.IGNORECASE))
    return spanish, sum(w in EN_WORDS for w in words)


class Lines:
    """Line and column (both from 1, columns in characters) of an offset; lines end at line feeds."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1


def sentences(text: str) -> list[Sentence]:
    """The sentences of a text, with the paragraph they are in; list items and headings stand alone."""
    found: list[Sentence] = []
    paragraph = 0
    for block in re.finditer(r"(?:[^\n]|\n(?![ \t]*\n))+", text):
        if not block.group().strip():
            continue
        paragraph += 1
        for line in re.finditer(r"[^\n]+", block.group()):
            base = block.start() + line.start()
            body = line.group()
            heading = body.lstrip().startswith("#")
            cut = 0
            for boundary in _boundaries(body):
                if body[cut:boundary].strip():
                    found.append(Sentence(base + cut, base + boundary, paragraph, heading))
                cut = boundary
            if body[cut:].strip():
                found.append(Sentence(base + cut, base + len(body), paragraph, heading))
    return _bounded(_join_wrapped(found, text), text)


_ABBREVIATIONS = wordset(
    "u.s mr mrs ms dr no núm art arts sr sra lic gral gen st vs etc approx aprox e.g i.e ee uu p pp"
)
# ... and a month's, before its day: "between Oct. 1, 2024 and Feb. 28, 2026" (a month may end a sentence otherwise)
_MONTHS = wordset("jan feb mar apr jun jul aug sep sept oct nov dec ene abr ago dic")
# ... of which a country's ends a sentence where a word that never goes on a name follows: "from the U.S. Some are
# picked up in Arizona" (not "U.S. Customs", "EE. UU. Gobierno"). The words are folded to lower case.
_COUNTRIES = wordset("u.s uu")  # ("EE.UU." is no abbreviation here: it ends a sentence already)
_OPENERS = wordset(
    "the this that these those it its he she they we there however but among before after in on at for since while"
    " according some most many one seventy el la los las esto este esta estos estas pero sin según en por con"
)


# A stop, then a space and what may open a sentence; or, with no space, a capitalised word after a figure or a
# word that ends in lower case: "between 2010 and 2012.Only about 15 percent" (text that lost its space); or before
# a footnote's mark stuck to its note: "increase.3Institute for Economics"
BOUNDARY = re.compile(
    r"[.!?…]+[\"'”’)\]]*(?=\s+[\"“'(¿¡\[A-ZÁÉÍÓÚÑ0-9$+-])|(?<=[0-9a-záéíóúñ])[.!?](?=[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+\b)"
    r"|(?<=[a-záéíóúñ])[.!?](?=[0-9]{1,3}[A-ZÁÉÍÓÚÑ“\"])"
)


# The word before a stop, within WORD_REACH characters (an abbreviation is short: read near the stop, a line of a
# thousand sentences is not read again for each), and what follows the stop.
WORD_BEFORE = re.compile(r"([\w.]+)[.]+$")
WORD_REACH = 30
DIGIT_AFTER = re.compile(r"\s+[0-9]")
WORD_AFTER = re.compile(r"\s+([^\W\d_]+)\b")


def _boundaries(line: str) -> Iterator[int]:
    for m in BOUNDARY.finditer(line):
        before = WORD_BEFORE.search(line, max(0, m.start() - WORD_REACH), m.start() + 1)
        word = before.group(1).casefold() if before else ""  # "U.S" of "U.S.", "etc" of "etc."
        if word in _MONTHS and DIGIT_AFTER.match(line, m.end()):
            continue
        if m.group().startswith(".") and (word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())):
            after = WORD_AFTER.match(line, m.end())
            if not (word in _COUNTRIES and after and after.group(1).casefold() in _OPENERS):
                continue
        yield m.end()


# Editors wrap prose at 72 to 80 columns, and a page of two columns copied from a PDF runs to about 130; a line
# wider than this is a paragraph of its own, and one with no stop at its end a headline: "Suben 53% las
# solicitudes …" does not run into the dateline below it.
WRAP_WIDTH = 150


def _join_wrapped(found: list[Sentence], text: str) -> list[Sentence]:
    """A sentence wrapped over lines of a paragraph is one sentence, unless a line starts a list item; and the items
    of a list that a line ending in a colon opens are that line's sentence, as if written on it with commas."""
    joined: list[Sentence] = []
    listing = False  # the sentence before is a colon's line and the items after it so far
    last_paragraph = 0  # the paragraph of the line read before (a joined sentence keeps its first line's)
    for s in found:
        previous = joined[-1] if joined else None
        # the last line of the sentence before: a line wider than WRAP_WIDTH, or a headline, was not wrapped
        last_line = text[text.rfind("\n", 0, previous.end) + 1 : previous.end] if previous is not None else ""
        starts_item = re.match(r"\s*(?:[-*+•|>]|\d+[.)])\s", text[s.start : s.end]) is not None
        bullet = starts_item and re.match(r"\s*(?:[-*+•]|\d+[.)])\s", text[s.start : s.end]) is not None
        # (a colon's list may open after a blank line: "En años anteriores se registró:", a blank line, "- 9 mil 394")
        colon_list = bullet and last_line.rstrip().endswith(":")
        together = previous is not None and (last_paragraph == s.paragraph or colon_list) and not previous.heading
        last_paragraph = s.paragraph
        # (not an item with clauses of its own: "- firearms seized: the article says 8,496; the DEA says 8,497")
        phrase = bullet and not re.search(r"[;:]", text[s.start : s.end])
        listing = together and phrase and (listing or last_line.rstrip().endswith(":"))
        if listing and previous is not None:
            joined[-1] = replace(previous, end=s.end)
            listing = not re.search(r"[.!?…]\S*\s*$", text[s.start : s.end])  # a stop ends the list
        elif (
            together
            and previous is not None
            and not s.heading
            and not starts_item
            and not re.search(r"[.!?…;:]\S*\s*$", text[previous.start : previous.end])
            and len(last_line) <= WRAP_WIDTH
            and not _title_case(last_line)
        ):
            joined[-1] = replace(previous, end=s.end)
        else:
            joined.append(s)
    return joined


# A line whose longer words nearly all open with a capital is a headline in title case ("Over 200,000 American
# Firearms Flow into Mexico Every Year"): wrapped prose has far fewer.
TITLE_WORD = 4  # letters a word needs to count ("into", "with" count; "of", "the" do not)
TITLE_SHARE = 0.8
TITLE_WORDS = 4


def _title_case(line: str) -> bool:
    longer = [w for w in re.findall(r"[^\W\d_]+", line) if len(w) >= TITLE_WORD]
    capitals = sum(w[0].isupper() for w in longer)
    return len(longer) >= TITLE_WORDS and capitals >= TITLE_SHARE * len(longer)


# The longest sentence in 88 real articles has 651 characters. Each number of a sentence is read against all of
# its words, so a text with no stops (a list of figures pasted as one line) is cut at a space every so many
# characters: its work grows with its length, not with its length squared.
MAX_SENTENCE = 1000


def _bounded(found: list[Sentence], text: str) -> list[Sentence]:
    """Each sentence, cut at its last space before every MAX_SENTENCE characters (anywhere, if it has none)."""
    bounded: list[Sentence] = []
    for s in found:
        start = s.start
        while s.end - start > MAX_SENTENCE:
            space = text.rfind(" ", start + 1, start + MAX_SENTENCE)
            cut = space if space > start else start + MAX_SENTENCE
            bounded.append(replace(s, start=start, end=cut))
            start = cut
        bounded.append(replace(s, start=start))
    return bounded


SIGN_WORDS = {"$": "dollars", "%": "percent"}


def words(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The words of text[start:end] with their offsets; a dollar sign reads as the word 'dollars', a percent sign as
    'percent' ("Texas (43%)" names a share as "Texas (43 percent)" does)."""
    found = []
    for m in WORD.finditer(text, start, end):
        word = m.group().rstrip(".") or m.group()
        found.append((m.start(), m.end(), SIGN_WORDS.get(word, word)))
    return found
