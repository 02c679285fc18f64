"""Numbers written in words, in English and Mexican Spanish: "nine", "setenta", "mil cien", "a dozen", and months.

Light on purpose, like numerals.py, which reads what follows (a scale word, a percent, the
hundreds of "tres mil 823"): a run of number words is read up to, not including, a scale word
that ends it, so that "tres mil 823" and "dos millones" take the same path as "3 mil 823".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .sentences import word_table
from .vocab import VAGUE_WORDS

# Each month's names, folded, in both languages: "Dec", "December", "diciembre" are 12.
MONTH_NUMBERS = {
    name: int(number)
    for name, number in word_table(
        """
        january, jan, enero: 1
        february, feb, febrero: 2
        march, mar, marzo: 3
        april, apr, abril: 4
        may, mayo: 5
        june, jun, junio: 6
        july, jul, julio: 7
        august, aug, agosto: 8
        september, sep, sept, septiembre, setiembre: 9
        october, oct, octubre: 10
        november, nov, noviembre: 11
        december, dec, diciembre: 12
        """
    ).items()
}
MONTHS = frozenset(MONTH_NUMBERS)

_EN_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_EN_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ES_ONES = [
    "cero",
    "uno",
    "dos",
    "tres",
    "cuatro",
    "cinco",
    "seis",
    "siete",
    "ocho",
    "nueve",
    "diez",
    "once",
    "doce",
    "trece",
    "catorce",
    "quince",
    "dieciséis",
    "diecisiete",
    "dieciocho",
    "diecinueve",
    "veinte",
]
_ES_TENS = ["treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"]
_ES_HUNDREDS = [
    "ciento",
    "doscientos",
    "trescientos",
    "cuatrocientos",
    "quinientos",
    "seiscientos",
    "setecientos",
    "ochocientos",
    "novecientos",
]

WORDS: dict[str, dict[str, int]] = {
    "en": {
        **{w: i for i, w in enumerate(_EN_ONES)},
        **{w: 20 + 10 * i for i, w in enumerate(_EN_TENS)},
        "a": 1,
        "an": 1,
        "dozen": 12,
    },
    "es": {
        **{w: i for i, w in enumerate(_ES_ONES)},
        **{w: 30 + 10 * i for i, w in enumerate(_ES_TENS)},
        **{w: 100 * (i + 1) for i, w in enumerate(_ES_HUNDREDS)},
        **{w.replace("ientos", "ientas"): 100 * (i + 2) for i, w in enumerate(_ES_HUNDREDS[1:])},
        "dieciseis": 16,
        "un": 1,
        "una": 1,
        "cien": 100,
        "veintiún": 21,
        "veintiun": 21,
        **{
            f"veinti{w}": 20 + i
            for i, w in enumerate(["uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"], 1)
        },
        "veintidós": 22,
        "veintitrés": 23,
        "veintiséis": 26,
        "docena": 12,
        "docenas": 12,
        "centenar": 100,
    },
}
# Nouns of a group of things, a number only after another: "a dozen", "dos docenas", "un centenar".
GROUPS = {"en": {"dozen": 12}, "es": {"docena": 12, "docenas": 12, "centenar": 100}}
MULTIPLIERS = {"en": {"hundred": 100}, "es": {}}
SCALES = {
    "en": {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000},
    "es": {"mil": 1_000, "millón": 1_000_000, "millon": 1_000_000, "millones": 1_000_000},
}
JOINERS = {"en": ("and", "-"), "es": ("y",)}
# ... "and" after a hundred or a scale only ("one hundred and six"), "y" after tens only ("treinta y seis"): "eight and
# six rounds", "ocho y seis cargadores" are two numbers
JOINED_AFTER = {"en": frozenset({"hundred", *SCALES["en"]}), "es": frozenset(_ES_TENS)}
# Words that are a number only before a scale or a group ("dozen"): "a million", "un millón", not "a truck".
ARTICLES = frozenset({"a", "an", "un", "una"})
EVERY = re.compile(r"\s+(?:de|por)\s+cada\s", re.IGNORECASE)  # ... that are "one" before "de cada": a share's part
# "half a million", "a quarter of a million", "un cuarto de millón": a fraction of the scale that follows.
_OF_SCALE = {
    "en": {
        r"(?:half\s+an?|an?\s+half|half)[\s-]+": 0.5,
        r"(?:a|one)[\s-]+quarter\s+of\s+an?\s+": 0.25,
        r"three[\s-]+quarters\s+of\s+an?\s+": 0.75,
    },
    "es": {r"medio\s+": 0.5, r"un\s+cuarto\s+de\s+": 0.25},
}
_SCALE_AHEAD = {"en": r"(?=million|billion)", "es": r"(?=mill[oó]n)"}
OF_SCALE = {
    lang: [
        (re.compile(rf"(?<!\w)(?:{phrase}){_SCALE_AHEAD[lang]}", re.IGNORECASE), value)
        for phrase, value in table.items()
    ]
    for lang, table in _OF_SCALE.items()
}


# A fraction of what follows, a share written in words: "a third of the requests", "la mitad de los estados".
# Only before "of"/"de": "a third country" and "medio millón" are no shares; nor is "the first half of 2023".
_FRACTIONS = {
    "en": {
        r"(?:a|one)[\s-]+third": 100 / 3,
        r"two[\s-]+thirds": 200 / 3,
        r"(?:a|one)[\s-]+(?:quarter|fourth)": 25,
        r"three[\s-]+(?:quarters|fourths)": 75,
        r"(?<!first )(?<!second )(?<!latter )(?<!last )half": 50,
    },
    "es": {
        r"(?:un|1)\s+tercio|una\s+tercera\s+parte|la\s+tercera\s+parte": 100 / 3,
        r"dos\s+tercios|(?:las\s+)?dos\s+terceras\s+partes": 200 / 3,
        r"una\s+cuarta\s+parte": 25,
        r"tres\s+cuartas\s+partes": 75,
        r"la\s+mitad": 50,
    },
}
FRACTIONS = {
    lang: [
        # (not of a scale: "a quarter of a million" is 250,000)
        (re.compile(rf"(?<!\w)(?:{phrase})(?=\s+(?:of|de|del)\b)(?!\s+(?:of\s+an?|de)\s+mill)", re.IGNORECASE), value)
        for phrase, value in table.items()
    ]
    for lang, table in _FRACTIONS.items()
}


@dataclass(frozen=True)
class WordNumber:
    start: int
    end: int  # where the words end, before a scale word that ends the run (numerals.py reads and applies it)
    value: float
    share: bool = False  # a fraction in words, as a percentage: "a third of" is 33.3


def count_of(word: str) -> int | None:
    """A number written as one word: digits, or a number word in either language ("ocho", "two"); else None."""
    if word.isdigit():
        return int(word)
    key = word.casefold()
    return WORDS["es"].get(key, WORDS["en"].get(key))


def _token_pattern(lang: str) -> re.Pattern[str]:
    words = sorted({*WORDS[lang], *MULTIPLIERS[lang], *SCALES[lang]}, key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, words)) + r")(?![\w])", re.IGNORECASE)


_TOKENS = {lang: _token_pattern(lang) for lang in WORDS}
# The words that give a number of their own (not "a", nor "dozen" or "hundred", which need one before them)
_UNITS = {lang: WORDS[lang].keys() - ARTICLES - GROUPS[lang].keys() for lang in WORDS}


# Each vague quantity's words, longest first ("hundreds of thousands" before "hundreds"), with its range.
_VAGUE = {
    lang: [
        (re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)", re.IGNORECASE), span)
        for phrase, span in sorted(phrases.items(), key=lambda item: -len(item[0]))
    ]
    for lang, phrases in VAGUE_WORDS.items()
}


def vague(text: str, lang: str) -> list[tuple[int, int, int, int]]:
    """Where each vague quantity is written ("a few hundred"), and the range read into it: (start, end, low, high),
    the longest phrases first."""
    return [(*m.span(), low, high) for pattern, (low, high) in _VAGUE[lang] for m in pattern.finditer(text)]


def find(text: str, lang: str, vague_spans: list[tuple[int, int]]) -> list[WordNumber]:
    """Every run of number words in the text, read; runs of articles alone ("a", "una") are not numbers, nor are
    those inside a vague quantity (`vague_spans`): "a few hundred" is its range, not 100."""
    found: list[WordNumber] = []
    runs: list[list[re.Match[str]]] = []
    for m in _TOKENS[lang].finditer(text):
        gap = text[runs[-1][-1].end() : m.start()] if runs else None
        joiner = gap.strip().casefold() if gap is not None else ""
        joined = gap is not None and (
            not joiner
            or gap == "-"
            or (joiner == "-" and "-" in JOINERS[lang])
            or (joiner in JOINERS[lang] and runs[-1][-1].group().casefold() in JOINED_AFTER[lang])
        )
        if joined:
            runs[-1].append(m)
        else:
            runs.append([m])
    for run in runs:
        if any(a <= run[0].start() and run[-1].end() <= b for a, b in vague_spans):
            continue
        while len(run) > 1 and run[0].group().casefold() in ARTICLES and run[1].group().casefold() in _UNITS[lang]:
            run = run[1:]  # "a forty percent increase", "un cuarenta por ciento": the article is the phrase's
        while len(run) > 1 and run[-1].group().casefold() in ARTICLES and not _one_after_tens(run, lang):
            run = run[:-1]  # "two and a half million": the article is the half's (numerals.py), no one of its own
        read = _read(run, lang)
        if (
            read is None
            and len(run) == 1
            and run[0].group().casefold() in ("un", "una")
            and EVERY.match(text, run[0].end())
        ):
            read = WordNumber(run[0].start(), run[0].end(), 1)  # "una de cada cinco": one, the part of a share
        if read is not None:
            found.append(read)
    for pattern, value in OF_SCALE[lang]:
        found.extend(WordNumber(m.start(), m.end(), value) for m in pattern.finditer(text))
    for pattern, value in FRACTIONS[lang]:
        found.extend(WordNumber(m.start(), m.end(), round(value, 1), share=True) for m in pattern.finditer(text))
    return found


def _one_after_tens(run: list[re.Match[str]], lang: str) -> bool:
    """Whether a run ends in "un"/"una" after tens: "setenta y una armas" is 71, the "una" its units."""
    return lang == "es" and run[-2].group().casefold() in _ES_TENS


def _read(run: list[re.Match[str]], lang: str) -> WordNumber | None:
    words = [m.group().casefold() for m in run]
    scaled = words[-1] in SCALES[lang]
    body = run[:-1] if scaled else run
    if not body:  # "mil 125": a thousand, its digits to follow; "million" alone is no number
        return WordNumber(run[0].start(), run[0].start(), 1) if words == ["mil"] else None
    if all(m.group().casefold() in ARTICLES for m in body) and not scaled:  # "a" alone; "a dozen" has more
        return None
    if words[-1] in GROUPS[lang] and len(words) == 1:
        return None  # "dozen" alone; "a dozen", "two dozen" and "un centenar" are numbers
    total, current = 0, 0
    for m in body:
        word = m.group().casefold()
        if word in SCALES[lang]:
            total += max(current, 1) * SCALES[lang][word]
            current = 0
        elif word in MULTIPLIERS[lang]:
            current = max(current, 1) * MULTIPLIERS[lang][word]
        elif word in GROUPS[lang]:
            current = max(current, 1) * GROUPS[lang][word]
        else:
            current += WORDS[lang][word]
    if scaled and total:
        # numerals.py multiplies the number by the scale word that ends the run, which scales only what
        # follows the larger one: "two million three hundred thousand" is 2,000 + 300 thousand
        return WordNumber(body[0].start(), body[-1].end(), total / SCALES[lang][words[-1]] + current)
    return WordNumber(body[0].start(), body[-1].end(), total + current)
