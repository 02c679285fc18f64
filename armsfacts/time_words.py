"""When a figure counts: the words around it that make it a flow per year or a rate over less than a year, a total
of years counted back from now, or that date a statement or a report rather than the figure.

Language, not record, as in wording.py: `claim_context.py` reads these around each number of a draft.
"""

from __future__ import annotations

import contextlib
import datetime
import re

from .numberwords import MONTH_NUMBERS, count_of
from .sentences import wordset

# What a count of months or days is not followed by: "four months after" is a day, no span
NOT_A_DAY = r"(?!\s+(?:after|later|ago|before|earlier|despu[eé]s|antes))"
# A total over years counted back from now: "las 250 mil muertes ocurridas en los últimos 13 años", "over the past
# decade". No flow per year.
YEARS_BACK = re.compile(
    r"(?i)\b(?:(?:in|over|during)\s+the\s+(?:last|past)\s+(?:[\w-]+\s+)?(?:years|decades?)"
    r"|(?:en|durante)\s+(?:los|las)\s+(?:[uú]ltim[oa]s|pasad[oa]s)\s+(?:[\w-]+\s+)?(?:a[ñn]os|d[eé]cadas?))\b"
)
# ... and how many years such a total, or one said over years, counts: "in the last two years through June", "ha
# decomisado en dos años", "over the past decade" (a total of that many years: no count of one year or of five months)
YEARS_COUNTED = re.compile(
    r"(?i)\b(?:(?:in|over|during|within)\s+(?:the\s+(?:last|past)\s+)?|(?:en|durante)\s+(?:(?:los|las|la|el)\s+"
    r"(?:[uú]ltim[oa]s?|pasad[oa]s?)\s+)?)(?:(?P<count>[^\W_]+)\s+)?(?P<unit>years?|decades?|a[ñn]os?|d[eé]cadas?)\b"
)
# ... and how many months: "In 4 months, US seized nearly 10,000 firearms", "en los primeros cuatro meses" (not "four
# months after", a day, not a span)
MONTHS_COUNTED = re.compile(
    r"(?i)\b(?:(?:in|over|during|within)\s+(?:the\s+(?:last|past|first)\s+)?|(?:en|durante)\s+(?:(?:los|las)\s+"
    r"(?:[uú]ltim[oa]s|pasad[oa]s|primer[oa]s)\s+)?)(?P<count>[^\W_]+)\s+(?:months|meses)\b" + NOT_A_DAY
)
# ... and how many weeks or days: "in the three weeks to 16 March", "en los primeros 28 días"
DAYS_COUNTED = re.compile(
    r"(?i)\b(?:(?:in|over|during|within)\s+(?:the\s+(?:(?:last|past|first)\s+)?)?|(?:en|durante)\s+(?:(?:los|las)\s+"
    r"(?:(?:[uú]ltim[oa]s|pasad[oa]s|primer[oa]s)\s+)?)?)(?P<count>[^\W_]+)\s+(?P<unit>weeks|semanas|days|d[ií]as)\b"
    + NOT_A_DAY
)
A_WEEK = 7  # days
AND_A_HALF = re.compile(r"(?i)\s+(?:and\s+a\s+half|y\s+medio)\b")  # "el último año y medio": no whole years
DECADE = re.compile(r"(?i)d[eé]cad")
A_YEAR_IN_MONTHS = 12
A_DECADE = 10
# A year said of when something was said, not of the figure's period: "Sandoval estimó en 2019 que ..."
SAID_IN = re.compile(
    r"(?i)\b(?:said|stated|estimated|reported|dijo|estim[óo]|calcul[óo]|inform[óo]|declar[óo]|afirm[óo]|señal[óo])"
    r"\s+(?:in|en)\s+$"
)
# ... and the day of a statement, said after its verb: "García Harfuch said on Sept. 9, 2025", "dijo García Harfuch el 9
# de septiembre de 2025" (the year is its date's last word)
STATED_ON = re.compile(
    r"(?i)\b(?:said|says|stated|announced|reported|dijo|afirm[óo]|inform[óo]|anunci[óo]|declar[óo]|señal[óo])\b"
    r"[^.;:\n]{0,30}?\b(?:on|el)\s+(?:[^\W\d_]+\.?\s+[0-9]{1,2},?|[0-9]{1,2}\s+de\s+[^\W\d_]+\s+(?:de|del)"
    r"|[0-9]{1,2}\s+[^\W\d_]+\.?)\s+$"  # "on Sept. 9, 2025", "el 9 de septiembre de 2025", "on 9 September 2025"
)
STATED_REACH = 60  # characters before a year its statement's verb and day may stand
# ... and a year that dates a report: "a 2024 report from the ATF found that 72% ...", "un informe de 2024", "the study
# from 2016"
REPORT_AFTER = re.compile(r"(?i)\s*(?:report|study|survey|analysis|review)\b")
REPORT_BEFORE = re.compile(
    r"(?i)\b(?:(?:informe|reporte|estudio|an[áa]lisis|encuesta)\s+(?:de|del)|(?:report|study|survey)\s+(?:from|of))\s+$"
)
# A dateline: where and when a text was written, at the head of a paragraph ("MEXICO CITY, Dec. 15, 2025 —", "Ciudad
# de México, 18 de diciembre del 2025.-"): the day a count was given, not the day it counts to
DATELINE_BEFORE = re.compile(
    r"(?:^|\n)[^\W\d_][^\W\d][^,\n]{0,30},\s+(?:[0-9]{1,2}\s+de\s+[^\W\d_]+\s+del?|[^\W\d_]+\.?\s+[0-9]{1,2},)\s+$"
)
DATELINE_AFTER = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?(?:\.?\s*[—–]|\.-)")  # (past its agency: "(AP) —")
# ... and a year in a citation set in brackets after the claim, a name and a comma before it: "(study, May 2023)",
# "(Global Peace Index, 2023)"
CITED_BEFORE = re.compile(r"\([^()\d]{2,60},\s*(?:[^\W\d_]+\s+)?$")
CITED_AFTER = re.compile(r"\s*\)")
CITATION_REACH = 70  # characters before a year its citation's opening bracket may stand
STATEMENT_REACH = 20  # characters before a year the words of a statement or report may stand: "dijo en", "informe de"
# A rate over less than a year ("90 seizures a month", "1,600 rounds per day", "cada mes", "todos los días"): the record
# holds totals and yearly flows, never such a rate. (Not a span of time: "a week after a judge dismissed the $10bn
# lawsuit", "more than a month later", "a la semana siguiente".)
SUB_YEAR_RATE = re.compile(
    r"(?i)\b(?:(?<!than )(?:a|per|each|every) (?:month|week|day|hour|minute)|monthly|weekly|daily|everyday|"
    r"(?:al|por|cada) (?:mes|d[ií]a|semana|hora|minuto)|a la semana|mensual(?:es|mente)?|semanal(?:es|mente)?|"
    r"tod[oa]s l[oa]s (?:d[ií]as|semanas|meses)|"
    r"diari(?:o|a|os|as|amente))\b(?!\s+(?:after|before|later|earlier|ago|prior|siguiente|despu[eé]s|antes))"
)
# What is held every day that is not what a figure counts: "la conferencia de prensa matutina que diario ofrece",
# "the daily press briefing".
DAILY_EVENT = re.compile(r"(?i)\b(?:conferencia|mañanera|briefing|press conference|rueda de prensa)\b")
DAILY_EVENT_REACH = 50  # characters before the rate's word


