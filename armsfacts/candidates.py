"""Which recorded figures a number of a draft may be about, and how strongly its sentence says so.

A number is matched to recorded figures by the words around it in its sentence, all taken from
the data: the labels of metrics and units in both languages, the names and aliases of
initiatives and agencies, and the years it names. Words right after the number weigh most
("655 investigations and 463 arrests": each number has its own noun), words just before it
less, the rest of the sentence least.

This module only matches: on the record read once (`profiles.py`, a `Profile` per figure) and what
a sentence says around a number (`Context`, read in claim_context.py; whether a figure can be its
quantity is quantity_fit.py's), it scores each recorded figure of the same quantity (a `Match`, matches.py).
All three are immutable: `verdicts.py` judges the values from them and changes none. Every weight is
a named constant below; a candidate's score is the sum of the weights of what its sentence names.
"""

from __future__ import annotations

import datetime
import re
from functools import cached_property

from .claim_context import AFTER, ELSEWHERE
from .context import Context
from .matches import Candidates, KindFit, Match
from .measures import MONEY, WORDS
from .numerals import Numeral
from .profiles import Profile, Profiles
from .quantity_fit import FISCAL, said_then, same_kind, same_quantity, within_fiscal_years
from .vocab import NearMiss
from .wording import (
    ACTS,
    EARLIEST_YEAR,
    GOALS,
    LATEST_YEAR,
    NEGATION,
    content_stem,
)

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
SPEAKER_BEFORE = 0.5  # ... named in an earlier sentence this one points back at: "the latter recognised that 70 %"
PART_NAMED = 0.5  # each name of a part (a division, a city) the figure's description gives
PART_MISSING = 0.25  # each such name missing where another is named: "Omaha Division" is not the El Paso Division
CASE_NAMED = INITIATIVE_NAMED  # a case named in words ("the lawsuit against gun makers") ties as an operation's name
OTHER_INITIATIVE = 0.5  # the paragraph is about one operation and the figure belongs to another
YEARS_NOT_GIVEN = 0.5  # the text names years, and the record gives this figure none
FOREIGN_WORDS = 1.0  # the number's own words name what another metric counts ("intercepted", "methamphetamine")
MISSING_DISTINCTIVE = 0.5  # for each word that sets a figure's metric apart and that the sentence lacks
WHOLE = 100  # a share of a whole is at most all of it, in percent
U_S = content_stem("USA")  # the origin a share of firearms is of: "70 % come from the U.S. and 30 % from Europe"
NEGATION_STEMS = frozenset(filter(None, map(content_stem, NEGATION)))  # "not of U.S. origin": a label that denies
MEASURE_STEMS = frozenset(filter(None, map(content_stem, WORDS)))  # "toneladas", "pounds": a weight, not what it weighs
GUNS = frozenset(filter(None, map(content_stem, ("firearms", "armas"))))  # guns, as labels say it in both languages
PEOPLE = frozenset(filter(None, map(content_stem, ("people", "personas"))))
IDENTIFIED = content_stem("identified")  # a purchaser (none) identified: a label that denies
DENIED_SAID = frozenset(filter(None, (IDENTIFIED, *map(content_stem, ("origin", "origen")))))  # ... or an origin
CHANGE = content_stem("change")  # what every change's label names: the rest says what changed
FOREIGN = content_stem("foreign")  # "extranjera" too (wording.SYNONYMS): not of the U.S.
LEGAL = content_stem("legal")  # a count of what came in or was sold legally: no count of what was smuggled
ILLEGAL = frozenset(filter(None, map(content_stem, ("illegal", "ilegal", "smuggled", "contrabando"))))
MEXICO = content_stem("Mexico")  # in a maker's name ("Government of Mexico"), said of every figure: names no maker
NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*")  # a word of a maker's name, its punctuation left out
STUDY_WORDS = ("study", "estudio", "report", "informe", "researchers", "investigadores", "scholars")
STUDY = frozenset(filter(None, map(content_stem, STUDY_WORDS)))  # what a text calls an estimate's makers by
TRAFFICKING = frozenset(filter(None, map(content_stem, ("trafficked", "traficadas"))))  # "smuggling" too (SYNONYMS)
TITLE_AFTER = 3  # letters a title has past them: "Ambassador", "Head" (not "U.S." nor "ATF")
MADE = frozenset(filter(None, map(content_stem, ("made", "manufactured", "fabricadas", "producidas"))))  # where made


