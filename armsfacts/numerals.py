"""The numbers in a draft as people write them, in English and Mexican Spanish (its words: sentences.py).

"3,337", "44 million", "600 mil", "1.5 mdd", "70 por ciento", "+40 %", "$100 million", "between 3,000 and 4,000",
with the words that bound them ("more than", "casi", …) as the project's bounds (vocab.Bound); those words, and the
scales and percents after the digits: numeral_words.py. Numbers that name things (years, dates, ordinals, "Article 5",
ages, "200 years") are read with their kind, so that nobody judges them (what is written around them that says so:
numeral_kinds.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from . import numberwords
from .bound_words import QUALIFIERS, TRAILING
from .numeral_kinds import (
    ADDRESS,
    AGE,
    AGE_BEFORE,
    AGE_IN_PARENS,
    CAPACITY_AFTER,
    CAPACITY_BEFORE,
    CITATION,
    CODE_BEFORE,
    CONFIDENCE,
    CONFIDENCE_BEFORE,
    DISCOUNT,
    DURATION,
    LABEL_AFTER,
    LABEL_BEFORE,
    LAW_PAIR_BEFORE,
    MOST_HELD,
    NAME_PAREN,
    NAMED,
    NUMERIC_DATE,
    ORDINAL,
    PHONE,
    SPEED,
    STANDARD_NUMBER,
    URL,
    list_marks,
    month_day_before,
    next_to_month,
)
from .numeral_words import HALF_BEFORE_SCALE, HALF_MORE, WINDOW, percent_after, qualifier_before, scale_after
from .vocab import Bound, NumeralKind

Number = int | float
NOTE_MARKS = 100  # a note's mark is a small number
NOTE_AFTER_STOP = re.compile(r"[^\W\d_]{2}[.!?][\"”’]?[ \t]$")  # a word's end and a stop, then the mark
NOTE_BEFORE_SENTENCE = re.compile(r"[ \t][A-ZÁÉÍÓÚÑ][a-záéíóúñ]")  # ... and the next sentence's first word
OLD_YEAR = 1500  # the earliest year read as one, in a span of years (a bare 1900-2100 is one anyway)
YEAR_SPAN_AFTER = re.compile(r"[-–](?:(?:1[5-9]|20)[0-9]{2}|[0-9]{2})\b")  # "1846-1848", "1846-48"
YEAR_SPAN_BEFORE = re.compile(r"\b(?:1[5-9]|20)[0-9]{2}[-–]$")
MAX_DIGITS = 15  # longer runs of digits are codes, not figures (and would not survive float arithmetic)


DAY_JOINER = re.compile(r"\s*(?:and|y|to|al|a|-|–)\s*", re.IGNORECASE)  # "5 and 6", "25 y 29", "5-6"
# "19, 20 y 21", "entre el 25 y el 29 de agosto"
DAY_LIST = re.compile(r"\s*(?:,|(?:,\s*)?(?:and|y|to|al|a|-|–)(?:\s+(?:el|the)(?=\s))?)\s*", re.IGNORECASE)
CORE = re.compile(
    # "12,5 toneladas", "58,88 %" (a decimal comma); "6.577.148" (points grouping thousands, twice or more);
    # a number after a comma glued to a word, its space lost: "507 armas cortas,7 mil 490 largas"
    r"(?:(?<![\w.,])|(?<=[^\W\d_],))(?P<digits>[0-9]+,[0-9]{1,2}(?=\s*(?:%|[^\W\d_]))"
    r"|[0-9]{1,3}(?:\.[0-9]{3}){2,}(?![.,]?[0-9])"
    r"|[0-9]{1,3}(?:['’][0-9]{3})?(?:[,\u00a0\u202f\u2009][0-9]{3})+(?:\.[0-9]+)?"  # "1'706,860": millions set off
    r"|[0-9]{1,3}(?: [0-9]{3})+(?!-)"  # "4 380 000": groups set apart by spaces, as some papers print them
    r"|[0-9]+(?:\.[0-9]+)?)(?![0-9])"
)
# "3 mil 337", "22 mil 753.32 kg" (a decimal point after the units), "cuatro mil 680 millones"; not "2 mil 317,999"
AFTER_MIL = re.compile(
    r"\s+(?:(?P<garbled>[0-9]{1,3}(?:[,.][0-9]{3})+(?![0-9]))|(?P<units>[0-9]{1,3})(?P<fraction>\.[0-9]{1,3})?"
    r"(?![0-9.,]?[0-9]|\s+mil\b)(?P<millions>\s+mill(?:ones|ón)\b)?)"
)
SPANISH_TAIL = re.compile(
    r"\s+(?P<thousands>[0-9]{1,3})\s+mil\b(?:\s+(?P<units>[0-9]{1,3})(?![0-9.,]?[0-9]))?"
    r"|\s+(?P<hundreds>[0-9]{3})(?![0-9.,]?[0-9])"
    r"|\s+(?P<grouped>[0-9]{1,3}[,.][0-9]{3})(?![0-9.,]?[0-9])"  # "2 millones 12,573", "dos millones 354.170"
)


@dataclass(frozen=True)
class Numeral:
    """A number in a draft, as written, and what it says."""

    start: int  # offsets in the text of what was written, qualifier included
    end: int
    value: Number  # the figure, the bound, or a range's low end (as in models.Figure)
    bound: Bound
    kind: NumeralKind
    low: Number | None = None
    high: Number | None = None
    percent: bool = False
    sign: int = 0  # +1 or -1 when written with a sign ("+40 %")
    currency: bool = False  # "$100 million", "100 mdd"
    year_like: bool = False  # a bare 1900-2100: read as a year unless its own words say it counts something
    digits_start: int = 0  # where the number itself starts, after any qualifier
    spelled: bool = False  # written in words: "nine", "setenta por ciento"
    vague: bool = False  # a vague quantity ("thousands", "cientos de miles"): a range read into a word
    proportion: bool = False  # a share written as a part of a whole ("ocho de cada diez"): never a change

    @property
    def rounding(self) -> float:
        """How far the written figure may sit from the truth by rounding alone: 3,300 is 3,250-3,350. Trailing zeros
        are read as rounding to at most two significant digits (3,000 is not 2,500-3,500); with none, it is exact."""
        if self.bound == "range" or not float(self.value).is_integer() or self.value == 0:
            return 0.0
        digits = str(abs(int(self.value)))
        zeros = len(digits) - len(digits.rstrip("0"))
        return 10 ** min(zeros, max(len(digits) - 2, 0)) / 2 if zeros else 0.0


def numbers(text: str, lang: str = "en") -> list[Numeral]:
    """Every number in the text, in order, with its kind; vague words ("hundreds") included."""
    lang = lang if lang in QUALIFIERS else "en"
    dates = [m.span() for m in NUMERIC_DATE.finditer(text)]
    # a web or a street address, a phone, a law report's page or a vote: nothing
    skipped = dates + [m.span() for p in (URL, PHONE, CITATION, ADDRESS) for m in p.finditer(text)]
    skipped += list_marks(text)
    found = [n for m in CORE.finditer(text) if (n := _numeral(text, m, lang, skipped)) is not None]
    vague = numberwords.vague(text, lang)
    for w in numberwords.find(text, lang, [(a, b) for a, b, _low, _high in vague]):
        n = _read(text, w.start, w.end, w.value, text[w.start : w.end], lang, spelled=True)
        if w.share:  # "about a third of": a share as loose as "hundreds", tied to a figure by its sentence only
            bound: Bound = "approximate" if n.bound == "exact" else n.bound
            n = replace(n, percent=True, proportion=True, vague=True, bound=bound)
        if n.kind == "figure":  # check.py keeps "nine" only before a noun it counts ("nine task forces")
            found.append(n)
    found.sort(key=lambda n: (n.start, -n.end))
    # Drop a number inside an earlier one ("28" of "28 millones"): sorted by start, one pass finds each.
    kept, reach = [], -1
    for n in found:
        if n.end > reach:
            kept.append(n)
        reach = max(reach, n.end)
    found = _proportions(text, _ranges(text, _days(text, kept)))
    taken = [(n.start, n.end) for n in found]
    for start, end, low, high in vague:  # (the longest first: "hundreds of thousands", not "hundreds")
        if not any(a < end and start < b for a, b in taken):
            found.append(Numeral(start, end, low, "range", "figure", low, high, digits_start=start, vague=True))
            taken.append((start, end))
    found.extend(Numeral(a, b, 0, "exact", "date", digits_start=a) for a, b in dates)
    return sorted(found, key=lambda n: n.start)


def _numeral(text: str, m: re.Match[str], lang: str, skipped: list[tuple[int, int]]) -> Numeral | None:
    start, end = m.span()
    if any(a <= start < b for a, b in skipped):
        return None
    raw = m.group("digits")
    # (a number opens with no 0 before a group: "0,248" and "0.248 kg" are fractions)
    decimal_comma = re.fullmatch(r"[0-9]+,[0-9]{1,2}|0,[0-9]+", raw) is not None
    digits = raw.replace(",", ".") if decimal_comma else re.sub("[, \u00a0\u202f\u2009'’]", "", raw)
    # "3.337" and "8.500", as papers in Spain (Europa Press) group thousands; twice grouped in any language
    if re.fullmatch(r"[1-9][0-9]{0,2}(?:\.[0-9]{3})+", raw) and (lang == "es" or raw.count(".") > 1):
        digits = raw.replace(".", "")
    if len(digits.split(".")[0]) > MAX_DIGITS:
        return None
    value: Number = float(digits) if "." in digits else int(digits)
    return _read(text, start, end, value, raw, lang)


def _in_span_of_years(before: str, after: str) -> bool:
    """Whether a number of four digits is an end of a span of years: "1846-1848"."""
    return YEAR_SPAN_AFTER.match(after) is not None or YEAR_SPAN_BEFORE.search(before) is not None


def _read(text: str, start: int, end: int, value: Number, raw: str, lang: str, spelled: bool = False) -> Numeral:
    """A number found at text[start:end], read with what is written around it; `spelled` when in words."""
    before, after = text[max(0, start - WINDOW) : start], text[end : end + WINDOW]
    line_start = text.rfind("\n", 0, start) + 1
    kind: NumeralKind = "figure"
    if ORDINAL.match(after):
        kind = "ordinal"
    elif not spelled and re.match(r"[^\W\d_]", after) and not re.match(r"(?:k|m|mn|b|bn)\b", after, re.IGNORECASE):
        # glued to letters: "9mm", "3D"; but a grouped figure glued to a word lost its space: "99,691requests"
        kind = "figure" if re.search(r"[0-9][,.][0-9]{3}$", raw) and re.match(r"[^\W\d_]{3}", after) else "label"
    elif (
        LABEL_BEFORE.search(before)
        or LABEL_AFTER.match(after)
        or CODE_BEFORE.search(before)
        or STANDARD_NUMBER.search(before)
        or LAW_PAIR_BEFORE.search(before)
    ):
        kind = "label"  # "Article 5", "18 U.S.C. 922", "AR-15", "GAO-21-322"
    elif (re.search(r"[0-9]-$", before) and re.match(r"-[0-9]", after)) or re.search(r"[0-9]-[0-9]+-$", before):
        kind = "label"  # a phone or case number: "1-800-555-0199"
    elif before.endswith("[") and after.startswith("]"):
        kind = "label"  # a note's mark: "[6]"
    elif not spelled and value < NOTE_MARKS and NOTE_AFTER_STOP.search(before) and NOTE_BEFORE_SENTENCE.match(after):
        kind = "label"  # ... or one after a sentence's stop, as a PDF's text runs it in: "... crimes. 1 From 2008"
    elif (raw == "24" and re.match(r"/7\b", after)) or (raw == "7" and re.search(r"\b24/$", before)):
        kind = "label"  # "open 24/7": always, no count
    elif re.search(r"[.!?]\+$", before) and re.match(r"[ \t]*(?:\n|$)", after):
        kind = "label"  # a page's "+1" button, glued to the sentence before it: "... de Arizona.+1"
    elif not spelled and (re.match(r"0[0-9]", raw) or (len(raw) == 2 and YEAR_SPAN_BEFORE.search(before))):
        kind = "label"  # a month, a code, a span's end, a count's broken tail: "2021-08", "2013-18", "1. 091"
    elif re.match(r"(?:[.,][0-9]+)?\s*[x×]\s*[0-9]", after) or re.search(r"[0-9]\s*[x×]\s*$", before):
        kind = "label"  # a cartridge's calibre or a size: "7,62 x 39", "5.56x45"
    elif re.match(r"-[0-9]+-[0-9]", after):
        kind = "label"
    elif (
        AGE.match(after)
        or AGE_BEFORE.search(before)
        or (re.match(r"[,;]|\s+at the time\b", after) and value < 120 and NAMED.search(before))
        or (
            after.startswith(")")
            and value < 120
            and NAME_PAREN.search(before)
            and AGE_IN_PARENS.search(text, line_start, start)
        )
    ):
        kind = "age"
    elif CONFIDENCE.match(after) or CONFIDENCE_BEFORE.search(before):
        kind = "confidence"
    elif DISCOUNT.match(after):
        kind = "label"  # a shop's sale: "30% to 60% off"
    elif value <= MOST_HELD and CAPACITY_BEFORE.search(before) and CAPACITY_AFTER.match(after):
        kind = "label"  # a magazine's make: "designed to hold 30 rounds"
    elif DURATION.match(after) and float(value).is_integer():  # (not "5.4 años" from purchase to crime: a mean)
        kind = "duration"
    elif SPEED.match(after):
        kind = "speed"
    elif next_to_month(before, after) and _day_or_year(text, end, value, raw, lang, spelled):
        kind = "date"
    elif (not text[line_start:start].strip() and re.match(r"[.)]\s|-\s?(?=[^\W\d_])", after)) or (
        (re.match(r"\)\s", after) and re.search(r"(?:^|[;:,]\s*)$", before) and value < 100 and not spelled)
        and before.rfind("(") <= before.rfind(")")
    ):  # (not in parentheses: "(cifra récord, 593)", "(SEDENA, 2023)")
        kind = "ordinal"  # a numbered list item: "1. ", "2-Gun traffickers ...", "3- Drug ...", "; 2) de Utah"
    year_like = isinstance(value, int) and re.fullmatch("[0-9]{4}", raw) is not None
    # (an older year only in a span of years: "the 1846-1848 war"; "1846 armas" is still a count)
    year_like = year_like and (1900 <= value <= 2100 or (value >= OLD_YEAR and _in_span_of_years(before, after)))
    if year_like and kind == "figure" and month_day_before(before):
        kind = "date"  # the year of "January 20, 2025"; "March 3, 1,200 guns" keeps its count (no year)
    if kind != "figure":  # a year, a date, a label: its own span, nothing around it
        return Numeral(start, end, value, "exact", kind, year_like=year_like, digits_start=start)
    # What follows: a half before a scale word ("two and a half million"), the scale word, a percent, "or more".
    half_before = HALF_BEFORE_SCALE.match(text, end)
    if half_before:
        value, end = value + 0.5, half_before.end()
    end, scale, dollars = scale_after(text, end, lang)
    if scale == 1000 and year_like and not spelled:
        # a year before "mil 125": "al 2 de julio de 2021 mil 125 armas" is 2021, then 1,125 (no 2,021,125)
        return Numeral(start, start + len(raw), value, "exact", kind, year_like=True, digits_start=start)
    value = value * scale
    # "1 millón y medio", "two million and a half": half the scale more.
    half = HALF_MORE.match(text, end) if scale >= 1000 else None
    if half:
        value, end = value + scale // 2, half.end()
    # Mexican papers write "3 mil 337", "seis mil 92" and "cuatro mil 680 millones" for 3,337, 6,092 and 4,680 million
    # (and their translations "3 thousand 337", always with three digits after "thousand")
    rest = AFTER_MIL.match(text, end) if scale == 1000 else None
    if rest and rest.group("garbled"):  # "mil" for "millones", or two numbers run together: no figure to judge
        return Numeral(start, rest.end(), value, "exact", "label", digits_start=start)
    if (
        rest
        and (lang == "es" or len(rest.group("units")) == 3)
        and not (rest.group("fraction") and rest.group("millions"))
    ):
        units = (
            float(rest.group("units") + rest.group("fraction")) if rest.group("fraction") else int(rest.group("units"))
        )
        value, end = (value + units) * (10**6 if rest.group("millions") else 1), rest.end()
    # ... and "28 millones 274 mil 950", "un millón 679 mil 884": the thousands and units after the millions.
    spanish = lang == "es" or re.search(r"(?i)mill(?:[oó]n|ones)", text[start:end]) is not None
    tail = SPANISH_TAIL.match(text, end) if scale >= 10**6 and spanish else None
    if tail:
        below = tail.group("units") or tail.group("hundreds") or re.sub("[,.]", "", tail.group("grouped") or "0")
        value += int(tail.group("thousands") or 0) * 1000 + int(below)
        end = tail.end()
    percent_end = percent_after(text, end, lang)
    end = percent_end or end
    if isinstance(value, float) and value.is_integer() and percent_end is None:
        value = int(value)
    # What comes before: a sign, a currency, the words that bound it.
    begin, sign = start, 0
    signed = re.search(r"(?:^|(?<=[\s(]))([+\-−])\s?$", before)
    dash = signed.group() if signed and signed.group(1) == "-" else ""
    if dash and (dash.endswith(" ") or not text[line_start : start - len(dash)].strip() or text.startswith("-", end)):
        signed = None  # "- 10,592 armas", "-2011: 20,335" (list items), "US - 70 percent", "-70 por ciento-": no sign
    if signed:
        sign, begin = (1 if signed.group(1) == "+" else -1), start - len(signed.group())
    money = re.search(r"(?:(?:US|MX|USD\s?)?\$|\bUSD)\s?$", text[max(0, begin - 8) : begin])  # "USD 100 millones"
    if money:
        begin -= len(money.group())
    begin, bound = qualifier_before(text, begin, lang)
    for phrase, trailing in TRAILING[lang]:
        tail = re.match(rf"[\s-]*{re.escape(phrase)}(?!\w)", text[end : end + WINDOW], re.IGNORECASE)
        if tail and bound == "exact":
            bound, end = trailing, end + tail.end()
    percent = percent_end is not None
    if year_like and scale == 1 and not percent and not money and bound == "exact" and sign == 0:
        return Numeral(start, start + len(raw), value, "exact", "year", year_like=True, digits_start=start)
    # "over 2015" is a year as often as "over 2000 guns" is a count: check.py tells them apart by the next word
    year_like = year_like and scale == 1 and not percent and not money and sign == 0
    value = -value if sign < 0 else value
    currency = bool(money) or dollars
    return Numeral(
        begin,
        end,
        value,
        bound,
        "figure",
        percent=percent,
        sign=sign,
        currency=currency,
        digits_start=start,
        spelled=spelled,
        year_like=year_like,
    )


def _day_or_year(text: str, end: int, value: Number, raw: str, lang: str, spelled: bool) -> bool:
    """Whether a number next to a month can be its day or year: 5, "nueve", 2025; "In May 12,000 firearms" and
    "el 5 de febrero, 4 mil 364 personas" are counts."""
    written = spelled or re.fullmatch(r"[0-9]{1,2}|[0-9]{4}", raw) is not None
    return written and (value <= 31 or 1900 <= value <= 2100) and scale_after(text, end, lang)[1] == 1


def _days(text: str, found: list[Numeral]) -> list[Numeral]:
    """'June 5 and 6', 'los días 19, 20 y 21 de mayo': a number joined to a day, or listed before one, is a day."""
    days = list(found)
    for i in [*range(len(days) - 1), *reversed(range(len(days) - 1))]:  # on from a date, then back along a list
        a, b = days[i], days[i + 1]
        if a.kind == "date" and _day_like(b) and DAY_JOINER.fullmatch(text, a.end, b.start):
            days[i + 1] = replace(b, kind="date")
        elif b.kind == "date" and _day_like(a) and DAY_LIST.fullmatch(text, a.end, b.start):
            days[i] = replace(a, kind="date")
    return days


def _day_like(n: Numeral) -> bool:
    """A whole number from 1 to 31, written plainly: it may be a day of the month."""
    return n.kind == "figure" and n.bound == "exact" and not n.percent and n.value in range(1, 32)


# "between 70 and 90", "del 70 al 90"; no opener before a dash, "to", "or" ("77 o 78%") or a percent's "a" (70 a 90%)
DASH = re.compile(r"\s*(?:[-–—−]|to|or|o)\s*\$?", re.IGNORECASE)
PERCENT_DASH = re.compile(r"\s*(?:[-–—−/]|to|or|o)\s*\$?|\s+a\s+", re.IGNORECASE)  # "70/90%" too
# ... and no range after a verb of change, whose "from" and "to" give two values: "pasó de 8 mil 152 a 62 mil 414"
CHANGED = r"(?:pas(?:[óo]|aron|ando)|went|rose|grew|jumped|fell|dropped|(?:subi|aument|creci|baj|cay)[óo])"
RANGE_OPENER = re.compile(rf"(?<!\w)(?P<verb>{CHANGED}\s+)?(?:between|from|entre|de|del)\s+(?:(?:the|el)\s+)?$", re.I)
RANGE_JOINER = re.compile(r"\s*(?:and|y|to|a|al)\s+(?:(?:the|el)\s+)?\$?", re.IGNORECASE)


def _ranges(text: str, found: list[Numeral]) -> list[Numeral]:
    """'between 3,000 and 4,000', '3,000–4,000', 'de 3 a 4 mil', 'alrededor de 500 y 600': one range."""
    merged: list[Numeral] = []
    for n in found:
        previous = merged[-1] if merged else None
        if previous is not None and previous.kind == n.kind == "figure" and previous.bound in ("exact", "approximate"):
            gap = text[previous.end : n.digits_start]
            at = previous.digits_start if previous.bound == "approximate" else previous.start  # "cerca de 5 y 6"
            opener = RANGE_OPENER.search(text[max(0, at - 30) : at])
            two = opener is not None and opener["verb"] is not None  # "rose from 3,000 to 4,000": two values
            dash = not two and (PERCENT_DASH if n.percent else DASH).fullmatch(gap) and n.bound == "exact"
            joined = not two and opener and RANGE_JOINER.fullmatch(gap) and n.bound == "exact"
            low, high = previous.value, abs(n.value) if n.sign < 0 and not joined else n.value
            if (dash or joined) and (previous.percent == n.percent or not previous.percent) and 0 <= low < high:
                if low < 1000 <= high and low < high / _magnitude(high):  # "3 to 4 million": one scale for both
                    low = low * _magnitude(high)
                while low >= 1000 and low * 1000 <= high:  # "de 7 mil 100 a 8 mil 500 millones": both millions
                    low *= 1000
                begin = previous.start - len(opener.group()) if opener and at == previous.start else previous.start
                merged[-1] = replace(
                    n, start=begin, value=low, bound="range", low=low, high=high, sign=0, digits_start=previous.start
                )
                continue
        merged.append(n)
    return merged


PER_WORDS = r"out\s+of(?:\s+every)?|of\s+every|in\s+every|in|de\s+cada|por\s+cada"
PER = re.compile(rf"\s+(?:{PER_WORDS})\s+", re.IGNORECASE)
PER_WHOLE = 100  # "seven out of ten", "uno de cada cuatro": a share of a whole this small or smaller
PER_OR_OF = re.compile(rf"\s+(?:{PER_WORDS}|of)\s+", re.IGNORECASE)  # "seven of 10" of a whole of OF_WHOLES
OF_WHOLES = range(3, 11)  # (not "1 of 2", which numbers a page's photos)


def _proportions(text: str, found: list[Numeral]) -> list[Numeral]:
    """'seven out of ten', '7 de cada 10', 'one in four', 'seven of 10': a share, about as exact as its whole is
    small. A word before the part bounds the share: "nearly seven out of ten" is nearly 70 %."""
    merged: list[Numeral] = []
    for n in found:
        part = merged[-1] if merged else None
        if (
            part is not None
            and part.kind == n.kind == "figure"
            and part.bound != "range"
            and n.bound == "exact"
            and not (part.percent or n.percent or n.year_like)
            and 0 < part.value < n.value <= PER_WHOLE
            and (PER_OR_OF if n.value in OF_WHOLES else PER).fullmatch(text, part.end, n.digits_start)
        ):
            share = round(100 * part.value / n.value, 1)
            bound: Bound = "approximate" if part.bound == "exact" else part.bound  # "nearly seven out of ten"
            merged[-1] = replace(
                part,
                end=n.end,
                value=int(share) if share.is_integer() else share,
                bound=bound,
                percent=True,
                proportion=True,
            )
            continue
        merged.append(n)
    return merged


def _magnitude(value: Number) -> int:
    magnitude = 1
    while magnitude * 1000 <= abs(value):
        magnitude *= 1000
    return magnitude