# How many times a year a rate recurs, by the word that names it: "2,000 guns a day" are 730,000 a year. (An hour's or
# a minute's rate is none the record could hold: 0.)
TIMES_A_YEAR = (
    (re.compile(r"(?i)\b(?:day|daily|everyday|d[ií]a|diari)"), 365),
    (re.compile(r"(?i)\b(?:week|semana)"), 52),
    (re.compile(r"(?i)\b(?:month|mes|mensual)"), 12),
)


def sub_year_rate(text: str, start: int, end: int) -> int | None:
    """Whether text[start:end] names a rate over a month, a week or a day (SUB_YEAR_RATE), not of a daily event: how
    many times a year it recurs (TIMES_A_YEAR; 0 for an hour's), or None for no rate."""
    rates = _rates(text, start, end)
    return _times_a_year(rates[0]) if rates else None


def _times_a_year(rate: re.Match[str]) -> int:
    return next((times for word, times in TIMES_A_YEAR if word.search(rate.group())), 0)


OPENING = re.compile(r"\W*(?:[^\W\d_]+\W+){0,3}")  # a sentence's first three words, before any number


def opens_with_rate(text: str, start: int, end: int) -> int | None:
    """Whether a sentence starting at `start` opens with such a rate, in its first words before `end`: "Every day, some
    2,000 weapons" (not "an investigation daily, which led to 410 arrests": a rate of another thing). As
    sub_year_rate: how many times a year it recurs, or None."""
    opening = OPENING.match(text, start, end)
    if opening is None:
        return None
    return next((_times_a_year(m) for m in _rates(text, start, end) if m.start() < opening.end()), None)


