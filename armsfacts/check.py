"""`armsfacts check`: which recorded figure each number of a draft is about, and what the record says of it.

This module walks a text sentence by sentence: `candidates.py` says which recorded figures each
number may be about, `verdicts.py` judges it against them. An initiative named earlier in the
paragraph, or in the heading above it, is the topic of the sentences that name none.

Verdicts, comparing bounds as intervals:
- supported: the record implies the claim. "More than 1,400" holds when the record says more
  than 1,436. A figure written round is read at its precision (3,300 is 3,250-3,350; 44 million
  is 43.5-44.5 million; "12 mil" or "12,000" may be cut: 11,500-12,999), "about" as
  within 10 % (2 % written to four digits: "some 1,319") and
  "nearly" as up to 5 % below; a record's "nearly 44 million" is taken at 44 million for support.
- contradicted: no value the record allows fits the claim ("more than 5,000" against exactly
  3,337), or the claim gives a recorded figure to a period or initiative it is not about.
  Only a figure the context ties to one record (its initiative, period or agency is named, or
  it misses a recorded figure by a slip of the pen) is called contradicted.
- disputed: the sources disagree and the claim fits one side and not the other.
- unverified: the record cannot decide, or has nothing about it.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import replace

from pydantic import BaseModel, Field

from . import numerals, sentences
from .candidates import Matcher
from .claim_context import SentenceNames, read_context, sentence_names
from .context import Context, Earlier
from .i18n import _
from .judge import Judge, cut_at
from .matches import Match
from .measures import MONEY
from .models import Dataset
from .numberwords import MONTHS
from .numerals import Numeral
from .output.words import date
from .places import PLACES
from .query import fold
from .sentences import Lines, Sentence
from .ties import writes_both_ends
from .uncounted import FINE_AFTER, FINE_BEFORE, RATIO
from .values import Number
from .verdicts import verdict_of
from .vocab import Bound, NearMiss, Verdict
from .wording import (
    AND,
    COMPARISON,
    CONTRAST_WORDS,
    ELSEWHERE_OPENING,
    OPERATION_BACK,
    TEMPORAL,
    UNTIL,
    around,
    dated_months,
    days_named,
    months_named,
    stem,
    words,
    years_named,
)


class Claim(BaseModel, defer_build=True):
    """A figure in a text, and what the record says of it (`armsfacts check`)."""

    line: int = Field(description="The line the figure is written on, counted from 1.")
    column: int = Field(description="The column it starts at, counted from 1, in characters.")
    text: str = Field(description="The figure as written, with the words that bound it: 'more than 1,400'.")
    value: Number = Field(description="The number it says: the figure, its bound, or a range's low end.")
    bound: Bound
    low: Number | None = None
    high: Number | None = None
    percent: bool = Field(description="Whether it is written as a percentage.")
    context: str = Field(description="The words around it in its sentence.")
    verdict: Verdict = Field(description="supported, contradicted, disputed or unverified.")
    facts: list[str] = Field(description="Ids of the recorded figures it was judged against.")
    agrees_with: list[str] = Field(
        description="Ids of the sources whose figure it matches; for a disputed figure, the side it takes."
    )
    near_miss: NearMiss | None = Field(
        description="How a contradicted figure may have gone wrong: transposition, wrong_digit, dropped_digit, …"
    )
    note: str = Field(description="Why, in the language in use: what the record says, and where.")


HYPHENS = str.maketrans("\u2010\u2011", "--")  # a hyphen and a non-breaking one (U+2011), as pages set "three-quarters"
# A terminal's control sequence in a pasted draft (colour, a link): no text, and its digits ("\x1b[0m") no figure
TERMINAL_CODE = re.compile(r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]")
CODE_GOES_ON = re.compile(r"-[^\W_]")  # a phone number or a code in letters and digits goes on after a hyphen
# Where a clause of its own begins: a semicolon, or a contrast ("while Operation Northern Border goes on"); one that
# opens the sentence ends at its first comma ("Mientras la Operación Sin Rastro avanzaba, 70.5% ...")
CONTRAST = rf"\b(?:{CONTRAST_WORDS}|a la par de)\b"
CLAUSE_BREAK = re.compile(r"(?i);|" + CONTRAST)
CLAUSE_LEAD = re.compile(r"(?i)\s*" + CONTRAST)
OPENING_PARAGRAPHS = 3  # a headline, a dateline, a lead: where a text names the one operation it is about
SHORT_PARAGRAPH = 5  # words a byline or a caption has at most ("By Steve Neavling"): no opening paragraph of its own
WORDS_BEFORE = 30  # how far before a number the words that make it a fine are looked for
PERCENT = stem("percent")  # what a percent sign reads as (sentences.SIGN_WORDS): a share's own unit
SPELLED_CLAIM = 1000  # below this, a number in words is a claim only before a unit the record counts in


class Checker:
    """Judges the numbers of texts against one dataset."""

    def __init__(self, ds: Dataset) -> None:
        self.ds = ds
        self.matcher = Matcher(ds)

    def check(self, text: str, lang: str | None = None, written: datetime.date | None = None) -> list[Claim]:
        """The claims of a text; one `written` on a day is judged only against figures known by then."""
        text = text.translate(HYPHENS)  # one character for one: lines and columns stay the text's
        text = TERMINAL_CODE.sub(lambda m: " " * len(m.group()), text)  # (blanked, for the same reason)
        lang = lang or sentences.detect_language(text)
        found = numerals.numbers(text, lang)
        lines = Lines(text)
        claims: list[Claim] = []
        # A text that names one operation only, in its opening paragraphs, is about it from its first line: a
        # dateline or lead may come before the name (not one that names it first further on, after figures of
        # its own: a national report that turns to Operation Northern Border in its sixth paragraph).
        folded_text = fold(text)
        everywhere_named = self.matcher.initiatives_in(text, folded_text)
        opening = text[: _opening_end(text)]
        only = everywhere_named if len(everywhere_named) == 1 else frozenset()
        # (an operation: a text that names a system, a law or a dialogue is not about it from its first line: "more
        # than 70 %" of guns from the U.S., and Mexico to adopt eTrace two paragraphs on, is no share of traces)
        only = only if all(self.ds.initiative_by_id[i].kind == "operation" for i in only) else frozenset()
        only = only if self.matcher.initiatives_in(opening, fold(opening)) == only else frozenset()
        # ... and one that names an operation the record holds nothing of, and none it does, by the end of the
        # sentence of its first figure, is about that one (not one that names it later in passing: "whether the
        # traced guns are from Operation Fast and Furious")
        split = sentences.sentences(text)
        first = next((n.start for n in found if n.kind == "figure"), len(text))
        lead = text[: min((s.end for s in split if s.end > first), default=len(text))]
        another = not everywhere_named and self.matcher.names_another_operation(lead, fold(lead))
        topic = only
        heading_topic: frozenset[str] = frozenset()
        paragraph = 0
        position = 0
        carried = False  # the topic was named in an earlier paragraph only, and may no longer be the subject
        months: frozenset[tuple[int, int]] = frozenset()
        days: frozenset[datetime.date] = frozenset()
        agencies: frozenset[str] = frozenset()
        people: frozenset[str] = frozenset()
        years: tuple[tuple[int, int], ...] = ()
        places_named: frozenset[str] = frozenset()  # (every place so far: a case's city is named once, in its lead)
        accused = self.matcher.accused_in(fold(text))  # (a case's accused, named anywhere: its figures' tie)
        shares_before: dict[str, float] = {}  # the words of the sentence before, where it gives a share
        counts_before: dict[str, float] = {}  # ... and where it gives a count
        for sentence in split:
            if sentence.paragraph != paragraph:  # a heading's operation is its section's topic; else the last named
                paragraph, topic = sentence.paragraph, heading_topic or topic
                shares_before = counts_before = {}  # (a list is one paragraph's)
                carried = bool(topic) and not heading_topic and topic != only
            if ELSEWHERE_OPENING.match(text, sentence.start):
                topic, carried = frozenset(), False  # "Separately, ...": the operation before is no longer the subject
            while position < len(found) and found[position].start < sentence.start:
                position += 1
            inside = []
            while position < len(found) and found[position].start < sentence.end:
                inside.append(found[position])
                position += 1
            inside = [self._promote(text, sentence, n) for n in inside]
            # a page's date line, "2026-02-10", names the month of what follows it, in its own sentence too
            months = dated_months(text, [n for n in inside if n.kind == "date"]) or months
            # (not a count of places, which the record does not count: "22 of the 32 states"; nor does one end another
            # figure's words: "about 60 percent ... sold in ten U.S. counties")
            figures = [n for n in inside if n.kind == "figure" and not self._counts_places(text, sentence, n)]
            if figures:
                names = sentence_names(self.matcher, text, sentence)
                named, said, speakers = names.initiatives, names.agencies, names.people
                # "In all, the operation included 1,436 investigations": it points back at the topic, however far
                points_back = carried and OPERATION_BACK.search(text, sentence.start, sentence.end) is not None
                judged: list[tuple[Numeral, Context, Claim]] = []
                for i, n in enumerate(figures):
                    earlier = Earlier(
                        topic,
                        carried and not points_back,
                        months,
                        agencies,
                        years,
                        people,
                        another,
                        places_named,
                        days,
                        accused,
                    )
                    own = self._clause_names(text, sentence, n, names)
                    context = read_context(self.matcher, text, sentence, inside, figures, i, own, earlier, lang)
                    claim = self._judge(text, sentence, n, context, lines, written)
                    before = shares_before if n.percent else counts_before
                    if before and (claim is None or self._unsaid(claim, context)):
                        # a share naming nothing it counts goes on the list of shares before it, with its words and
                        # none of its places: "Texas accounts for 43% of all weapons seized. A further 22% are from
                        # Arizona" (borne out so; else as its own sentence reads); a count so only where borne out:
                        # "la Defensa aseguró 12 mil 528 armas ... En otros años se registró: - 9 mil 394 en 2023"
                        listed = replace(context, weights={**before, **context.weights})
                        listing = self._judge(text, sentence, n, listed, lines, written)
                        if (claim is None and n.percent) or (listing and listing.verdict in ("supported", "disputed")):
                            claim, context = listing, listed
                    if claim is not None:
                        judged.append((n, context, claim))
                claims += [self._together(text, sentence, judged, j, lines, written) for j in range(len(judged))]
            else:
                raw = text[sentence.start : sentence.end]
                folded = fold(raw)
                named, said = self.matcher.initiatives_in(raw, folded), self.matcher.agencies_in(raw, folded)
                speakers = self.matcher.people_in(folded)
            places = self.matcher.scope_names  # (a share's place is its own: the list goes on with another)
            opens_list = bool(figures) and not sentence.heading  # (a heading's words head no list)
            listed_words = {k: w for k, w in names.weights.items() if k not in places} if opens_list else {}
            shares_before = listed_words if any(n.percent for n in figures) else {}
            counts_before = listed_words if any(not n.percent for n in figures) else {}
            # "results as of 25 August ... During this period, 5,189 firearms": the last months named hold on,
            # as do the last agencies and years named, for a sentence that points back at them
            year_numbers = [n for n in inside if n.year_like]
            if named_months := months_named(text, year_numbers):
                months, days = named_months, days_named(text, year_numbers)
            years = tuple(span for _at, span in years_named(text, year_numbers)) or years
            agencies = said or agencies
            people = speakers or people
            places_named |= self.matcher.places_in(text[sentence.start : sentence.end])
            if named:
                if sentence.heading:
                    heading_topic = named
                topic, carried = named, False
        return claims

    def _together(
        self,
        text: str,
        sentence: Sentence,
        judged: list[tuple[Numeral, Context, Claim]],
        i: int,
        lines: Lines,
        written: datetime.date | None,
    ) -> Claim:
        """A claim left unverified, judged again knowing the sources that bear out its sentence's other figures."""
        n, context, claim = judged[i]
        if claim.verdict != "unverified":
            return claim
        together = frozenset(
            (source, self.ds.fact_by_id[fact].metric, fact)
            for j, (m, _c, other) in enumerate(judged)
            # (not across a comparison: its other term is another source's figure, "compare with the 24,000")
            if j != i and COMPARISON.search(text, min(m.end, n.end), max(m.start, n.start)) is None
            for fact in other.facts[:1]
            for source in other.agrees_with
            if self._pins(m, other, fact, source)
        )
        if not together:
            return claim
        again = self._judge(text, sentence, n, replace(context, together=together), lines, written)
        return again if again is not None else claim

    def _pins(self, n: Numeral, claim: Claim, fact: str, source: str) -> bool:
        """Whether a claim borne out by a source's figure is that source's: written as a figure, both its ends close
        ("casi 3 mil", "entre el 77 y 78 por ciento"), or as the very bound the source prints ("más de 2.3 millones"
        of Fox News's "more than 2.3 million"). A bound it merely meets pins no source: "más de 1.2 millones" is met
        by every later point of Operation Northern Border's count."""
        if claim.bound in ("exact", "approximate") or writes_both_ends(n):
            return True
        printed = self.ds.fact_by_id[fact].printed_by(source)
        return printed.bound == claim.bound and float(printed.value) == float(claim.value)

    def _clause_names(self, text: str, sentence: Sentence, n: Numeral, names: SentenceNames) -> SentenceNames:
        """What a sentence names, with the operations only of the number's clause (CLAUSE_BREAK): in "En 2024, México
        envió 25,884 armas a rastreo; la Operación Frontera Norte sigue", the operation is not the count's. In a
        comparison, the agencies and people only of its term: "ATF's 4,359 ... compare with the 24,000 Mexico seized"
        (not its operation: "Last Mile arrests numbered 3337 versus 3000 planned" are both the operation's)."""
        clause = self._clause(text, sentence, n, CLAUSE_BREAK, lead=True)
        if clause is not None:
            raw = text[clause.start : clause.end]
            names = replace(names, initiatives=self.matcher.initiatives_in(raw, fold(raw)))
        term = self._clause(text, sentence, n, COMPARISON)
        if term is None:
            return names
        raw = text[term.start : term.end]
        folded = fold(raw)
        return replace(names, agencies=self.matcher.agencies_in(raw, folded), people=self.matcher.people_in(folded))

    @staticmethod
    def _clause(
        text: str, sentence: Sentence, n: Numeral, breaks: re.Pattern[str], lead: bool = False
    ) -> Sentence | None:
        """The part of a sentence between the breaks around a number (with `lead`, a contrast that opens the sentence
        ends at its comma: "Mientras ..., 70.5%"), or None where no break stands around it."""
        before = [m.end() for m in breaks.finditer(text, sentence.start, n.start)]
        opening = CLAUSE_LEAD.match(text, sentence.start) if lead else None
        comma = text.find(",", opening.end(), n.start) if opening else -1
        before += [comma + 1] if comma >= 0 else []
        after = next((m.start() for m in breaks.finditer(text, n.end, sentence.end)), None)
        if not before and after is None:
            return None
        return replace(sentence, start=max(before, default=sentence.start), end=after or sentence.end)

    def _counts_places(self, text: str, sentence: Sentence, n: Numeral) -> bool:
        """Whether the words right after a number name places that are not a unit of the record ("counties")."""
        after = words(text, n.end, sentence.end)[:2]
        return any(fold(w) in PLACES and stem(w) not in self.matcher.unit_stems for _s, _e, w in after)

    def _unsaid(self, claim: Claim, context: Context) -> bool:
        """Whether a claim is unverified and its sentence names no unit the record counts in ("are from Arizona"), but
        the share it is written in ("A further 22% are from Arizona"); for a count, whether its own words name nothing
        it counts ("- 9 mil 394 en 2023", in a sentence that names other years)."""
        if claim.verdict != "unverified":
            return False
        if not claim.percent:  # (not "400 trafficking cases": a noun of its own, of which the record counts none)
            return context.head is None and context.counted is None and context.measure is None
        return not (context.weights.keys() - {PERCENT}) & self.matcher.unit_stems

    def _promote(self, text: str, sentence: Sentence, n: Numeral) -> Numeral:
        """'2000 firearms': a year-like number whose next word is a unit counts something; 'over 2015' is a year.

        The words next to it are its sentence's, however far apart they are set: 'covers 2015. Firearms seized
        ...' is a year, and so is 'seized in' and a wide gap before '2000 firearms' (text pasted from a table)."""
        if not n.year_like or n.kind not in ("year", "figure"):
            return n
        following = sentences.words(text, n.end, sentence.end)[:1]
        # (the words before its qualifier: the "de" of "más de 2000 armas" is no "in" of a year)
        preceding = [fold(w) for _s, _e, w in sentences.words(text, sentence.start, n.start)[-2:]]
        # (past an article: "En el 2011 compró 589 armas" names the year 2011)
        joiner = preceding[-2:-1] if preceding[-1:] in (["el"], ["the"]) else preceding[-1:]
        temporal = bool(joiner) and joiner[0] in TEMPORAL | UNTIL | AND
        # (nor the year of a month: "de enero a julio del 2013 cayó 85%")
        month = next((w for w in reversed(preceding) if w not in ("de", "del", "of")), "")
        # (nor the end of a span of years: "during 2010-2012 sold")
        temporal = (
            temporal
            or month in MONTHS
            or re.search(r"[0-9]{4}\s*[-–]\s*$", text[max(0, n.digits_start - 8) : n.digits_start]) is not None
        )
        ranged = bool(following) and fold(following[0][2]) in UNTIL | AND  # "from 2014 through 2018"
        # ... its next word, not one after a stop: "in 2009-2018, rifles were 41 percent" names years
        joined = bool(following) and text[n.end : following[0][0]].isspace()
        # (a label word that says when names no count: "the 2022-2023 period" is a span of years)
        key = stem(following[0][2]) if joined else ""
        # (nor a word of a sum, which a number without its currency does not count: "its 2021 lawsuit" seeking damages)
        kinds = self.matcher.kinds_by_stem.get(key, ())
        counts = any(kind[0].dimension not in MONEY for kind in kinds) and key not in self.matcher.common_label_stems
        counts = counts and not temporal and not ranged
        if counts:  # a count, not a year the sentence names: "seized 2000 firearms" says nothing of the year 2000
            return replace(n, kind="figure", year_like=False)
        if n.kind == "figure":  # "over 2015": a bound on a year (a year-like figure always has one, numerals.py)
            return replace(n, kind="year", bound="exact", start=n.digits_start)
        return n

    def _judge(
        self, text: str, sentence: Sentence, n: Numeral, context: Context, lines: Lines, written: datetime.date | None
    ) -> Claim | None:
        """The claim a number makes; None when it is none: the record counts nothing of its kind."""
        matches, kind_named, kind_fits = self.matcher.candidates(n, context)
        if not kind_named or (n.vague and not n.percent and not matches):
            return None  # "millions of social media users", "22 of the 32 states", "miles de víctimas"
        if context.measure is not None and context.measure.dimension not in self.matcher.claimable:
            return None  # "una frontera de más de 3 mil km": a measure the record holds no figure in
        if RATIO.match(text, n.end):
            return None  # "more than 20 times the guns seized": a ratio, of which the record holds none
        money = context.measure is not None and context.measure.dimension in MONEY
        if money and (
            FINE_BEFORE.search(text, max(0, n.start - WORDS_BEFORE), n.start) or FINE_AFTER.match(text, n.end)
        ):
            return None  # "faces a fine of up to $250,000": a penalty, of which the record holds none
        if text[n.end - 1].isdigit() and CODE_GOES_ON.match(text, n.end):  # (not "a 10-billion-dollar suit")
            return None  # "1-866-DHS-2-ICE": a number the page goes on from with a hyphen is part of a code
        # (or before a count's one-word label: "dos detenidos", of arrests counted in people)
        counted = context.counted or context.measure or context.head in self.matcher.one_word_labels
        if n.spelled and abs(n.value) < SPELLED_CLAIM and not n.percent and not counted:
            return None  # "one of the largest": a small number in words counts only what the record counts
        if n.spelled and n.value == 1 and not n.percent and not context.measure:
            return None  # "one of the suspects", "uno de los casos", "one gun": the record counts nothing by one
        if context.measure is None and not n.percent and n.value != int(n.value) and not _fractional(matches):
            return None  # "loose 7.62 ammunition": a count is whole; a fraction with no unit of measure is a calibre
        # (whether a number is a claim does not depend on the day; what it is judged against does: a figure made known
        # after the text was written is none it can speak of)
        later: list[Match] = []
        if written is not None:  # (asked only when given: a number has some 140 candidates)
            later = [m for m in matches if not _known_by(m, written)]
            matches = [m for m in matches if _known_by(m, written)]
        as_written = text[n.start : n.end]
        outcome = verdict_of(self.ds, as_written, matches, Judge(n, context, cut_at(as_written)), kind_fits)
        note = outcome.note
        if later and written is not None and outcome.verdict == "unverified":
            note += "; " + _("the record's figures of this kind made known after {day} are left out").format(
                day=date(written)
            )
        line, column = lines.position(n.start)
        return Claim(
            line=line,
            column=column,
            text=as_written,
            value=n.value,
            bound=n.bound,
            low=n.low,
            high=n.high,
            percent=n.percent,
            context=around(text, sentence, n),
            verdict=outcome.verdict,
            facts=[j.fact.id for j in outcome.chosen],
            agrees_with=outcome.agrees_with,
            near_miss=outcome.near_miss,
            note=note,
        )


def _opening_end(text: str) -> int:
    """Where a text's opening paragraphs end: its headline, dateline and lead (OPENING_PARAGRAPHS), bylines and
    captions between them not counted."""
    start, counted = 0, 0
    for m in re.finditer(r"\n\s*\n", text):
        counted += len(text[start : m.start()].split()) > SHORT_PARAGRAPH
        if counted == OPENING_PARAGRAPHS:
            return m.start()
        start = m.end()
    return len(text)


def _known_by(m: Match, day: datetime.date) -> bool:
    """Whether a figure can have been known on a day (Profile.known_from; one with no such day, any day)."""
    return m.profile.known_from is None or m.profile.known_from <= day


def _fractional(matches: list[Match]) -> bool:
    """Whether a figure of a kind the words name is recorded with a fraction: "5.4 years" of time to crime."""
    return any(m.fit.label > 0 and m.profile.fact.value != int(m.profile.fact.value) for m in matches)


def check(ds: Dataset, text: str, lang: str | None = None, written: datetime.date | None = None) -> list[Claim]:
    """Every figure of a text, judged against the dataset (as known on the day it was `written`, if given)."""
    return Checker(ds).check(text, lang, written)
