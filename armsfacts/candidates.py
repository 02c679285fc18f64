"""Which recorded figures a number of a draft may be about, and how strongly its sentence says so.

A number is matched to recorded figures by the words around it in its sentence, all taken from
the data: the labels of metrics and units in both languages, the names and aliases of
initiatives and agencies, and the years it names. Words right after the number weigh most
("655 investigations and 463 arrests": each number has its own noun), words just before it
less, the rest of the sentence least.

This module only matches: on the record read once (`profiles.py`, a `Profile` per figure), it
reads what a sentence says around a number (`Context`, kept in claim_context.py with the test of
whether a figure can be its quantity) and scores each recorded figure of the same quantity (`Match`).
All three are immutable: `verdicts.py` judges the values from them and changes none. Every weight is
a named constant below; a candidate's score is the sum of the weights of what its sentence names.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

from . import measures
from .claim_context import Context, Earlier, same_kind, same_quantity
from .numerals import Numeral
from .profiles import Profile, Profiles
from .query import fold
from .sentences import Sentence
from .vocab import NearMiss
from .wording import (
    AGENCY_BACK,
    CHANGED,
    EARLIEST_YEAR,
    FALL,
    LATEST_YEAR,
    MADE_UP,
    NEW_SUBJECT,
    OF_WHICH,
    PER_YEAR,
    PERIOD_BACK,
    PLACES,
    RISE,
    SHARE,
    SUB_YEAR_RATE,
    clause,
    content_stem,
    counted_noun,
    days_named,
    listed,
    months_named,
    names_a_part,
    rest_of_whole,
    stem,
    words,
    years_named,
)

# Where a word stands from the number, and so how much it says of what the number counts.
AFTER = 1.0  # its own words: "655 investigations"
JUST_BEFORE = 0.9  # the word right before: "has intercepted 3,823"
BEFORE = 0.6  # the rest of its own words before it
ELSEWHERE = 0.3  # anywhere else in the sentence: it may be another number's word
OWN_WORDS = 6  # how many words after a number are its own
LIST_REACH = 4  # how many figures on each side in a list may own a part's name ("43 % de Texas, 22 % de Arizona")
OWN_NOUNS = 4  # how many words after a number may name what it counts ("nine firearms trafficking task forces")

# How well words name a label (_match): the mean weight of its words, plus MATCH_BEST times the best one
# (the noun right after the number matters most), plus MATCH_EACH times each found (a longer label all of
# whose words are there beats a shorter one).
MATCH_BEST = 0.5
MATCH_EACH = 0.3

# How a candidate figure scores. What a number counts matters most: the metric's label (LABEL_WEIGHT
# times how well the words around it name the label, see _match) and, less, its unit. Then each thing
# the sentence names that is the figure's own: its operation, years, agency, speaker, or part.
LABEL_WEIGHT = 3.0  # the label names what is counted; it outweighs every tie below put together
UNIT_WEIGHT = 0.5  # a unit ("firearms") is shared by many metrics: it says little on its own
INITIATIVE_NAMED = 1.5  # the operation is the strongest tie after the label: "Operation Last Mile seized …"
TOPIC_BONUS = 0.75  # the operation named earlier in the paragraph or its heading: half of naming it here
YEARS_NAMED = 0.5  # the sentence names years the figure's period touches
WITHIN_YEARS = 0.75  # the figure's whole period lies within the years named: a closer fit than touching
AGENCY_NAMED = 0.5  # the agency that counted: several agencies give figures of one metric
AGENCY_BEFORE = 0.25  # ... named in an earlier sentence, where this one names none: the text may still be on it
SPEAKER_NAMED = 1.0  # "the ambassador Ken Salazar said 70 %": the figures he gave
PART_NAMED = 0.5  # each name of a part (a division, a city) the figure's description gives
PART_MISSING = 0.25  # each such name missing where another is named: "Omaha Division" is not the El Paso Division
OTHER_INITIATIVE = 0.5  # the paragraph is about one operation and the figure belongs to another
YEARS_NOT_GIVEN = 0.5  # the text names years, and the record gives this figure none
FOREIGN_WORDS = 1.0  # the number's own words name what another metric counts ("intercepted", "methamphetamine")
MISSING_DISTINCTIVE = 0.5  # for each word that sets a figure's metric apart and that the sentence lacks
U_S = content_stem("USA")  # the origin a share of firearms is of: "70 % come from the U.S. and 30 % from Europe"
# The word before a number that a change reached ("rose to 72 percent"); Spanish "a" only after the verb of the
# change ("subió a 40 mil"): "a 14 percent drop" is a change.
LEVEL_REACHED = frozenset({"to", "al", "hasta"})
OF_THE = re.compile(r"(?i)\s*(?:%|percent|per cent|por ciento)?\s+(?:of|de)(?:\s+(?:the|los|las))?\s+")
FOR_USE = frozenset({"for", "para"})  # what follows is what the counted things are for: "cartuchos para armas"


class KindFit(NamedTuple):
    """What the words around a number name of one kind of figure (a metric in a unit), alike for all its figures."""

    base: float  # LABEL_WEIGHT and UNIT_WEIGHT times how well they name it, less FOREIGN_WORDS, MISSING_DISTINCTIVE
    label: float  # how well the words around the number name the kind's metric (_match)
    foreign: bool  # the number's own words name something this kind does not count: "methamphetamine"
    missing: int  # words that set the kind's metric apart ("parts", "rifles") the sentence lacks
    # the sentence names what the record counts in ("firearms"), and neither this kind's unit nor its whole label
    unit_unsaid: bool
    # what it counts (its unit, or a share's noun) is named only in another figure's own words: in "184 mil
    # cargadores para armas de fuego, 2 mil 970 granadas", the firearms say nothing of what 2 mil 970 counts
    counted_elsewhere: bool
    # of its label, the sentence names only the words of a unit many metrics count in: "37 guns" of firearms intercepted
    unit_only: bool
    # a share whose sentence names what the record counts in, none of it what this share is of: "137,000 .50-caliber
    # rounds ..., and 47% originated from" the Lake City plant is no share of firearms
    whole_unsaid: bool = False


class Match(NamedTuple):  # a tuple: built for ~100 figures a number, it must be cheap to make
    """One recorded figure a number may be about, and what its sentence says that ties them."""

    profile: Profile
    score: float  # the sum of the weights above: the higher, the more surely the text speaks of it
    fit: KindFit  # what the words name of the figure's kind, shared by every figure of it
    conflict: NearMiss | None = None  # "period" or "initiative": named, and not this figure's
    identified: bool = False  # something beyond the label points at it: operation, years, agency, speaker, part
    named: bool = False  # the sentence itself ties it to this figure: its initiative, period, agency or part
    topical: bool = False  # the paragraph's operation (named in an earlier sentence or a heading) is its
    initiative_named: bool = False  # its initiative is named in the sentence or earlier in the paragraph
    years_named: bool = False  # the sentence names years its period touches
    years_closed: bool = False  # ... in a span with both ends ("to 2023" holds every earlier period: it ties none)
    narrower: bool = False  # the figure is of a part the text does not name (a division of the operation)
    period_unknown: bool = False  # the text names years and the record gives this figure none
    day_unsaid: bool = False  # a point of a running count, and the sentence names no month: it may be another point
    other_day: bool = False  # a point of a running count, and the sentence names another month
    other_agency: bool = False  # the sentence names an agency, and none of those that gave the figure
    speaker_named: bool = False  # the sentence names a person whose statement gives the figure


@dataclass(frozen=True)
class SentenceNames:
    """What a whole sentence names, read once for all its numbers."""

    initiatives: frozenset[str]
    agencies: frozenset[str]
    people: frozenset[str]
    weights: dict[str, float]  # every content word of the sentence at ELSEWHERE
    another_operation: bool = False  # it names an operation the record holds nothing of, and none it does
    name_stems: frozenset[str] = frozenset()  # the words of the operations' names it writes: "Trace" of Without a Trace


class Matcher(Profiles):
    """The record read for matching (`Profiles`, with what a text names), and what a sentence says near a number."""

    def sentence_names(self, text: str, sentence: Sentence) -> SentenceNames:
        """The initiatives, agencies and people a sentence names, and its words."""
        raw = text[sentence.start : sentence.end]
        folded = fold(raw)
        agencies = self.agencies_in(raw, folded)
        people = self.people_in(folded)
        name_stems = frozenset(self.initiative_name_stems(raw, folded))  # "Without a Trace" names no traced firearms
        weights = {
            key: ELSEWHERE
            for _s, _e, word in words(text, sentence.start, sentence.end)
            if (key := content_stem(word)) is not None and key not in name_stems
        }
        initiatives = self.initiatives_in(raw, folded)
        another = not initiatives and self.names_another_operation(raw, folded)
        return SentenceNames(initiatives, agencies, people, weights, another, name_stems)

    # -----------------------------------------------------------------------
    # One number.

    def context(
        self,
        text: str,
        sentence: Sentence,
        inside: Sequence[Numeral],
        figures: Sequence[Numeral],
        i: int,
        names: SentenceNames,
        earlier: Earlier,
        lang: str = "en",
    ) -> Context:
        """What the sentence says around its i-th figure: its own words first, then the rest."""
        n = figures[i]
        own_start, own_end = clause(text, sentence, figures, i)
        weights = dict(names.weights)

        def key_of(word: str) -> str | None:  # a word's stem, unless it is a word of an operation's name there
            key = content_stem(word)
            return None if key in names.name_stems else key

        def weigh(found: Iterable[tuple[int, int, str]], weight: float) -> None:
            for _start, _end, word in found:
                key = key_of(word)
                if key is not None:
                    weights[key] = max(weights.get(key, 0.0), weight)

        # a year at or past the next figure, a clause away, is that figure's: "22 now, and 10 more by 2026"
        next_start = figures[i + 1].start if i + 1 < len(figures) else None
        years_end = next_start if next_start is not None and own_end < next_start else sentence.end
        # what another figure's own clause says after it is its own: "43 % de Texas, 22 % de Arizona" (a subject
        # before them all is theirs alike: "the Omaha Division made 87 arrests and seized 60 firearms")
        others = {
            key
            for j in range(max(0, i - LIST_REACH), min(len(figures), i + LIST_REACH + 1))
            if j != i
            for _s, _e, w in words(text, figures[j].end, clause(text, sentence, figures, j)[1])
            if (key := content_stem(w)) is not None
        }
        # ... and what a sentence names before a later clause with a subject of its own is the earlier figures':
        # "Sinaloa, Sonora ... concentran el 56 %, y la franja fronteriza representa el 35 %"
        subjects = list(NEW_SUBJECT.finditer(text, figures[i - 1].end, n.start)) if i > 0 else []
        if subjects:
            cut = subjects[-1].start()
            said_after = {key for _s, _e, w in words(text, cut, sentence.end) if (key := content_stem(w))}
            others |= {key for _s, _e, w in words(text, sentence.start, cut) if (key := content_stem(w))} - said_after
        if others:
            others -= {key for _s, _e, w in words(text, own_start, own_end) if (key := content_stem(w)) is not None}
        after = words(text, n.end, own_end)
        before = words(text, own_start, n.start)[-2 * OWN_WORDS :]
        # a figure that opens its clause after a list's comma or "and" shares the words before the list: "seized
        # 15,678 rounds in 2021, 7,224 rounds in 2022 and 11,205 rounds in 2023" (not "3337 versus 3000 planned")
        after_list = i > 0 and listed(text, clause(text, sentence, figures, i - 1)[1], n.start)
        j, listed_here = i, after_list
        while not before and listed_here:
            j -= 1
            before = words(text, clause(text, sentence, figures, j)[0], figures[j].start)[-2 * OWN_WORDS :]
            listed_here = j > 0 and listed(text, clause(text, sentence, figures, j - 1)[1], figures[j].start)
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
        # "rose to 72.46 percent", "subió a 40 mil": the level reached, not the change
        last = [fold(w) for _s, _e, w in before[-2:]]
        level = bool(last) and (
            last[-1] in LEVEL_REACHED or (last[-1] == "a" and len(last) == 2 and last[0] in RISE | FALL)
        )
        measure = measures.after([fold(w) for _s, _e, w in after[:3]])
        if n.currency and measure is None:
            measure = measures.DOLLAR
        # what it counts, where its own words name the record's units: "8,497 firearms", "nine ... task forces"
        # only where the word right after it is one: "21,743 homicides committed with firearms" counts homicides
        rate = PER_YEAR.match(text, n.end)
        nouns = [
            key
            for start, _e, w in after[:OWN_NOUNS]
            if (key := key_of(w)) is not None and (rate is None or start >= rate.end())
        ]
        # (up to a word of purpose: "20 mil cartuchos para armas de fuego" counts cartridges, not firearms)
        purpose = next((at for at, (_s, _e, w) in enumerate(after[:OWN_NOUNS]) if fold(w) in FOR_USE), OWN_NOUNS)
        head_nouns = {key for _s, _e, w in after[:purpose] if (key := key_of(w)) is not None}
        own = set(nouns) & head_nouns & self.unit_stems if nouns and nouns[0] in self.unit_stems else set()
        # a share of what the record counts in: "95 por ciento de las personas" is no share of firearms
        of_follows = bool(following) and following[0] in ("of", "de", "del")  # not "20 percent state's share"
        share_of = frozenset(nouns[:1]) if n.percent and of_follows and nouns and nouns[0] in self.unit_stems else None
        if n.percent and of_follows and i + 1 < len(figures) and OF_THE.fullmatch(text, n.end, figures[i + 1].start):
            # "70 percent of the 34,582 victims of homicide": a share of what the next figure counts
            whole = [key for _s, _e, w in words(text, figures[i + 1].end, sentence.end)[:2] if (key := key_of(w))]
            share_of = frozenset(whole[:1]) or share_of
        of_them = OF_WHICH.match(text, n.end + 1)  # "47% of them", past the space after the share
        if n.percent and i > 0 and (of_them or OF_WHICH.search(text, figures[i - 1].end, n.start)):
            # "137 mil cartuchos ..., de los cuales 47 por ciento", "of the 137,000 .50-caliber rounds seized since
            # 2012, 47% of them": a share of what the figure before counts
            between = [key for _s, _e, w in words(text, figures[i - 1].end, n.start) if (key := content_stem(w))]
            counted = next((key for key in between[:OWN_NOUNS] if key in self.unit_stems), None)
            share_of = frozenset({counted}) if counted else share_of
        if n.vague and nouns and nouns[0] not in self.kinds_by_stem and not set(nouns) & self.unit_stems:
            own = {nouns[0]}  # "miles de víctimas": a vague number counts what follows it, here nothing recorded
        # "the agency" and "this period" are those an earlier sentence named
        agencies = names.agencies
        if not agencies and AGENCY_BACK.search(text, sentence.start, sentence.end):
            agencies = earlier.agencies
        # in a list, the years its own clause names are its own ("7,224 rounds in fiscal year 2022 and 11,205 in
        # 2023"); else, or where it names none, those of the sentence before the next figure (a break inside a
        # period is no list: "el 75 % ... entre octubre de 2024 y abril de 2025")
        year_numbers = [m for m in inside if m.year_like]
        spans = years_named(text, year_numbers)
        years_before_next = [m for m in year_numbers if m.start < years_end]
        in_list = after_list or (i + 1 < len(figures) and listed(text, own_end, figures[i + 1].start))
        years = tuple(span for at, span in spans if own_start <= at < own_end) if in_list else ()
        years = years or tuple(span for at, span in spans if at < years_end)
        if not years and PERIOD_BACK.search(text, sentence.start, sentence.end):
            years = earlier.years
        return Context(
            weights=weights,
            initiatives=names.initiatives,
            topic=earlier.topic if not names.initiatives else frozenset(),
            topic_carried=earlier.carried,
            another_operation=names.another_operation or (earlier.another_operation and not names.initiatives),
            agencies=agencies,
            years=years,
            months=months_named(text, years_before_next),
            days=days_named(text, years_before_next),
            months_before=earlier.months,
            agencies_before=earlier.agencies,
            rise=(bool(near & RISE) and not level) or n.sign > 0,
            fall=(bool(near & FALL) and not level) or n.sign < 0,
            share=bool(following) and following[0] in SHARE,
            complement=n.percent and rest_of_whole(text, before, own_start, own_end),
            change_said=n.sign != 0
            or bool(near & (RISE | FALL))
            or any(fold(w) in CHANGED for _s, _e, w in words(text, sentence.start, n.start)),
            proportion=n.proportion,
            measure=measure,
            counted=frozenset(own) if own and not n.percent else share_of,
            part=names_a_part(text, sentence.start, sentence.end),
            people=names.people,
            sub_year_rate=SUB_YEAR_RATE.search(text, own_start, own_end) is not None,
            place_count=any(fold(w) in PLACES and stem(w) not in self.unit_stems for _s, _e, w in after[:2]),
            own_stems=frozenset(key for _s, _e, w in [*before[-OWN_NOUNS:], *after[:OWN_NOUNS]] if (key := key_of(w))),
            after_stems=frozenset(key for _s, _e, w in after[:OWN_NOUNS] if (key := key_of(w))),
            head=nouns[0] if nouns else None,
            in_list=in_list,
            lang=lang,
            siblings=frozenset(float(m.value) for m in figures if m is not n and m.percent == n.percent) - {n.value},
            for_parts=frozenset(weights.keys() - others),
        )

    def candidates(self, n: Numeral, context: Context) -> tuple[list[Match], bool]:
        """The recorded figures of the same quantity a number may be about, and whether the record counts its kind."""
        kind_named = False
        # each kind of figure (a metric in a unit) once, in the order the sentence's words first reach it
        reached: dict[int, tuple[int, tuple[Profile, ...]]] = {}
        for at, key in enumerate(context.weights):
            for members in self.kinds_by_stem.get(key, ()):
                reached.setdefault(id(members), (at, members))
        found: list[tuple[int, int, Match]] = []
        # the number's own words that set some metric apart, by kind (shares, counts): read once for every figure
        own_distinctive = context.own_stems & self.distinctive_by_kind[n.percent]
        head_counts = context.head is not None and context.head in self.label_words_by_kind[n.percent]
        said_units = context.weights.keys() & self.unit_stems
        counted_words = said_units | (context.weights.keys() & {U_S} if n.percent else set())
        listed_alone = context.in_list and context.measure is None  # (a measure is its own unit: "unos 3 mil kilos")
        for at, members in reached.values():
            kind = members[0]
            if kind.percent != n.percent:
                continue
            label = max((_match(words, context.weights) for words in kind.labels), default=0.0)
            unit = max((_match(words, context.weights) for words in kind.units), default=0.0)
            if label <= 0 and unit <= 0:
                continue
            kind_named = True
            if not same_kind(kind, context, self.unit_stems):
                continue
            # what the number's own words name that this kind does not count, and what sets it apart unsaid; where
            # the noun right after it is this kind's, the words before it are the clause before's: "100 millones de
            # dólares en efectivo en 1.436 investigaciones"
            others = own_distinctive - kind.own_words
            if others and context.head in kind.own_words:
                others &= context.after_stems
            foreign = bool(others)
            # the noun right after the number names what another metric of its kind counts: "21,743 homicides"
            foreign = foreign or (head_counts and context.head not in kind.own_words)
            # (those of its label in the text's language: "ilegales" is the Spanish label's "illegal")
            distinctive = kind.label_distinctive.get(context.lang, frozenset())
            missing = len(distinctive - context.weights.keys())
            counted_said = (
                {w for words in (*kind.labels, *kind.units) for w in words if w in counted_words}
                if listed_alone
                else set()
            )
            fit = KindFit(
                base=LABEL_WEIGHT * label
                + UNIT_WEIGHT * unit
                - (FOREIGN_WORDS if foreign else 0.0)
                - MISSING_DISTINCTIVE * missing,
                label=label,
                foreign=foreign,
                missing=missing,
                # (a label said whole names the figure anyway: "the time to crime for guns ... is 5.4")
                unit_unsaid=unit <= 0
                and not said_units <= kind.own_words
                and not any(words <= context.weights.keys() for words in kind.labels),
                counted_elsewhere=bool(counted_said) and counted_said.isdisjoint(context.for_parts),
                unit_only=label > 0 and self.beyond_unit[kind.fact.id].isdisjoint(context.weights),
                whole_unsaid=n.percent
                and not kind.change
                and bool(said_units)
                and said_units.isdisjoint(kind.own_words | kind.whole),
            )
            for p in members:
                if same_quantity(p, context):
                    found.append((at, self.order[p.fact.id], self._score(p, fit, context)))
        found.sort(key=lambda item: item[:2])  # as the words reach them, then as the record lists them
        return [m for _at, _order, m in found], kind_named

    @cached_property
    def order(self) -> dict[str, int]:
        return {p.fact.id: i for i, p in enumerate(self.profiles)}

    def _score(self, p: Profile, fit: KindFit, context: Context) -> Match:
        """How surely a sentence speaks of one recorded figure: the weights of what it names of the figure's own,
        added to what the words name of its kind (`fit`, the same for every figure of a metric in a unit)."""
        score = fit.base
        conflict: NearMiss | None = None
        identified = named = topical = initiative_named = years_named = years_closed = period_unknown = False
        if context.initiatives:
            if p.initiative in context.initiatives:
                score += INITIATIVE_NAMED
                identified = named = initiative_named = True
            else:
                conflict = "initiative"
        elif context.topic:
            if p.initiative in context.topic:
                score += TOPIC_BONUS
                identified = True
                topical = initiative_named = not context.topic_carried
            elif p.initiative is not None:
                score -= OTHER_INITIATIVE
        if context.years and p.years:
            if any(low <= p.years[1] and p.years[0] <= high for low, high in context.years):
                score += YEARS_NAMED
                identified = named = years_named = True
                years_closed = any(
                    EARLIEST_YEAR < low <= p.years[1] and p.years[0] <= high < LATEST_YEAR
                    for low, high in context.years
                )
                # an open span ("since 2009", "2009 to date") holds every later period: no closer fit
                if any(low <= p.years[0] and p.years[1] <= high < LATEST_YEAR for low, high in context.years):
                    score += WITHIN_YEARS
            else:
                conflict = conflict or "period"
        elif context.years and any(high < LATEST_YEAR for _low, high in context.years):
            # only a closed span ties or sets apart a figure without a period: "to date" may be any figure's
            said = self.ds.source_by_id[p.fact.source].date
            period_unknown = True  # the year may be the data's ("la cifra del año 2009"): not one to contradict on
            if said is not None and any(low <= said.year <= high for low, high in context.years):
                score += YEARS_NAMED  # "GAO said in 2009 that …"
                identified = named = True
            else:
                score -= YEARS_NOT_GIVEN
        day_unsaid = other_day = False
        if p.months is not None and not any(p.months[0] <= month <= p.months[1] for month in context.months):
            # one day's point of a running count: another month named is another point; none named, any point
            # but the one the text named last ("as of 25 August ... During this period")
            other_day = bool(context.months)
            day_unsaid = not other_day and not any(p.months[0] <= m <= p.months[1] for m in context.months_before)
            conflict = conflict or ("period" if other_day else None)
        elif p.day is not None and p.day not in context.days and any(_same_month(d, p.day) for d in context.days):
            # the month of the point, at another day: "6 de agosto del 2025" is not the count of 25 August 2025
            other_day = True
            conflict = conflict or "period"
        if context.agencies & p.agencies:
            score += AGENCY_NAMED
            identified = named = True
        elif not context.agencies and context.agencies_before & p.agencies:
            score += AGENCY_BEFORE  # helps to find the figure; names nothing a contradiction needs
        speaker_named = bool(context.people & p.speakers)
        if speaker_named:
            score += SPEAKER_NAMED
            identified = named = True
        narrower = False
        if p.specific:
            named_parts = len(p.specific & context.for_parts)
            score += PART_NAMED * named_parts
            if named_parts:  # in the description's language that names most of them: "Spain" is "España"
                score -= PART_MISSING * min(len(names - context.for_parts) for names in p.parts if names)
            identified = identified or named_parts > 0
            named = named or named_parts > 0
            narrower = named_parts == 0
        return Match(
            profile=p,
            score=score,
            fit=fit,
            conflict=conflict,
            identified=identified,
            named=named,
            topical=topical,
            initiative_named=initiative_named,
            years_named=years_named,
            years_closed=years_closed,
            narrower=narrower,
            period_unknown=period_unknown,
            day_unsaid=day_unsaid,
            other_day=other_day,
            other_agency=bool(context.agencies and p.agencies and not context.agencies & p.agencies),
            speaker_named=speaker_named,
        )


def _same_month(a: datetime.date, b: datetime.date) -> bool:
    return (a.year, a.month) == (b.year, b.month)


def _match(label: frozenset[str], weights: dict[str, float]) -> float:
    """How well the words around a number name a label (see MATCH_BEST and MATCH_EACH)."""
    found = [weights[s] for s in label if s in weights]
    return sum(found) / len(label) + MATCH_BEST * max(found) + MATCH_EACH * sum(found) if found else 0.0
