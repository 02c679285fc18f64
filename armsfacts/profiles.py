"""What the record calls each figure, read once for matching: its label, unit, scope, period and names.

`candidates.py` matches the numbers of a draft to these profiles; this module only reads the record:
the stems of every metric's and unit's labels, the names of operations and agencies, and the part
names (a division, a city) each figure's description adds.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property

from . import measures, quantity
from .agreement import Interval
from .bearing import Side, sides
from .fact_days import began_on, known_from, part_of_a_year
from .models import Dataset, Fact, Figure
from .names import Names, accused, names_accused
from .phrases import USA
from .places import one_word_places
from .query import agency_names, departments, fact_agencies, fold, initiative_names
from .vocab import PERCENT_KINDS, InitiativeKind, ScopeLevel
from .wording import CALENDAR, SHARE_STEMS, content_stem, period_years, share_whole, stem, stems

# First words of places' names that begin other places' too: not a name on their own ("Nuevo León", "Nuevo Laredo").
PLACE_PREFIXES = frozenset(key for w in ("new", "nuevo", "nueva", "san", "santa") if (key := content_stem(w)))
# ... and words that say what kind of part it is, not which: "Field" of the El Paso Field Office is the Office of
# Field Operations' too, "Division" every DEA division's.
PART_KINDS = frozenset(key for w in ("field", "campo", "division", "división") if (key := content_stem(w)))
# An office a person holds, written with a capital ("as President Sheinbaum put it"): whose figure, not a part of
# the country it counts ("La presidenta tiene una aprobación de 80 %" is no share of guns she gave).
TITLES = frozenset(key for w in ("President", "Presidenta", "Presidente") if (key := content_stem(w)))
A_MONTH = 28  # days: a span this long or longer is a count over months, not one day's event
# The levels of a figure's scope that are places, and words of their names that name no one place.
PLACE_LEVELS = ("state", "city", "region")
NOT_PLACES = frozenset(
    key for w in ("Mexico", "City", "County", "Southwest", "Border", "Six") if (key := content_stem(w))
)
CAPITALISED = r"[A-ZÁÉÍÓÚÑ][\w-]*"  # a word written with a capital: a name ("El Paso", "Nuevo León")
# A head of government's name that dates a term: "the López Obrador administration", "López Obrador's term", "el
# gobierno de Sheinbaum", "la administración del presidente Trump", "under President López Obrador"
TERM_OF_OFFICE = re.compile(
    rf"(?:[Pp]resident\s+)?(?:{CAPITALISED}\s+){{0,2}}{CAPITALISED}(?:['’]s)?(?=\s+(?:term|administration|government)\b)"
    rf"|(?<=\bunder\s)(?:[Pp]resident\s+)?{CAPITALISED}(?:\s+{CAPITALISED}){{0,2}}"
    rf"|(?P<office>\b(?:gobierno|sexenio|mandato|administraci[oó]n))\s+(?:del?\s+)?(?:president[ea]\s+)?"
    rf"{CAPITALISED}(?:\s+{CAPITALISED}){{0,2}}"
)
TERM_WORD = re.compile(r"\b(?:term|administration|government|gobierno|sexenio|mandato|administraci[oó]n|under [A-Z])\b")
DISTINCTIVE = 2  # a label word in at most this many metrics' labels names what they count apart from the rest
# Words of labels that say how or when, not what: never a sign that a sentence counts something else.
COMMON_LABEL_WORDS = (
    "could come not other said made whose part period state states year years count country via open opened "
    "dice declarada cuyo otro otros otras podia podian pais paises ano anos inicio iniciadas abiertas curso entered "
    "provienen "
    "found given known reported identified"
)


@dataclass(frozen=True)
class Profile:
    """What the record calls one figure, read once."""

    fact: Fact
    labels: tuple[frozenset[str], ...]  # the metric's label, in each language
    units: tuple[frozenset[str], ...]
    percent: bool
    change: bool
    initiative: str | None
    initiative_kind: InitiativeKind | None  # (see `operation`)
    agencies: frozenset[str]
    years: tuple[int, int] | None
    dimension: str  # what its unit measures: "mass" for pounds, else the unit itself ("firearms")
    factor: float  # one of its unit in the dimension's base unit (pounds: 0.4536 kg)
    scope: ScopeLevel | None
    speakers: frozenset[str] = frozenset()  # ids of the people whose statements give it
    specific: frozenset[str] = frozenset()  # names its description adds: a place, a division
    places: frozenset[str] = frozenset()  # ... those that are places the record counts apart (`Profiles.place_names`)
    began_on: datetime.date | None = None  # the day its initiative began, where the record knows it (began, below)
    known_from: datetime.date | None = None  # the first day it can have been known (fact_days): None, any day
    departments: frozenset[str] = frozenset()  # the agencies its agencies belong to: DHS and ICE for HSI
    # its span, where it counts part of a year: a count of some months, not a running count's point (months below)
    part_of_a_year: tuple[datetime.date, datetime.date] | None = None
    some_months: bool = False  # ... and it counts a month or more (of one year or two): not one day's event
    parts: tuple[frozenset[str], ...] = ()  # the same names, by the language of the description they come from
    acronyms: frozenset[str] = frozenset()  # a report's or station's its description names ("NFCTA"): no part
    # a case's name in words, by language (its scope's name less names and units): "Mexico's suit ... gun makers"
    case_words: tuple[frozenset[str], ...] = ()
    accused: tuple[str, ...] = ()  # the people its case is against, folded (names.accused): "gerardo rafael perez"
    terms: frozenset[str] = frozenset()  # the heads of government whose terms its description dates it by: "Trump"
    sides: tuple[Side, ...] = ()  # its printings that agree, each side's intervals read once
    # Where the record holds its quantity at other days too (a running total), the months it covers, as
    # (year, month) from first to last (one month for a count as of a day): a sentence naming a month of
    # these speaks of this point of it.
    months: tuple[tuple[int, int], tuple[int, int]] | None = None
    day: datetime.date | None = None  # the day of a running count's point
    own_words: frozenset[str] = frozenset()  # every word of its labels and units
    label_distinctive: dict[str, frozenset[str]] = field(default_factory=dict)  # by language: words few labels have
    whole: frozenset[str] = frozenset()  # what a share is of, as its label and description say: "homicides"
    yearly: bool = False  # a flow per year ("200,000 a year"), not a total of its period
    # a national count of a metric that agencies with none in common count apart in one country (SEDENA's firearms
    # seized, the FGR's): a sentence naming no agency may speak of any of them, or of all together
    counted_apart: bool = False
    # a speaker of it gave other values of its quantity at other times: naming the speaker does not say which time
    restated: bool = False

    @cached_property
    def printed(self) -> tuple[Figure, ...]:
        """Every printing on a side (a likely misprint is on none), side by side."""
        return tuple(p for side in self.sides for p in side.printed)

    @cached_property
    def unit_words(self) -> frozenset[str]:
        """Every word of its units ("percent" of a share)."""
        return frozenset().union(*self.units)

    @cached_property
    def set_apart(self) -> frozenset[str]:
        """A share's label words beyond its whole and the word for a share: "other countries" of the share of traced
        firearms from other countries (none for a count)."""
        return frozenset().union(*self.labels) - self.whole - SHARE_STEMS if self.percent else frozenset()

    @cached_property
    def described(self) -> frozenset[str]:
        """The words of its descriptions: what a share whose label names no whole is of ("of the firearms")."""
        return frozenset(stems(self.fact.description) | stems(self.fact.description_es or ""))

    @property
    def operation(self) -> bool:
        """Whether its initiative is an operation: only a sentence about that operation contradicts it."""
        return self.initiative_kind == "operation"

    @property
    def began(self) -> int | None:
        """The year its initiative began, where the record knows it: no figure of it is older."""
        return self.began_on.year if self.began_on is not None else None

    @property
    def running_from(self) -> datetime.date | None:
        """The day a count as of a day has run from, where its initiative's start is known: Operation Northern
        Border's totals run from 5 February 2025."""
        return self.began_on if self.fact.period is not None and self.fact.period.as_of is not None else None

    @property
    def runs_since(self) -> int | None:
        """The year a count as of a day has run since (running_from)."""
        return self.running_from.year if self.running_from is not None else None

    @cached_property
    def hull(self) -> Interval | None:
        """Every value a side allows or gives, and all between: a claim outside it is borne out by no side."""
        if not self.sides:
            return None
        ends = [end for side in self.sides for i in (side.pinned, side.point) for end in (i.low, i.high)]
        return Interval(min(ends), max(ends))


