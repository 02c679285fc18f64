"""`armsfacts check`: which recorded figure each number of a draft is about, and what the record says of it.

A number is matched to recorded figures by the words around it in its sentence, all taken from
the data: the labels of metrics and units in both languages, the names and aliases of
initiatives and agencies, and the years it names. Words right after the number weigh most
("655 investigations and 463 arrests": each number has its own noun), words just before it
less, the rest of the sentence least. An initiative named earlier in the paragraph, or in
the heading above it, is the topic of the sentences that name none.

Verdicts, comparing bounds as intervals:
- supported: the record implies the claim. "More than 1,400" holds when the record says more
  than 1,436. A figure written round is read at its precision (3,300 is 3,250-3,350; 44 million
  is 43.5-44.5 million), "about" as within 10 % and "nearly" as up to 5 % below; a record's
  "nearly 44 million" is taken at 44 million for support.
- contradicted: no value the record allows fits the claim ("more than 5,000" against exactly
  3,337), or the claim gives a recorded figure to a period or initiative it is not about.
  Only a figure the context ties to one record (its initiative, period or agency is named, or
  it misses a recorded figure by a slip of the pen) is called contradicted.
- disputed: the sources disagree and the claim fits one side and not the other.
- unverified: the record cannot decide, or has nothing about it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import cached_property

from pydantic import BaseModel, Field

from . import measures, numerals
from .models import Dataset, Fact, Number
from .numerals import Numeral, Sentence
from .query import agency_names, fact_agencies, fold, initiative_names
from .verdicts import TOPIC_BONUS, Candidate, Context, Profile, judge_values, verdict_of
from .vocab import PERCENT_KINDS, Bound, NearMiss, Verdict
from .wording import (
    AND,
    BREAK,
    CALENDAR,
    EARLIEST_YEAR,
    FALL,
    LATEST_YEAR,
    MADE_UP,
    PART,
    PLACES,
    RISE,
    SEVERAL_YEARS,
    SHARE,
    TEMPORAL,
    UNTIL,
    USA,
    around,
    content_stem,
    counted_noun,
    period_years,
    stem,
    stems,
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


AFTER, BEFORE, ELSEWHERE = 1.0, 0.6, 0.3  # how much a word weighs, by where it stands
JUST_BEFORE = 0.9  # the word right before the number
# How a candidate figure scores. What a number counts matters most: the metric's label (LABEL_WEIGHT
# times how well the words around it name the label, see _match) and, less, its unit. Then each thing
# the sentence names that is the figure's own: its operation, years, agency, speaker, or part.
LABEL_WEIGHT = 3.0
UNIT_WEIGHT = 0.5
INITIATIVE_NAMED = 1.5  # the operation is the strongest tie after the label: "Operation Last Mile seized …"
YEARS_NAMED = 0.5
WITHIN_YEARS = 0.75  # the figure's whole period lies within the years named
AGENCY_NAMED = 0.5
SPEAKER_NAMED = 1.0  # "the ambassador Ken Salazar said 70 %": the figures he gave
PART_NAMED = 0.5  # each name of a part (a division, a city) the figure's description gives
OTHER_INITIATIVE = 0.5  # the paragraph is about one operation and the figure belongs to another
YEARS_NOT_GIVEN = 0.5  # the text names years, and the record gives this figure none
OWN_WORDS = 6  # how many words after a number are its own
# Words of labels that say how or when, not what: never a sign that a sentence counts something else.
COMMON_LABEL_WORDS = (
    "could come not other said made whose part period state states year years count country via open opened "
    "dice cuyo otro otros otras podia podian pais paises ano anos inicio iniciadas abiertas curso entered provienen "
    "found given known reported identified"
)
FOREIGN_WORDS = 1.0  # the number's own words name what another metric counts ("intercepted", "methamphetamine")
MISSING_DISTINCTIVE = 0.5  # for each word that sets a figure's metric apart and that the sentence lacks
DISTINCTIVE = 2  # a label word in at most this many metrics' labels names what they count apart from the rest
SPELLED_CLAIM = 1000  # below this, a number in words is a claim only before a unit the record counts in
OWN_NOUNS = 4  # how many words after a number may name what it counts ("nine firearms trafficking task forces")


class Checker:
    """Judges the numbers of texts against one dataset."""

    def __init__(self, ds: Dataset) -> None:
        self.ds = ds
        self.profiles = [self._profile(f) for f in ds.facts]
        self.by_stem: dict[str, list[Profile]] = {}
        for p in self.profiles:
            for s in set().union(*p.labels, *p.units):
                self.by_stem.setdefault(s, []).append(p)

    def _profile(self, f: Fact) -> Profile:
        ds = self.ds
        metric, unit = ds.metric_by_id[f.metric], ds.unit_by_id.get(f.unit)
        # A label that names an operation or system ("firearms entered into eTrace") is matched on its
        # other words: the name counts once, as the initiative.
        labels = [(stems(t) - self.initiative_stems) or stems(t) for t in (metric.label, metric.label_es) if t]
        units = [stems(t) for t in (unit.label, unit.label_es) if t] if unit else []
        agencies = set(fact_agencies(ds, f))
        for sid in f.sources:
            speaker = ds.source_by_id[sid].speaker
            person = ds.person_by_id[speaker] if speaker else None
            if person and person.agency:
                agencies.add(person.agency)
        percent = metric.kind in PERCENT_KINDS
        years = period_years(f.period)
        dimension = (unit.dimension if unit else None) or f.unit
        factor = (unit.factor if unit else None) or 1.0
        scope = f.scope.level if f.scope else None
        profile = Profile(
            f, labels, units, percent, metric.kind == "change", f.initiative, agencies, years, dimension, factor, scope
        )
        profile.specific = self._specific(f)
        profile.speakers = {speaker for sid in f.sources if (speaker := ds.source_by_id[sid].speaker)}
        return profile

    @cached_property
    def distinctive(self) -> set[str]:
        """Label words that name what few metrics count ('methamphetamine', 'rifles'), not what many do ('seized')."""
        counts: dict[str, int] = {}
        for m in self.ds.metrics:
            for key in set().union(*(stems(t) for t in (m.label, m.label_es or ""))):
                counts[key] = counts.get(key, 0) + 1
        rare = {key for key, count in counts.items() if count <= DISTINCTIVE}
        return rare - self.unit_stems - self.initiative_stems - self.known_agencies - stems(COMMON_LABEL_WORDS)

    @cached_property
    def known_agencies(self) -> set[str]:
        """The stems of the agencies' codes and names: who counted says nothing of what was counted."""
        return set().union(*(stems(n) for a in self.ds.agencies for n in agency_names(a)))

    @cached_property
    def unit_stems(self) -> set[str]:
        """The nouns that name what the record counts in: firearms, rounds, "events" of "seizure events".

        A unit's noun is the last word of its English label and the first of its Spanish one ("eventos
        de decomiso"): "seizure" says what kind of event, and is no unit of its own.
        """
        found: set[str] = set()
        for u in self.ds.units:
            english = stems(u.label.split()[-1]) if u.label.split() else set()
            spanish = stems(u.label_es.split()[0]) if u.label_es and u.label_es.split() else set()
            found |= english | spanish | (stems(u.label) if len(u.label.split()) == 1 else set())
        return found

    def _specific(self, f: Fact) -> set[str]:
        """What a figure's description names beyond its metric, operation and agencies: 'El Paso Division'.

        Names are the capitalised words inside a sentence of the description, in either language.
        """
        found: set[str] = set()
        for text in (USA.sub(" ", f.description), USA.sub(" ", f.description_es or "")):  # the U.S. is no part
            for sentence in re.split(r"(?<=[.!?])\s+", text):
                for word in re.findall(r"(?<=\s)[A-ZÁÉÍÓÚÑ][\w-]*", sentence):
                    key = content_stem(word)
                    if key is not None and key not in self.known_names and fold(word) not in CALENDAR:
                        found.add(key)
        return found

    @cached_property
    def initiative_stems(self) -> set[str]:
        names = [n for ini in self.ds.initiatives for n in (*initiative_names(ini), ini.name_es or "")]
        return set().union(*(stems(n) for n in names))

    @cached_property
    def known_names(self) -> set[str]:
        """The stems of every name the matcher reads otherwise: operations, agencies, metrics, units."""
        names: list[str] = []
        for ini in self.ds.initiatives:
            names.extend([*initiative_names(ini), ini.name_es or ""])
        for agency in self.ds.agencies:
            names.extend(agency_names(agency))
        for metric in self.ds.metrics:
            names.extend([metric.label, metric.label_es or ""])
        for unit in self.ds.units:
            names.extend([unit.label, unit.label_es or ""])
        return set().union(*(stems(n) for n in names))

    @cached_property
    def initiative_patterns(self) -> list[tuple[str, re.Pattern[str]]]:
        found = []
        for ini in self.ds.initiatives:
            names = sorted({fold(n) for n in (*initiative_names(ini), ini.name_es or "") if len(fold(n)) > 2}, key=len)
            found.append((ini.id, re.compile(r"\b(?:" + "|".join(map(re.escape, reversed(names))) + r")\b")))
        return found

    @cached_property
    def person_patterns(self) -> list[tuple[str, re.Pattern[str]]]:
        """Each person by full name and by surname (folded): 'Ken Salazar', 'Salazar'."""
        found = []
        for person in self.ds.people:
            names = {fold(person.name), fold(person.name).split()[-1]} - {""}
            found.append((person.id, re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b")))
        return found

    @cached_property
    def agency_patterns(self) -> list[tuple[str, re.Pattern[str], re.Pattern[str] | None]]:
        found = []
        for a in self.ds.agencies:
            codes = {n for n in (a.code, a.acronym) if n}
            names = {fold(n) for n in agency_names(a) if n not in codes and len(fold(n)) > 3}
            exact = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, codes)) + r")(?!\w)")
            folded = re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b") if names else None
            found.append((a.code, exact, folded))
        return found

    # -----------------------------------------------------------------------
    # The text.

    def check(self, text: str, lang: str | None = None) -> list[Claim]:
        lang = lang or numerals.detect_language(text)
        found = numerals.numbers(text, lang)
        lines = numerals.Lines(text)
        claims: list[Claim] = []
        # A text that names one operation only is about it from its first line: a dateline or lead may come
        # before the name.
        everywhere_named = {iid for iid, pattern in self.initiative_patterns if pattern.search(fold(text))}
        topic: set[str] = everywhere_named if len(everywhere_named) == 1 else set()
        heading_topic: set[str] = set()
        paragraph = 0
        position = 0
        for sentence in numerals.sentences(text):
            if sentence.paragraph != paragraph:  # a heading's operation is its section's topic; else the last named
                paragraph, topic = sentence.paragraph, set(heading_topic) or topic
            raw = text[sentence.start : sentence.end]
            folded = fold(raw)
            named = {iid for iid, pattern in self.initiative_patterns if pattern.search(folded)}
            while position < len(found) and found[position].start < sentence.start:
                position += 1
            inside = []
            while position < len(found) and found[position].start < sentence.end:
                inside.append(found[position])
                position += 1
            inside = [self._promote(text, n) for n in inside]
            figures = [n for n in inside if n.kind == "figure"]
            agencies = (
                {
                    code
                    for code, exact, by_name in self.agency_patterns
                    if exact.search(raw) or (by_name is not None and by_name.search(folded))
                }
                if figures
                else set()
            )
            people = {pid for pid, pattern in self.person_patterns if figures and pattern.search(folded)}
            everywhere = {
                key: ELSEWHERE
                for _s, _e, word in (words(text, sentence.start, sentence.end) if figures else ())
                if (key := content_stem(word)) is not None
            }
            for i, n in enumerate(figures):
                context = self._context(text, sentence, inside, figures, i, named, topic, agencies, everywhere)
                context.people = people
                claim = self._judge(text, sentence, n, context, lines)
                if claim is not None:
                    claims.append(claim)
            if named:
                if sentence.heading:
                    heading_topic = named
                topic = named
        return claims

    def _promote(self, text: str, n: Numeral) -> Numeral:
        """'2000 firearms': a year-like number whose next word is a unit counts something."""
        if n.kind != "year":
            return n
        following = numerals.words(text, n.end, min(len(text), n.end + 40))[:1]
        preceding = numerals.words(text, max(0, n.start - 20), n.start)[-1:]
        temporal = bool(preceding) and fold(preceding[0][2]) in TEMPORAL | UNTIL | AND
        ranged = bool(following) and fold(following[0][2]) in UNTIL | AND  # "from 2014 through 2018"
        if following and stem(following[0][2]) in self.by_stem and not temporal and not ranged:
            return replace(n, kind="figure")
        return n

    def _context(
        self,
        text: str,
        sentence: Sentence,
        inside: Sequence[Numeral],
        figures: Sequence[Numeral],
        i: int,
        named: set[str],
        topic: set[str],
        agencies: set[str],
        sentence_weights: dict[str, float],
    ) -> Context:
        n = figures[i]
        own_start = figures[i - 1].end if i > 0 else sentence.start
        own_end = figures[i + 1].start if i + 1 < len(figures) else sentence.end
        weights = dict(sentence_weights)

        def weigh(found: Iterable[tuple[int, int, str]], weight: float) -> None:
            for _start, _end, word in found:
                key = content_stem(word)
                if key is not None:
                    weights[key] = max(weights.get(key, 0.0), weight)

        cut = BREAK.search(text, n.end, own_end)
        own_end = cut.start() if cut else own_end
        cuts = list(BREAK.finditer(text, own_start, n.start))
        own_start = cuts[-1].end() if cuts else own_start
        after = words(text, n.end, own_end)
        before = words(text, own_start, n.start)[-2 * OWN_WORDS :]
        weigh(before, BEFORE)
        weigh(before[-1:], JUST_BEFORE)  # "has intercepted 3,823 firearms": the verb right before says what happened
        # its own words: the first OWN_WORDS that say something, past "de las", "of the"
        weigh([w for w in after if content_stem(w[2]) is not None][:OWN_WORDS], AFTER)
        after = after[:OWN_WORDS]
        weigh(counted_noun(before), AFTER)
        if n.currency:
            weights[stem("dollars")] = AFTER
        near = {fold(w) for _s, _e, w in [*before[-3:], *after[:3]]}
        if near & MADE_UP and "up" in near:  # "rifles made up 43 percent": a share, not a rise
            near.discard("up")
        following = [fold(w) for _s, _e, w in after[:2]]
        measure = measures.after([fold(w) for _s, _e, w in after[:3]])
        if n.currency and measure is None:
            measure = measures.DOLLAR
        # what it counts, where its own words name the record's units: "8,497 firearms", "nine ... task forces"
        # only where the word right after it is one: "21,743 homicides committed with firearms" counts homicides
        nouns = [key for _s, _e, w in after[:OWN_NOUNS] if (key := content_stem(w)) is not None]
        own = set(nouns) & self.unit_stems if nouns and nouns[0] in self.unit_stems else set()
        return Context(
            weights,
            named,
            topic if not named else set(),
            agencies,
            years_named(text, [m for m in inside if m.year_like]),
            rise=bool(near & RISE) or n.sign > 0,
            fall=bool(near & FALL) or n.sign < 0,
            share=bool(following) and following[0] in SHARE,
            measure=measure,
            counted=frozenset(own) if own and not n.percent else None,
            place_count=any(fold(w) in PLACES and stem(w) not in self.unit_stems for _s, _e, w in after[:2]),
            own_stems={key for _s, _e, w in [*before[-OWN_NOUNS:], *after[:OWN_NOUNS]] if (key := content_stem(w))},
            part=PART.search(text, sentence.start, sentence.end) is not None,
        )

    # -----------------------------------------------------------------------
    # Judging one number.

    def _judge(
        self, text: str, sentence: Sentence, n: Numeral, context: Context, lines: numerals.Lines
    ) -> Claim | None:
        """The claim a number makes; None when it is none: the record counts nothing of its kind."""
        candidates, kind_named = self._candidates(n, context)
        if not kind_named:
            return None  # "millions of social media users", "22 of the 32 states"
        if context.place_count:
            return None  # "22 of the 32 states": a count of places, which the record does not count
        if n.spelled and abs(n.value) < SPELLED_CLAIM and not n.percent and not (context.counted or context.measure):
            return None  # "one of the largest": a small number in words counts only what the record counts
        verdict, chosen, agrees, near, note = verdict_of(self.ds, text[n.start : n.end], candidates, context)
        line, column = lines.position(n.start)
        return Claim(
            line=line,
            column=column,
            text=text[n.start : n.end],
            value=n.value,
            bound=n.bound,
            low=n.low,
            high=n.high,
            percent=n.percent,
            context=around(text, sentence, n),
            verdict=verdict,
            facts=[c.fact.id for c in chosen],
            agrees_with=agrees,
            near_miss=near,
            note=note,
        )

    def _candidates(self, n: Numeral, context: Context) -> tuple[list[Candidate], bool]:
        """The recorded figures of the same quantity a number may be, and whether the record counts its kind at all."""
        kind_named = False
        seen: dict[str, Profile] = {}
        for key in context.weights:
            for p in self.by_stem.get(key, ()):
                seen.setdefault(p.fact.id, p)
        candidates = []
        for p in seen.values():
            if p.percent != n.percent:
                continue
            c = Candidate(p)
            label = max((_match(words, context.weights) for words in p.labels), default=0.0)
            unit = max((_match(words, context.weights) for words in p.units), default=0.0)
            if label <= 0 and unit <= 0:
                continue
            kind_named = True
            if not _same_quantity(p, context):
                continue
            c.score = LABEL_WEIGHT * label + UNIT_WEIGHT * unit
            c.label = label
            c.operation = p.initiative is not None and self.ds.initiative_by_id[p.initiative].kind == "operation"
            own = set().union(*p.labels, *p.units)
            c.foreign = bool(context.own_stems & self.distinctive - own)
            c.score -= FOREIGN_WORDS if c.foreign else 0.0
            # what sets its metric apart ("rifles", "made in the U.S.") and the sentence does not say
            c.score -= MISSING_DISTINCTIVE * len(min(p.labels, key=len) & self.distinctive - context.weights.keys())
            if context.initiatives:
                if p.initiative in context.initiatives:
                    c.score, c.identified, c.named = c.score + INITIATIVE_NAMED, True, True
                    c.initiative_named = True
                else:
                    c.conflict = "initiative"
            elif context.topic:
                if p.initiative in context.topic:
                    c.score, c.identified, c.topical = c.score + TOPIC_BONUS, True, True
                    c.initiative_named = True
                elif p.initiative is not None:
                    c.score -= OTHER_INITIATIVE
            if context.years and p.years:
                if any(low <= p.years[1] and p.years[0] <= high for low, high in context.years):
                    c.score, c.identified, c.named = c.score + YEARS_NAMED, True, True
                    c.years_named = True
                    if any(low <= p.years[0] and p.years[1] <= high for low, high in context.years):
                        c.score += WITHIN_YEARS  # its period lies within the years named, not just touches them
                else:
                    c.conflict = c.conflict or "period"
            elif context.years:
                said = self.ds.source_by_id[p.fact.source].date
                if said is not None and any(low <= said.year <= high for low, high in context.years):
                    c.score, c.identified, c.named = c.score + YEARS_NAMED, True, True  # "GAO said in 2009 that …"
                else:
                    c.score -= YEARS_NOT_GIVEN  # the text names years, and the record gives this figure none
                    c.period_unknown = True
            if context.agencies & p.agencies:
                c.score, c.identified, c.named = c.score + AGENCY_NAMED, True, True
            if context.people & p.speakers:
                c.score, c.identified, c.named = c.score + SPEAKER_NAMED, True, True
            if p.specific:
                named_parts = len(p.specific & context.weights.keys())
                c.score += PART_NAMED * named_parts
                c.identified = c.identified or named_parts > 0
                c.named = c.named or named_parts > 0
                c.narrower = named_parts == 0
            judge_values(c, n, context)
            candidates.append(c)
        return candidates, kind_named


