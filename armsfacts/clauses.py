"""Where each figure's own words are in its sentence: its clause, from the break before it to the break after it;
the name before a figure in parentheses or in a clause of a list; and whether figures stand as a list or side by side
in a comparison. `claim_context.py` reads a number's context within these bounds.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import phrases
from .numerals import Numeral
from .sentences import Sentence
from .wording import OF_WHICH, content_stem, words

CLOSING = re.compile(r"\s*\)")
PAREN_NAME = 3  # words before a parenthesis naming the figure in it: "Ciudad de México (...)", "El Paso, Texas (...)"
# Where the words that belong to a number end: punctuation, a conjunction.
# (and a conversion: what is converted is another quantity, "the fentanyl seized equates to 193 million doses")
# (and the start of a list's item, which a colon's line joins as if written with commas: sentences._join_wrapped)
BREAK = re.compile(
    r"[,;]|\n[ \t]*(?:[-*+•]|[0-9]+[.)])\s|(?<!\w)(?:and|y|but|pero|while|mientras|whereas|equates?\s+to|"
    r"equivalent\s+to|equivalentes?\s+a|equivale(?:n)?\s+a)(?!\w)",
    re.IGNORECASE,
)
# A verb of origin right after a comma is the subject's own, a comma set where none belongs: "el 75 por ciento de las
# armas incautadas en México, proviene ilegalmente de Estados Unidos"
ORIGIN_VERB = re.compile(r"(?i)\s*(?:provien|proced|vienen?\b|viene\b|come\b|comes\b|came\b|originat)")
# Two acts joined on one thing are no break: "guns recovered and traced", "armas decomisadas y rastreadas"; nor are
# the ends of a span of years: "17% of the guns seized between 2009 and 2014 were not of U.S. origin"
JOINED_ACTS = re.compile(r"(?i)\b\w+(?:ed|ad[oa]s?|id[oa]s?)\s+(?:and|y)\s+\w+(?:ed|ad[oa]s?|id[oa]s?)\b")
# Two things one verb of origin is said of are no break: "70% of seized weapons and ammunition come from the U.S.",
# "armas y municiones provienen de" (not "and 30% came from Europe": a number after "and" is a clause of its own)
JOINED_SUBJECT = re.compile(
    r"(?i)[^\W\d_]+\s+(?:and|y)\s+(?:[^\W\d_]+\s+){1,2}(?:provien|proced|vienen?\b|viene\b|come\b|comes\b|came\b|originat)"
)
# A share's "of" before the figure it is a share of: "70 percent of Mexico's 31,062 murders", "el 70 por ciento de los
# 31 mil 62 homicidios"
WHOLE_OF_SHARE = re.compile(r"(?i)\s*(?:%|percent|por ciento)?\s+(?:of|de)\s+[^\W\d_]*(?:['’]s)?\s*(?:los|las)?\s*")
WHOLE_OF_COUNT = re.compile(r"(?i)\s+(?:out\s+of|of(?:\s+the)?|de(?:\s+(?:los|las))?)\s+")  # "68,000 of 99,000"
# Where most of a figure is, said after it: the places that follow are a part of it, not what it is of ("el 75 % viene
# de Estados Unidos, sobre todo de Texas, Arizona y California" is no share of the three states, nor is "el 74 % ...,
# siendo Texas el estado que más envía" Texas's)
MOSTLY = re.compile(
    r"(?i)\b(?:sobre todo|principalmente|siendo|especialmente|espec[ií]ficamente|en especial|en particular|mayormente|"
    r"mostly|mainly|chiefly|primarily|especially|specifically|particularly|in particular)\b"
)
JOINED_YEARS = re.compile(r"(?i)\b(?:19|20)[0-9]{2}\s+(?:and|y)\s+(?:el\s+)?(?:19|20)[0-9]{2}\b")


def clause(text: str, sentence: Sentence, figures: Sequence[Numeral], i: int) -> tuple[int, int]:
    """Where the i-th figure's own words are: from the last break (a comma, "and") after the figure before it
    and that figure's next word, to the first break before the next figure, or to the sentence's ends."""
    n = figures[i]
    start = figures[i - 1].end if i > 0 else sentence.start
    if i > 0:  # the word right after the figure before is that figure's: "3,337 arrests with the seizure of 8,000"
        between = words(text, start, n.start)
        if between and content_stem(between[0][2]) is not None:
            start = between[0][1]
    end = figures[i + 1].start if i + 1 < len(figures) else sentence.end
    cut = BREAK.search(text, n.end, end)
    # (nor guns of several kinds together, "300 rifles and pistols", nor a comma before its verb)
    joined = [
        m.span()
        for pattern in (phrases.MIXED_GUNS, JOINED_ACTS, JOINED_YEARS, JOINED_SUBJECT)
        for m in pattern.finditer(text, n.end, end)
    ]
    while cut is not None and (ORIGIN_VERB.match(text, cut.end()) or any(a < cut.start() < b for a, b in joined)):
        cut = BREAK.search(text, cut.end(), end)
    cuts = list(BREAK.finditer(text, start, n.start))
    return (cuts[-1].end() if cuts else start), (cut.start() if cut else end)


SEMICOLON_LIST = 2  # semicolons that make a sentence a list of clauses, each figure with its own name


def in_parentheses(text: str, sentence: Sentence, n: Numeral) -> int | None:
    """Where the parenthesis opens that a figure stands alone in: "(16 mil 368)"; None for a figure in none."""
    opening = text.rfind("(", sentence.start, n.start)
    if opening < 0 or text[opening + 1 : n.start].strip() or not CLOSING.match(text, n.end):
        return None
    return opening


def named_before(text: str, sentence: Sentence, figures: Sequence[Numeral], i: int) -> tuple[int, int] | None:
    """Where the words naming a figure before it are: in parentheses after its own name ("Houston, Texas (2 mil 452);
    Tucson, Arizona (2 mil 156)"), or in its own clause of a sentence of clauses set apart by semicolons ("de
    Hartford, Connecticut, provenían mil 656 armas; de Maricopa y Pima, Arizona, mil 189"): up to PAREN_NAME words
    before a parenthesis, the whole clause before a figure of a clause; never past the figure before or a ";" or ":"
    (nor a ")", for one in parentheses). None for a figure named neither way."""
    n = figures[i]
    end, stops, reach = in_parentheses(text, sentence, n), ");:", PAREN_NAME
    if end is None:
        if text.count(";", sentence.start, sentence.end) < SEMICOLON_LIST:
            return None
        end, stops, reach = n.digits_start, ";:", len(text)
    start = max(
        figures[i - 1].end if i > 0 else sentence.start, *(text.rfind(c, sentence.start, end) + 1 for c in stops)
    )
    found = words(text, start, end)[-reach:]
    return (found[0][0], end) if found else None


def clause_end(text: str, start: int, end: int) -> int:
    """Where the clause from `start` ends before `end`: at a semicolon, which opens another."""
    semicolon = text.find(";", start, end)
    return end if semicolon < 0 else semicolon


def listed(text: str, end: int, start: int) -> bool:
    """Whether only a list's separators stand between one figure's clause (ending at END) and the next figure."""
    between = text[end:start]
    return BREAK.search(between) is not None and not BREAK.sub("", between).strip()


# Words that set one figure beside another, each of its own period: "30,000 in 2018, up from 22,000 in 2010"
COMPARED = re.compile(
    r"\s*,?\s*(?:(?:up|down)\s+from|compared\s+(?:with|to)|frente\s+a(?:l|\s+los|\s+las)?|contra)\s*", re.IGNORECASE
)


def compared(text: str, figures: Sequence[Numeral], i: int, before: int, end: int) -> bool:
    """Whether only the words of a comparison stand between figure i and the one before it (from BEFORE, where that
    one's clause ends) or the one after it (from END, where figure i's clause ends)."""
    after = figures[i + 1].start if i + 1 < len(figures) else None
    return (i > 0 and COMPARED.fullmatch(text, before, figures[i].start) is not None) or (
        after is not None and COMPARED.fullmatch(text, end, after) is not None
    )


def of_a_part(text: str, figures: Sequence[Numeral], i: int) -> bool:
    """Whether the i-th figure is the whole the share or count right before it is part of: "70 percent of Mexico's
    31,062", "68,000 of 99,000 seized guns"."""
    if i == 0:
        return False
    pattern = WHOLE_OF_SHARE if figures[i - 1].percent else WHOLE_OF_COUNT
    return pattern.fullmatch(text, figures[i - 1].end, figures[i].start) is not None


# A sentence that opens on a total it then breaks down: "De las 579 armas que la CBP aseguró ..., 409 eran cortas"
OF_THE_TOTAL = re.compile(r"(?i)\W*(?:de|of)\s+(?:l[oa]s|the|un\s+total\s+de|a\s+total\s+of)\s+$")


def part_of_first(text: str, sentence: Sentence, figures: Sequence[Numeral], i: int) -> bool:
    """Whether the i-th figure is a count of a part of the sentence's first: after "De las 579 armas ...,"
    or after a colon that follows it ("más de 2,500 funcionarios: 2,076 en identificación de armas, 288 en ...")."""
    first = figures[0]
    if i == 0 or not _may_be_part(first, figures[i]):
        return False
    if OF_THE_TOTAL.fullmatch(text, sentence.start, first.digits_start) is not None:
        return True
    # (the colon its own, before the next figure and any other item: not "Tamaulipas: 1,234; Sonora: 567")
    colon = text.find(":", first.end, figures[1].start)
    return colon != -1 and ";" not in text[first.end : colon]


# A part said of the count before it, right after the part: "10,514 of them were U.S.-made", "409 de ellas eran cortas"
OF_THEM_AFTER = re.compile(r"(?i)\s+(?:of\s+(?:them|these)|de\s+(?:ellos|ellas|estos|estas))\b")


def part_of(text: str, whole: Numeral, part: Numeral) -> bool:
    """Whether a later count is a part of an earlier one, after a colon, "of which" or followed by "of them": "about
    20,000 firearms were traced: 10,514 were U.S.-made", "20,000 were traced, and 10,514 of them were U.S.-made"."""
    if not _may_be_part(whole, part):
        return False
    between = text[whole.end : part.start]
    return ":" in between or OF_WHICH.search(between) is not None or OF_THEM_AFTER.match(text, part.end) is not None


def _may_be_part(whole: Numeral, part: Numeral) -> bool:
    """Whether a count may be a part of a figure before it: not of a year (a year's list), not a share (which is of
    its own whole), and less than its total ("las cinco rutas: ... (1,618 armas)" are no parts of five)."""
    return not whole.year_like and not part.percent and part.value < whole.value