def counted_apart(profiles: list[Profile]) -> set[str]:
    """The national, state or city counts of a metric in a country (whole, or an agency's own) that agencies with none
    in common give apart: the FGR's firearms seized in Chihuahua in 2024 are its record, and SEDENA keeps its own."""
    by_metric: dict[tuple[str, str | None], list[Profile]] = {}
    for p in profiles:
        if p.scope in ("national", "agency", "state", "city") and p.agencies:
            by_metric.setdefault((p.fact.metric, p.fact.country), []).append(p)
    return {
        p.fact.id
        for members in by_metric.values()
        if any(a.agencies.isdisjoint(b.agencies) for a in members for b in members)
        for p in members
    }


def restated(ds: Dataset, profiles: list[Profile]) -> set[str]:
    """The figures one of whose speakers gave several values of their quantity at any times: a person's figure that
    moved ("75 %" of October 2024 to April 2025, "nearly 80 %" in February 2026)."""
    values: dict[tuple[str, quantity.SeriesKey], set[float]] = {}
    keys = {p.fact.id: quantity.series_key(ds, p.fact)._replace(period_kind="span") for p in profiles}  # any times
    for p in profiles:
        for speaker in p.speakers:
            values.setdefault((speaker, keys[p.fact.id]), set()).add(p.fact.value)
    return {p.fact.id for p in profiles if any(len(values[(s, keys[p.fact.id])]) > 1 for s in p.speakers)}