def _same_quantity(p: Profile, context: Context) -> bool:
    """Whether what the sentence says of a number can be the recorded figure's quantity at all.

    A different unit of measure (dollars for pesos, kilograms for firearms), a different thing
    counted (rounds for firearms), a part where the record has the whole (a division, a state),
    or one year where the record has several (or the reverse) is another quantity: it is never
    judged against this figure.
    """
    if context.measure is not None and context.measure.dimension != p.dimension:
        return False
    if context.counted is not None and not any(context.counted & words for words in p.units):
        return False
    if context.part and p.scope in ("national", "agency", "operation") and not p.specific & context.weights.keys():
        return False
    if context.years and p.years and p.years[0] > EARLIEST_YEAR and p.years[1] < LATEST_YEAR:
        whole = [(low, high) for low, high in context.years if low > EARLIEST_YEAR and high < LATEST_YEAR]
        recorded_years = p.years[1] - p.years[0]
        if whole and all(low == high for low, high in whole) and recorded_years >= SEVERAL_YEARS:
            return False  # "in 2011 alone" is not 2007-2011
        if whole and all(high > low for low, high in whole) and recorded_years == 0:
            return False  # "from 2007 to 2011" is not 2011
    return True


def _match(label: set[str], weights: dict[str, float]) -> float:
    """How well the words around a number name a label.

    The mean weight of the label's words (a word missing weighs 0), plus half the best one (the
    noun right after the number matters most), plus a little for each word found, by its weight
    (a longer label all of whose words are there beats a shorter one).
    """
    found = [weights[s] for s in label if s in weights]
    return sum(found) / len(label) + 0.5 * max(found) + 0.3 * sum(found) if found else 0.0


def check(ds: Dataset, text: str, lang: str | None = None) -> list[Claim]:
    """Every figure of a text, judged against the dataset."""
    return Checker(ds).check(text, lang)