class Matcher(Profiles):
    """The record read for matching (`Profiles`, with what a text names), and what a sentence says near a number."""

    def candidates(self, n: Numeral, context: Context) -> Candidates:
        """The recorded figures of the same quantity a number may be about, and whether the record counts its kind."""
        kind_named = kind_fits = False
        # each kind of figure (a metric in a unit) once, in the order the sentence's words first reach it
        reached: dict[int, tuple[int, tuple[Profile, ...]]] = {}
        for at, key in enumerate(context.weights):
            for members in self.kinds_by_stem.get(key, ()):
                reached.setdefault(id(members), (at, members))
        found: list[tuple[int, int, Match]] = []
        # the number's own words that set some metric apart, by kind (shares, counts): read once for every figure
        own_distinctive = context.own_stems & self.distinctive_by_kind[n.percent]
        head_counts = context.head is not None and context.head in self.label_words_by_kind[n.percent]
        people_head = not n.percent and context.head in self.people_words  # "19,000 homicides", "3,337 detenidos"
        said_units = context.weights.keys() & self.unit_stems
        counted_words = said_units | (context.weights.keys() & {U_S} if n.percent else set())
        said_acts = [act for act in ACTS if act & context.own_stems]
        # where things were made, said in the sentence; and said other than in its own words before it ("made up")
        made_said = MADE & context.weights.keys()
        made_after = made_said - (context.own_stems - context.after_stems)
        # a goal said before the number: "Mexico aims to have eTrace in 26 states", "la meta era 40 laboratorios"
        goal = any(ELSEWHERE < context.weights.get(key, 0.0) < AFTER for key in GOALS)  # (its own words before it)
        # made or bought outside the U.S., said of the number or with no U.S. named
        abroad = FOREIGN in context.own_stems or (FOREIGN in context.weights and U_S not in context.weights)
        places = context.for_parts & self.place_names  # the places the record counts apart that its words name
        listed_alone = context.in_list and context.measure is None  # (a measure is its own unit: "unos 3 mil kilos")
        weighed = context.measure is not None and context.measure.dimension not in MONEY  # a substance, not money
        # how well the words name each label and unit they reach (_match), once: many kinds share a unit or a label
        reached_phrases = {phrase for key in context.weights for phrase in self.phrases_by_stem.get(key, ())}
        fits = {phrase: _match(phrase, context.weights) for phrase in reached_phrases}
        for at, members in reached.values():
            kind = members[0]
            if kind.percent != n.percent or (n.percent and not kind.change and n.value > WHOLE):
                continue  # (a share is of a whole: "rates at least 169% greater" is a change or a ratio)
            label = max((fits.get(words, 0.0) for words in kind.labels), default=0.0)
            unit = max((fits.get(words, 0.0) for words in kind.units), default=0.0)
            if label <= 0 and unit <= 0:
                continue
            kind_named = True
            if not same_kind(kind, context, self.unit_stems):
                continue
            kind_fits = True
            if kind.change and not any(words - {CHANGE} <= context.weights.keys() for words in kind.labels):
                continue  # a change is of what its label counts, and how: "gun sales rose 31 %" are no guns seized
            if _killed_with_guns(kind) and (GUNS.isdisjoint(context.weights) or context.whole_of_part):
                # a count of people killed with guns says so: "31,062 murders" are no homicides with firearms, nor is
                # the whole of a share the guns are said of ("70 percent of Mexico's 31,062 murders were committed ...")
                continue
            if people_head and PEOPLE.isdisjoint(kind.unit_words):
                continue  # what people are counted as is no count of things: "more than 19,000 homicides" are no guns
            if context.negated & kind.own_words and not kind.own_words & NEGATION_STEMS:
                continue  # "18,000 guns ... were not submitted for tracing" count none of those submitted
            if goal and GOALS.isdisjoint(kind.own_words):
                continue  # a goal is no count of what was done
            if goal and kind.unit_words.isdisjoint(context.weights):
                continue  # ... nor one of another unit: "aimed to supply ... over 100 firearms" reach no states
            if U_S in kind.own_words and abroad:
                # "unas 3,600 armas rastreadas eran de fabricación extranjera" are none made in the U.S., nor "nearly
                # 4,000 foreign-made guns ... imported into the U.S."
                continue
            if LEGAL in kind.own_words and ILLEGAL & context.weights.keys() and not ILLEGAL & kind.own_words:
                continue  # "unas 500 mil armas entraron ilegalmente" are none of the 468,737 imported legally
            denied = kind.own_words & DENIED_SAID if kind.own_words & NEGATION_STEMS else frozenset()
            if denied and not context.denies and FOREIGN not in context.weights:
                # a label that denies a purchaser or an origin is said so ("foreign-made" too): "64 percent had an
                # identified purchaser" are the rest of those with none identified, "45,000 guns were traced to the
                # U.S." none of the 44,998 not of U.S. origin
                continue
            # what the number's own words name that this kind does not count, and what sets it apart unsaid; where
            # the noun right after it is this kind's, the words before it are the clause before's: "100 millones de
            # dólares en efectivo en 1.436 investigaciones"
            others = own_distinctive - kind.own_words
            # (trafficking before the unit it qualifies counts none of what was trafficked: "755 trafficking
            # investigations", "2,000 casos de tráfico")
            qualifies = context.head in TRAFFICKING and bool(kind.unit_words & context.after_stems)
            if others and context.head in kind.own_words:
                others &= context.after_stems
            elif qualifies:
                others -= TRAFFICKING
            foreign = bool(others)
            # the noun right after the number names what another metric of its kind counts: "21,743 homicides"
            foreign = foreign or (head_counts and context.head not in kind.own_words and not qualifies)
            # (those of its label in the text's language: "ilegales" is the Spanish label's "illegal")
            distinctive = kind.label_distinctive.get(context.lang, frozenset())
            if weighed and (distinctive & context.weights.keys()) - context.for_parts:
                # what is weighed is named with the weight: in "56,574 kilograms of methamphetamines, 38,646 kilograms
                # of cocaine", methamphetamine is the other weight's, and 38,646 none of it
                continue
            if n.percent and MADE & kind.own_words and not made_said:
                # a share of what was made somewhere says so: "más del 70 % de las armas ... entran desde Estados
                # Unidos" is no share of the guns made there each year that are smuggled (the suit's 2.2 %)
                continue
            missing = len(distinctive - context.weights.keys())
            if weighed and missing and context.after_stems - kind.own_words - MEASURE_STEMS:
                continue  # ... and the words after the weight name another substance: "42 toneladas de drogas"
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
                label_elsewhere=any(
                    (w := words & context.of_shares - kind.unit_words) and not w & context.for_parts
                    for words in kind.labels
                ),
                other_act=bool(said_acts)
                and any(act & kind.own_words for act in ACTS)
                and not any(act & kind.own_words for act in said_acts),
                figures=len(members),
                # (in a list, the U.S. of another item's own words: "70 percent came from the U.S. and 13 percent had
                # undetermined origin")
                us_unsaid=n.percent
                and U_S in kind.own_words
                and (U_S not in context.weights or (context.in_list and U_S not in context.for_parts)),
                made_apart=(not made_said) if MADE & kind.own_words else bool(made_after),
                apart_unsaid=bool(kind.set_apart) and kind.set_apart.isdisjoint(context.weights),
                denial_unsaid=bool(denied) and bool(context.negated) and not denied & context.negated,
                per_year_unsaid=kind.yearly
                and not context.yearly
                and any(low < high for low, high in context.closed_years),
                whole_unsaid=n.percent
                and not kind.change
                and bool(said_units)
                and said_units.isdisjoint(kind.own_words | kind.whole),
            )
            for p in members:
                if same_quantity(p, context, places):
                    found.append((at, self.order[p.fact.id], self._score(p, fit, context)))
        found.sort(key=lambda item: item[:2])  # as the words reach them, then as the record lists them
        return Candidates([m for _at, _order, m in found], kind_named, kind_fits)

    @cached_property
    def people_words(self) -> frozenset[str]:
        """The words of the labels and units of counts of people ("homicides", "arrests", "people") that no count of
        anything else has: the noun that names what a number counts as people."""
        counts = [p for p in self.profiles if not p.percent]
        of_people = {w for p in counts if not PEOPLE.isdisjoint(p.unit_words) for w in p.own_words}
        of_things = {w for p in counts if PEOPLE.isdisjoint(p.unit_words) for w in p.own_words}
        return frozenset(of_people - of_things)

    @cached_property
    def makers(self) -> dict[str, frozenset[str]]:
        """The names of each estimate's makers, as its record gives them ("University of San Diego's Trans-Border
        Institute"), and, for one no agency made, the words a text calls a study by: a sentence that reports an
        estimate and names none of them reports someone else's ("a senator said 100,000 a year in 1997-1999")."""
        makers: dict[str, frozenset[str]] = {}
        for f in self.ds.facts:
            if f.estimate is not None:
                names = NAME_WORD.findall(" ".join(filter(None, (f.estimate.by, f.estimate.by_es))))
                stems = {key for w in names if w[:1].isupper() and len(w) > TITLE_AFTER and (key := content_stem(w))}
                makers[f.id] = frozenset(stems - {U_S, MEXICO}) | (STUDY if not f.agencies else frozenset())
        return makers

    def _titled(self, speakers: frozenset[str], context: Context) -> bool:
        """Whether the sentence calls one of a figure's speakers by title and names no one else: "dijo el embajador"."""
        return not context.people and any(self.titles.get(s, frozenset()) & context.weights.keys() for s in speakers)

    def _of_another_country(self, agencies: frozenset[str], p: Profile) -> bool:
        """Whether every agency a sentence names is of another country than a figure no agency gave: "SEDENA firearm
        seizures grew 19 percent" is no rise in those seized at the U.S. border heading south (an NFCTA finding)."""
        countries = {self.ds.agency_by_code[a].country for a in agencies if a in self.ds.agency_by_code}
        return p.fact.country is not None and bool(countries) and p.fact.country not in countries

    @cached_property
    def titles(self) -> dict[str, frozenset[str]]:
        """Each person's title, the first word of the role in each language: "embajador", "Ambassador" (not "U.S.")."""
        firsts = {
            person.id: [next((w for w in role.split() if w.isalpha() and len(w) > TITLE_AFTER), "") for role in roles]
            for person in self.ds.people
            if (roles := [r for r in (person.role, person.role_es) if r])
        }
        return {pid: frozenset(filter(None, map(content_stem, words))) for pid, words in firsts.items()}

    @cached_property
    def _described(self) -> dict[str, frozenset[str]]:
        return {}

    def _about(self, p: Profile) -> frozenset[str]:
        """The other initiatives a figure's description names (Names.initiatives_described), read the first time a
        sentence names an initiative not its own: most texts name few, and the record's descriptions are many."""
        f = p.fact
        if f.id not in self._described:
            texts = filter(None, (f.description, f.description_es))
            self._described[f.id] = self.initiatives_described(texts, f.initiative)
        return self._described[f.id]

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
            # (a figure of another initiative whose description names the one named is of it too: Mission Firewall's
            # goal of extending eTrace to all 32 states, where a page about the Firewall names eTrace)
            about = p.initiative not in context.initiatives and not context.initiatives.isdisjoint(self._about(p))
            if p.initiative in context.initiatives or about:
                score += INITIATIVE_NAMED + (TOPIC_BONUS if about and p.initiative in context.topic else 0.0)
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
        # (a year that dates a report or a statement ties no period, nor sets one apart: "a 2024 report found")
        years = context.period_years
        if years and p.years:
            if any(low <= p.years[1] and p.years[0] <= high for low, high in years):
                score += YEARS_NAMED
                identified = named = years_named = True
                years_closed = any(
                    EARLIEST_YEAR < low <= p.years[1] and p.years[0] <= high < LATEST_YEAR for low, high in years
                )
                # an open span ("since 2009", "2009 to date") holds every later period: no closer fit
                if any(low <= p.years[0] and p.years[1] <= high < LATEST_YEAR for low, high in years) or (
                    FISCAL in context.weights and within_fiscal_years(p, years)
                ):
                    score += WITHIN_YEARS
            else:
                conflict = conflict or "period"
        elif context.years and p.years is None and any(high < LATEST_YEAR for _low, high in context.years):
            # only a closed span ties or sets apart a figure without a period: "to date" may be any figure's
            said = self.ds.source_by_id[p.fact.source].date
            period_unknown = True  # the year may be the data's ("la cifra del año 2009"): not one to contradict on
            if said is not None and any(low <= said.year <= high for low, high in context.years):
                score += YEARS_NAMED  # "GAO said in 2009 that …"
                identified = named = True
            else:
                score -= YEARS_NOT_GIVEN
        day_unsaid = other_day = False
        # (a running total's first month is every point's: "from October 2024 to March 2025" names the March point)
        # (nor is the month a running count began, said as a span's opening, a point's: "suma 10 mil 706 desde el 5 de
        # febrero de 2025"; a span opened another month is another count: "since Jan. 20, 2025")
        ends = context.months
        if p.months is not None and p.months[0] != p.months[1]:
            ends = context.months - {p.months[0]}
        elif context.months_opened and (began := p.running_from) is not None:  # (asked only where one is said)
            ends = context.months - ({(began.year, began.month)} & context.months_opened)
        if p.months is not None and p.months[1] not in ends:
            # one day's point of a running count: another month named is another point; none named, any point
            # but the one the text named last ("as of 25 August ... During this period")
            # (a count said on a day, with no day of its own named, is the one made known that day or the day before,
            # no other point of it)
            given_then = said_then(p, context)
            other_day = bool(ends) or (bool(context.said_on) and not given_then)
            day_unsaid = not other_day and p.months[1] not in context.months_before and not given_then
            conflict = conflict or ("period" if other_day else None)
        elif p.day is not None and p.day not in context.days and any(_same_month(d, p.day) for d in context.days):
            # the month of the point, at another day: "6 de agosto del 2025" is not the count of 25 August 2025
            other_day = True
            conflict = conflict or "period"
        agency_named = bool(context.agencies & p.agencies)
        agency_before = not context.agencies and bool(context.agencies_before & p.agencies)
        if agency_named:
            score += AGENCY_NAMED
            identified = named = True
        elif agency_before:
            score += AGENCY_BEFORE  # helps to find the figure; names nothing a contradiction needs but whose it is
        # (whose figure, not which point of a running count: each day's total is said by whoever reports it that day)
        speaker_named = bool(context.people & p.speakers) and not day_unsaid
        speaker_before = not speaker_named and not day_unsaid and bool(context.people_before & p.speakers)
        if speaker_named:
            score += SPEAKER_NAMED
            identified = named = True
        elif speaker_before:
            score += SPEAKER_BEFORE
            identified = True
        narrower, named_parts = False, 0
        if p.specific:
            named_parts = len(p.specific & context.for_parts)
            score += PART_NAMED * named_parts
            if named_parts:  # in the description's language that names most of them: "Spain" is "España"
                score -= PART_MISSING * min(len(names - context.for_parts) for names in p.parts if names)
            identified = identified or named_parts > 0
            # (a national figure's description names no part of it: the places it names help find it, and tie it no
            # more: the 30 % of SEDENA's guns "from Spain, Italy, Austria" make no 68 % of one arsenal its 70 %)
            named = named or (named_parts > 0 and p.scope != "national")
            # (nor is a country's figure whose speaker the sentence names narrower for what else its description names:
            # "García Harfuch said nearly 80 %" is his national share, wherever he said it)
            narrower = named_parts == 0 and not (speaker_named and p.scope == "national")
        if terms_named := len(p.terms & context.for_parts):  # the head of government whose term it counts, by name
            score += PART_NAMED * terms_named  # (as a part's names weigh: "López Obrador" is two)
            identified = True
        # (a place of its own named in a sentence before helps find it: a case's city is named once, in its lead)
        place_before = narrower and bool(p.places & context.places_before)
        # (or its case's accused, named anywhere in the text: "Five men arrested ... The DOJ indicted Gerardo Rafael
        # Perez Jr." ties the Laredo case's five; it helps find, and names nothing a contradiction needs)
        accused_named = bool(context.accused) and p.fact.id in context.accused
        narrower = narrower and not accused_named
        identified = identified or place_before or accused_named
        acronym_named = bool(p.acronyms & context.for_parts)
        if acronym_named:  # "the NFCTA report said": a tie where said, nothing missing where not
            score += PART_NAMED
            identified = named = True
        # (all the words of one of its names said; asked only of a case's figure: this runs for every pair)
        case_named = bool(p.case_words) and any(words <= context.weights.keys() for words in p.case_words)
        if case_named:
            score += CASE_NAMED
            identified = named = True
            narrower = False
        elif (
            context.days and agency_named and not context.for_parts & self.place_names and _on_its_day(p, context.days)
        ):
            # a seizure of one day, said on that day by the agency that made it, naming no other place: "CBP seized
            # 92,900 rounds on 17 August 2024" (not "police in Juárez arrested three" on the day of a Laredo case)
            narrower = False
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
            years_last_named=bool(context.years_last)  # (asked first: most sentences name years of their own)
            and p.years is not None
            and any(
                EARLIEST_YEAR < low <= p.years[0] and p.years[1] <= high < LATEST_YEAR
                for low, high in context.years_last
            ),
            narrower=narrower,
            place_before=place_before,
            accused_named=accused_named,
            period_unknown=period_unknown,
            day_unsaid=day_unsaid,
            other_day=other_day,
            other_agency=bool(context.agencies and not context.agencies & p.agencies)
            and (bool(p.agencies) or self._of_another_country(context.agencies, p)),
            other_country=bool(context.acting) and p.fact.country is not None and p.fact.country not in context.acting,
            whose_said=initiative_named
            or speaker_named
            or named_parts > 0
            or acronym_named
            or case_named
            or agency_named
            or agency_before,
            speaker_named=speaker_named,
            speaker_before=speaker_before,
            agency_named=agency_named,
            months_unsaid=years_named and not context.months and p.some_months,
            case_named=case_named,
            said_by_another=(context.reported or bool(context.people))
            and not (speaker_named or speaker_before or agency_named or initiative_named or topical)
            and (
                self.makers[p.fact.id].isdisjoint(context.weights)
                if p.fact.estimate is not None
                else bool(p.speakers) and not self._titled(p.speakers, context)
            ),
        )


def _killed_with_guns(kind: Profile) -> bool:
    """Whether a kind counts people its label says guns were used on: homicides committed with firearms."""
    return not kind.percent and bool(PEOPLE & kind.unit_words) and any(GUNS & words for words in kind.labels)


def _on_its_day(p: Profile, days: frozenset[datetime.date]) -> bool:
    """Whether a figure counts one day's events and the sentence names that day."""
    period = p.fact.period
    return (
        period is not None
        and period.first_day is not None
        and period.first_day == period.last_day
        and period.last_day in days
    )


def _same_month(a: datetime.date, b: datetime.date) -> bool:
    return (a.year, a.month) == (b.year, b.month)


def _match(label: frozenset[str], weights: dict[str, float]) -> float:
    """How well the words around a number name a label (see MATCH_BEST and MATCH_EACH)."""
    # summed in one order whatever the set's: a float sum in another order may differ in its last bit, and tie
    # scores would then sort apart from one run to the next
    found = sorted(weights[s] for s in label if s in weights)
    return sum(found) / len(label) + MATCH_BEST * max(found) + MATCH_EACH * sum(found) if found else 0.0