def _rates(text: str, start: int, end: int) -> list[re.Match[str]]:
    return [
        m
        for m in SUB_YEAR_RATE.finditer(text, start, end)
        if DAILY_EVENT.search(text, max(0, m.start() - DAILY_EVENT_REACH), m.start()) is None
        and not _newspaper(text, m)
    ]


ARTICLE_BEFORE = re.compile(r"(?i)\b(?:el|un|del|al|este|ese|los|unos)\s+$")
NAME_GOES_ON = re.compile(r"\s+(?:del?\s+)?[A-ZÁÉÍÓÚÑ]")  # "Diario de Yucatán", "Diario Presente"


def _newspaper(text: str, m: re.Match[str]) -> bool:
    """Whether a "diario" names a newspaper, no rate: "según el diario", "Diario de Yucatán" (not "Diario cruzan
    ...", a sentence that opens with the rate)."""
    word = m.group()
    if word.casefold() not in ("diario", "diarios"):
        return False
    named = word.startswith("D") and NAME_GOES_ON.match(text, m.end()) is not None
    return named or ARTICLE_BEFORE.search(text, max(0, m.start() - 8), m.start()) is not None


# A time named after a figure's first word says when, not what it counts: "7,224 en el año fiscal 2022" (but "5.4
# años" from purchase to crime counts years)
TIME_NOUNS = wordset("year years ano anos month months mes meses week weeks semana semanas day days dia dias")
# "200 mil al año", "253,000 a year": a yearly rate names when, not what is counted.
PER_YEAR = re.compile(r"(?i)\s*(?:(?:a|per|each|every|al|por|cada)\s+)(?:year|a[ñn]o)\b")
# ... anywhere in a figure's own words ("20 mil armas cruzan ilegalmente cada año"); not "a year", "al año", which
# are as often a span ("in just over a year", "en todo el año fiscal")
YEARLY = re.compile(
    r"(?i)\b(?:(?:per|each|every|por|cada)\s+(?:year|a[ñn]o)|todos\s+los\s+a[ñn]os|annually|yearly|anualmente"
    # ("the annual volume of 253,000", "un promedio anual de"; not a yearly report or meeting, which dates a text)
    r"|(?<!informe\s)(?<!informes\s)(?<!reporte\s)(?:annual|anual(?:es)?)\b"
    r"(?!\s+(?:reports?|informes?|meetings?|reuni[oó]n|reuniones|summits?|cumbres?|review)\b))\b"
)
# ... or opening a sentence, for its first figure: "Cada año, ingresan ... casi 20 mil armas"
YEARLY_OPENING = re.compile(
    r"(?i)\W*(?:(?:each|every|cada)\s+(?:year|a[ñn]o)|todos\s+los\s+a[ñn]os|annually|anualmente)\b"
)
# ... or right after the number and its noun: "15,000 firearms a year", "unas 15 mil armas al año", "$10 billion a year"
# (not "a year later")
YEARLY_AFTER_NOUN = re.compile(
    # (not "made 3,300 arrests in a year": within one year, no flow)
    r"(?i)\s*(?:[^\W\d_]+\s+){0,2}(?<!\bin\s)(?<!\bwithin\s)(?<!\bover\s)(?:a|per|al|por)\s+(?:year|a[ñn]o)\b"
    r"(?!\s+(?:later|earlier|ago|after|before|prior|despu[eé]s|antes|atr[aá]s|fiscal|calendario))"
)
# ... or before the number in its clause, which ends at a comma, a semicolon or a colon
CLAUSE_BREAK = re.compile(r"[,;:]")