def _terms(plain: str) -> list[str]:
    """The names in the terms of office a description (_plain) dates its figure by (TERM_OF_OFFICE)."""
    if not TERM_WORD.search(plain):  # (most name none: the word first, the slower pattern only where it is)
        return []
    return [word for term in TERM_OF_OFFICE.finditer(plain) for word in re.findall(CAPITALISED, term.group())]


def _plain(text: str) -> str:
    """A description's text with the names of the United States left out and a state of two words one (wording)."""
    return USA.sub(" ", one_word_places(text))


class Profiles(Names):
    """The record read once: each figure's profile, by the stems of its label and unit."""

    def __init__(self, ds: Dataset) -> None:
        self.ds = ds
        self._label_stems: dict[str, frozenset[str]] = {}
        self.points = quantity.running_points(ds)
        self.profiles = [self._profile(f) for f in ds.facts]
        apart, moved = counted_apart(self.profiles), restated(ds, self.profiles)
        marked = apart | moved  # (the union once, not once a figure)
        self.profiles = [
            replace(p, counted_apart=p.fact.id in apart, restated=p.fact.id in moved) if p.fact.id in marked else p
            for p in self.profiles
        ]
        # Figures of one metric and unit share every word a sentence is matched on: weighed once for all of them.
        kinds: dict[tuple[object, ...], list[Profile]] = {}
        for p in self.profiles:
            kinds.setdefault((p.labels, p.units, p.percent, p.dimension), []).append(p)
        self.kinds_by_stem: dict[str, list[tuple[Profile, ...]]] = {}
        # every label and unit (a set of stems) by each of its stems: a number is weighed on those its words reach
        self.phrases_by_stem: dict[str, set[frozenset[str]]] = {}
        # each kind's label words beyond the words of a unit many metrics count in, by its first figure's id
        self.beyond_unit: dict[str, frozenset[str]] = {}
        for members in map(tuple, kinds.values()):
            kind = members[0]
            for s in set().union(*kind.labels, *kind.units):
                self.kinds_by_stem.setdefault(s, []).append(members)
            for phrase in (*kind.labels, *kind.units):
                for s in phrase:
                    self.phrases_by_stem.setdefault(s, set()).add(phrase)
            # (a share's whole is its unit so: "un 40.7% a armas largas" names no share of firearms from the U.S.)
            self.beyond_unit[kind.fact.id] = frozenset().union(*kind.labels) - (
                (kind.unit_words | (kind.whole if kind.percent else frozenset())) & self.generic_unit_words
            )

    def _profile(self, f: Fact) -> Profile:
        ds = self.ds
        metric, unit = ds.metric_by_id[f.metric], ds.unit_by_id.get(f.unit)
        labels = tuple(self.label_stems(t) or frozenset(stems(t)) for t in (metric.label, metric.label_es) if t)
        units = tuple(frozenset(stems(t)) for t in (unit.label, unit.label_es) if t) if unit else ()
        percent = metric.kind in PERCENT_KINDS
        agencies = set(fact_agencies(ds, f))
        # "Nuevo" of Nuevo Laredo is no name of its own: "Nuevo León" names not the Laredo case (New Mexico keeps it)
        plain = tuple(_plain(text) for text in (f.description, f.description_es or ""))  # read once, for both
        termed = tuple(_terms(text) for text in plain)  # (most name no term of office: [] for each)
        written = tuple(self._names(text, bool(found)) for text, found in zip(plain, termed, strict=True))
        parts = tuple(names - PLACE_PREFIXES - PART_KINDS or names for names in self._specific(written))
        if f.scope is not None and f.scope.level == "national":  # "half of those from Texas": a remark, not its part
            parts = tuple(names - self.scope_names for names in parts)
        elif f.scope is not None and f.scope.level in ("case", "city"):  # named by its city, not the state around it
            parts = tuple(names - self.state_names or names for names in parts)
        for sid in f.sources:
            speaker = ds.source_by_id[sid].speaker
            person = ds.person_by_id[speaker] if speaker else None
            if person and person.agency:
                agencies.add(person.agency)
        return Profile(
            fact=f,
            labels=labels,
            units=units,
            percent=percent,
            change=metric.kind == "change",
            yearly=metric.kind == "per_year",
            initiative=f.initiative,
            initiative_kind=ds.initiative_by_id[f.initiative].kind if f.initiative is not None else None,
            agencies=frozenset(agencies),
            departments=departments(ds, agencies),
            years=period_years(f.period),
            began_on=began_on(ds, f),
            known_from=known_from(ds, f),
            dimension=(unit.dimension if unit else None) or f.unit,
            factor=(unit.factor if unit else None) or 1.0,
            scope=f.scope.level if f.scope else None,
            speakers=frozenset().union(*(self.speakers_by_source[sid] for sid in f.sources)),
            specific=(specific := frozenset().union(*parts)),
            places=specific & self.place_names,
            parts=parts,
            acronyms=self._name_stems(w for words in written for w in words if self._acronym(w)),
            case_words=self._case_words(f),
            accused=accused(f.scope.name) if f.scope is not None and f.scope.level == "case" and f.scope.name else (),
            terms=self._name_stems(word for found in termed for word in found) if any(termed) else frozenset(),
            sides=sides(f),
            months=self.points.get(f.id),
            part_of_a_year=(span := part_of_a_year(f, self.points.get(f.id))),
            some_months=span is not None and (span[1] - span[0]).days >= A_MONTH,
            day=quantity.point_date(f.period) if f.id in self.points else None,
            own_words=frozenset().union(*labels, *units),
            label_distinctive={
                lang: self.label_stems(t) & self.distinctive[percent]
                for lang, t in (("en", metric.label), ("es", metric.label_es))
                if t
            },
            whole=frozenset().union(
                *(share_whole(t) for t in (metric.label, metric.label_es, f.description, f.description_es) if t)
            )
            if percent
            else frozenset(),
        )

    @cached_property
    def claimable(self) -> frozenset[str]:
        """What a figure in a unit of measure may be a claim of: what the record's figures measure ("mass",
        "firearms" …) and money in either currency, recorded in it or not (measures.MONEY)."""
        return frozenset(p.dimension for p in self.profiles) | measures.MONEY

    @cached_property
    def distinctive(self) -> dict[bool, frozenset[str]]:
        """Label words that name what few metrics count ('methamphetamine'), not what many do ('seized'): of the
        labels of shares (True) and of counts (False).

        A count's unit ("rifles") is matched as its unit, not as a word of its label. A share's unit is a
        percent: a unit's word that few shares' labels have (the share of recovered firearms that are rifles)
        is what sets it apart.
        """
        counts: dict[bool, Counter[str]] = {True: Counter(), False: Counter()}
        for m in self.ds.metrics:
            counts[m.kind in PERCENT_KINDS].update(
                set().union(*(self.label_stems(t) for t in (m.label, m.label_es or "")))
            )
        common = self.known_agencies | self.common_label_stems
        rare = {key for key, count in (counts[True] + counts[False]).items() if count <= DISTINCTIVE} - common
        rare_units = {key for key, count in counts[True].items() if count <= DISTINCTIVE} & self.unit_stems - common
        rare -= self.unit_stems
        # (nor a word of manner, "directly", "directamente": "transferidas por fabricantes" names the makers' share)
        rare -= {
            stem(w)
            for m in self.ds.metrics
            for t in (m.label, m.label_es or "")
            for w in fold(t).split()
            if w.endswith(("ly", "mente"))
        }
        # (and where a thing was made, which few labels name and sets a share of U.S.-made guns apart from one of
        # U.S. origin: "68% ... traced to the United States" is no share made there)
        made = {key for key in map(content_stem, ("made",)) if key} & set(counts[True])
        return {True: frozenset(rare | rare_units | made), False: frozenset(rare | made)}

    @cached_property
    def distinctive_by_kind(self) -> dict[bool, frozenset[str]]:
        """The distinctive words of the labels of shares (True) and of counts (False), each kind apart.

        'dealers' and 'cartel' set apart shares only ("share of traced firearms last sold by dealers"):
        beside a count they say nothing of what another count counts.
        """
        kinds: dict[bool, set[str]] = {True: set(), False: set()}
        for m in self.ds.metrics:
            kinds[m.kind in PERCENT_KINDS].update(*(stems(t) for t in (m.label, m.label_es or "")))
        return {kind: frozenset(found & self.distinctive[kind]) for kind, found in kinds.items()}

    @cached_property
    def generic_unit_words(self) -> frozenset[str]:
        """The words of units many metrics count in (firearms, people): naming one says little of which metric."""
        metrics: Counter[str] = Counter()
        for words in {(p.fact.metric, w) for p in self.profiles for w in p.unit_words}:
            metrics[words[1]] += 1
        return frozenset(word for word, count in metrics.items() if count > DISTINCTIVE)

    @cached_property
    def one_word_labels(self) -> frozenset[str]:
        """The labels of counts that are one word ("arrests", "detenciones"): that word names what they count."""
        return frozenset(
            w for p in self.profiles if not p.percent for words in p.labels if len(words) == 1 for w in words
        )

    @cached_property
    def label_words_by_kind(self) -> dict[bool, frozenset[str]]:
        """Every word of the labels and units of shares (True) and of counts (False), less common ones."""
        kinds: dict[bool, set[str]] = {True: set(), False: set()}
        for p in self.profiles:
            kinds[p.percent].update(p.own_words)
        common = self.common_label_stems | self.known_agencies
        return {kind: frozenset(found - common) for kind, found in kinds.items()}

    @cached_property
    def known_agencies(self) -> set[str]:
        """The stems of the agencies' codes and names: who counted says nothing of what was counted."""
        return set().union(*(stems(n) for a in self.ds.agencies for n in agency_names(a)))

    @cached_property
    def common_label_stems(self) -> frozenset[str]:
        """The stems of COMMON_LABEL_WORDS: label words that say how or when ("period", "year"), not what is counted."""
        return frozenset(stems(COMMON_LABEL_WORDS))

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

    def _specific(self, written: tuple[list[str], ...]) -> tuple[frozenset[str], ...]:
        """What a figure's description names beyond its metric, operation and agencies: 'El Paso Division'.

        Names are the capitalised words inside a sentence of the description (`written`, by language), less its
        acronyms (_acronym).
        """
        return tuple(self._name_stems(w for w in words if not self._acronym(w)) for words in written)

    def _case_words(self, f: Fact) -> tuple[frozenset[str], ...]:
        """The words a case is named by, in each language: its scope's name less the names inside it (capitalised,
        read as parts, as a description's are), days and the record's units ("Mexico's suit against U.S. gun makers":
        Mexico, suit, makers). One word alone names no case: "puente" is any bridge, not that of a bus seized on it."""
        case = f.scope if f.scope is not None and f.scope.level == "case" else None
        names = [re.findall(r"[^\W\d_]+", n) for n in (case.name, case.name_es) if n] if case else []
        kept = ([w for i, w in enumerate(ws) if (i == 0 or w.islower()) and fold(w) not in CALENDAR] for ws in names)
        found = (frozenset(filter(None, map(content_stem, words))) - self.unit_stems for words in kept)
        return tuple(words for words in found if len(words) > 1)

    def _acronym(self, word: str) -> bool:
        """Whether a word in capitals is an acronym (a report's, a station's: "NFCTA", "KGNS"), not a part the record
        counts by it: named, it ties a figure; unnamed, it takes nothing away."""
        return word.isupper() and content_stem(word) not in self.scope_names

    @staticmethod
    def _names(plain: str, termed: bool) -> list[str]:
        """The capitalised words inside the sentences of a description (_plain; not, where it is `termed`, the names of
        a head of government whose term dates the figure: "the second Trump term" is a period, no part of a count)."""
        if termed:
            plain = TERM_OF_OFFICE.sub(lambda m: m["office"] or " ", plain)
        return [
            word
            for sentence in re.split(r"(?<=[.!?])\s+", plain)
            for word in re.findall(r"(?<=\s)" + CAPITALISED, sentence)
        ]

    @cached_property
    def place_names(self) -> frozenset[str]:
        """The names of the states, cities and regions the record counts apart ("sinal", "micho", "houst"), less
        the country's ("Mexico City") and words that say what kind of part it is."""
        names = [f.scope.name for f in self.ds.facts if f.scope and f.scope.name and f.scope.level in PLACE_LEVELS]
        return self._names_stems(names) - PLACE_PREFIXES - PART_KINDS - NOT_PLACES

    def accused_in(self, folded: str) -> frozenset[str]:
        """The figures of the cases whose accused a folded text names anywhere: "indicted Gerardo Rafael Perez Jr."."""
        return frozenset(p.fact.id for p in self.of_accused if names_accused(folded, p.accused))

    @cached_property
    def of_accused(self) -> list[Profile]:
        """The figures of cases against named people (Profile.accused): few, and asked of every text."""
        return [p for p in self.profiles if p.accused]

    def places_in(self, text: str) -> frozenset[str]:
        """The places the record counts apart (place_names) that a text names."""
        return self._names_stems([text]) & self.place_names

    @cached_property
    def state_names(self) -> frozenset[str]:
        """The names of the states the record counts apart ("texa", "sonor")."""
        return self._names_stems(
            f.scope.name for f in self.ds.facts if f.scope and f.scope.name and f.scope.level == "state"
        )

    @cached_property
    def scope_names(self) -> frozenset[str]:
        """The stems of the names of the parts the record counts apart: a state, a city, an office ('Texas', 'Paso')."""
        names = [n for f in self.ds.facts if f.scope is not None for n in (f.scope.name, f.scope.name_es) if n]
        return self._names_stems(names)

    def _names_stems(self, names: Iterable[str]) -> frozenset[str]:
        """The stems of the capitalised words of names of parts (_name_stems)."""
        return self._name_stems(word for n in names for word in re.findall(CAPITALISED, _plain(n)))

    def _name_stems(self, words: Iterable[str]) -> frozenset[str]:
        """The stems of capitalised words that name a part: not a month or a day, nor a name read otherwise."""
        found = (content_stem(w) for w in words if fold(w) not in CALENDAR)
        return frozenset(key for key in found if key is not None and key not in self.known_names and key not in TITLES)

    def label_stems(self, label: str) -> frozenset[str]:
        """A label's words, less an operation's or system's name it writes: "firearms entered into eTrace" is
        matched on its other words, the name counting once, as the initiative (not "traced", though "Without a
        Trace" shares its stem). Read once a label: every figure of a metric asks it."""
        found = self._label_stems.get(label)
        if found is None:
            found = self._label_stems[label] = frozenset(stems(label) - self.initiative_name_stems(label, fold(label)))
        return found

    @cached_property
    def known_names(self) -> set[str]:
        """The stems of every name the matcher reads otherwise: operations, agencies, metrics, units, people (a
        person a description names is no part: "since the Sheinbaum administration took office")."""
        names: list[str] = [person.name for person in self.ds.people]
        for ini in self.ds.initiatives:
            names.extend([*initiative_names(ini), ini.name_es or ""])
        for agency in self.ds.agencies:
            names.extend(agency_names(agency))
        for metric in self.ds.metrics:
            names.extend([metric.label, metric.label_es or ""])
        for unit in self.ds.units:
            names.extend([unit.label, unit.label_es or ""])
        return set().union(*(stems(n) for n in names))