def yearly_before(text: str, start: int, end: int) -> bool:
    """Whether a sentence from `start` says a number at `end` is yearly: opening it, or before it in its clause ("the
    annual volume of guns ... at about 253,000"; not "ingresan armas cada año, más 12 mil 573 armas extraviadas")."""
    if YEARLY_OPENING.match(text, start) is not None:
        return True
    return any(not CLAUSE_BREAK.search(text, m.end(), end) for m in YEARLY.finditer(text, start, end))


# A year that dates when something began, not the day or month of a count: "Operation Northern Border, launched in
# February 2025, had arrested 12,424 people as of 11 March 2026", "la operación, iniciada en febrero de 2025", "desde el
# inicio de la estrategia el 5 de febrero de 2025", "desde su implementación el 5 de febrero de 2025", "launched on Feb.
# 5, 2025"
LAUNCHED_IN = re.compile(
    r"(?i)\b(?:launched|began|started|inaugurated|lanzad[oa]|lanz[óo]|iniciad[oa]|inici[óo]|arranc[óo]|comenz[óo]|"
    r"empez[óo]|puesta\s+en\s+marcha|implementaci[óo]n|inicio(?:\s+del?(?:\s+(?:la|el))?(?:\s+[^\W\d_]+){1,3})?)"
    r"\s+(?:in|on|en|el)\s+(?:[0-9]{1,2}\s+(?:de\s+)?)?(?:[^\W\d_]+\.?\s+(?:[0-9]{1,2},?\s+)?(?:de\s+|del\s+)?)?$"
)


# A number's own day, written right after it without its year: "de 6,863 el 2 de septiembre a 8,480 el 28 de octubre
# de 2025", "from 705 on Feb. 23 to 1,397 on March 16, 2025" (not "may", a verb, nor "mar", the sea, written small)
_DAY_JOINER = r"[\s,]*(?:(?:el|al|on|by|as\s+of)\s+)?"
_DAY_MONTH = r"(?P<day>[0-9]{1,2})\s+(?:de\s+)?(?P<month>[^\W\d_]+)"  # "2 de septiembre", "23 February"
_MONTH_DAY = r"(?P<month>[^\W\d_]+)\.?\s+(?P<day>[0-9]{1,2})"  # "Sept. 2"
OWN_DAY = (
    re.compile(_DAY_JOINER + _DAY_MONTH),
    re.compile(_DAY_JOINER + _MONTH_DAY + r"\b(?![.,]?[0-9])"),
)
DAY_REACH = 20  # characters a day and its month take at most: "19 de septiembre "
SMALL_MONTHS = frozenset({"may", "mar"})  # month names that are common words when written small
# ... or right before the parenthesis it stands in: "more than double the figure reported on Feb. 23 (746 people and
# 705 firearms)"
DAY_BEFORE = (re.compile(r"\b" + _DAY_MONTH + r"\s*$"), re.compile(r"\b" + _MONTH_DAY + r"\s*$"))


def own_day(
    text: str, sentence_start: int, start: int, end: int, years: list[tuple[int, int, bool]]
) -> datetime.date | None:
    """The day written right after a number at text[start:end] (or right before the parenthesis it stands in), its
    year written or not: that of the first of `years` (where each stands, the year, whether it opens a span) after
    the number, or else of the last before it that opens no span. "de 6,863 el 2 de septiembre a 8,480 el 28 de
    octubre de 2025", "the figure reported on Feb. 23 (746 people and 705 firearms)", "6,863 arrests by Sept. 2, 2025,
    and 8,480 by Oct. 28" (not "desde el 1 de octubre de 2024 sumó 20 mil 169 al 30 de noviembre", of 2025)."""
    dated = [year for _at, year, opens in years if not opens]
    year = next((year for at, year, _opens in years if at > end), dated[-1] if dated else None)
    if year is None:
        return None
    found = [p.match(text, end) for p in OWN_DAY]
    opening = text.rfind("(", sentence_start, start)
    if opening >= 0 and ")" not in text[opening:start]:
        found += [p.search(text, max(0, opening - DAY_REACH), opening) for p in DAY_BEFORE]
    for m in filter(None, found):
        month = MONTH_NUMBERS.get(m["month"].lower())
        if month is not None and m["month"] not in SMALL_MONTHS:
            with contextlib.suppress(ValueError):
                return datetime.date(year, month, int(m["day"]))
    return None


# The month a span opens in, and a running count began, not one it stood at: "desde el 5 de febrero de 2025", "since
# Feb. 5, 2025", "a partir de octubre de 2024"
SINCE_MONTH = re.compile(
    r"(?i)\b(?:since|desde|from|a\s+partir\s+del?)\s+(?:(?:el|the)\s+)?(?:[0-9]{1,2}\s+(?:de\s+)?)?(?P<month>[^\W\d_]+)\.?"
    r"\s+(?:[0-9]{1,2},?\s+)?(?:del?\s+|of\s+)?$"
)


def opens_a_span(text: str, start: int) -> bool:
    """Whether the year at text[start:] closes the month a span opens in (SINCE_MONTH), not one a count stood at."""
    since = SINCE_MONTH.search(text, max(0, start - STATED_REACH), start)
    return since is not None and since["month"].lower() in MONTH_NUMBERS


def dates_a_start(text: str, start: int) -> bool:
    """Whether the year at text[start:] dates when something began (LAUNCHED_IN), not a figure's day or month."""
    return LAUNCHED_IN.search(text, max(0, start - STATED_REACH), start) is not None


def dates_a_statement(text: str, start: int, end: int) -> bool:
    """Whether the year at text[start:end] dates a statement, a report or a citation rather than a figure."""
    near = max(0, start - STATEMENT_REACH)
    return bool(
        SAID_IN.search(text, near, start)
        or STATED_ON.search(text, max(0, start - STATED_REACH), start)
        or REPORT_BEFORE.search(text, near, start)
        or REPORT_AFTER.match(text, end)
        or (CITED_BEFORE.search(text, max(0, start - CITATION_REACH), start) and CITED_AFTER.match(text, end))
        or (DATELINE_BEFORE.search(text, max(0, start - STATED_REACH), start) and DATELINE_AFTER.match(text, end))
    )


def years_counted(text: str, start: int, end: int) -> int | None:
    """How many years text[start:end] says a total counts (YEARS_COUNTED); None where it says none, or not how many
    ("in recent years", "en los últimos años")."""
    for m in YEARS_COUNTED.finditer(text, start, end):
        if AND_A_HALF.match(text, m.end()):  # (looked for past `end`: a clause may end before "y medio")
            continue
        word, unit = m.group("count"), m.group("unit")
        per = A_DECADE if DECADE.match(unit) else 1
        if word is None:  # "over the past decade", "in the last year": one
            if unit.casefold().endswith("s"):
                continue
            return per
        count = count_of(word)
        if count and count < 100:  # (not "in 2023 ...": no span of years is so long)
            return count * per
    return None


def months_counted(text: str, start: int, end: int) -> int | None:
    """How many months text[start:end] says a total counts (MONTHS_COUNTED), two or more; None where it says none."""
    for m in MONTHS_COUNTED.finditer(text, start, end):
        count = count_of(m.group("count"))
        if count and 1 < count < A_YEAR_IN_MONTHS * 10:  # (not "in 2025 months": a number no span of months is)
            return count
    return None


def days_counted(text: str, start: int, end: int) -> int | None:
    """How many days text[start:end] says a total counts (DAYS_COUNTED, a week as seven); None where it says none."""
    for m in DAYS_COUNTED.finditer(text, start, end):
        count = count_of(m.group("count"))
        if count and 1 < count < A_YEAR_IN_MONTHS * 31:  # (not "in 2025 days")
            return count * (A_WEEK if m.group("unit").casefold() in ("weeks", "semanas") else 1)
    return None
