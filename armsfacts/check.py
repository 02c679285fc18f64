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

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import cached_property

from pydantic import BaseModel, Field

from . import numerals
from .models import Dataset, Fact, Number, Period
from .numerals import Numeral, Sentence, word_table, wordset
from .query import agency_names, fact_agencies, fold, initiative_names
from .verdicts import TOPIC_BONUS, Candidate, Context, Profile, judge_values, verdict_of
from .vocab import PERCENT_KINDS, Bound, NearMiss, Verdict


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
OWN_WORDS = 6  # how many words after a number are its own
# Where the words that belong to a number end: punctuation, a conjunction.
BREAK = re.compile(r"[,;]|(?<!\w)(?:and|y|but|pero|while|mientras|whereas)(?!\w)", re.IGNORECASE)
STOP = wordset(
    "the of in on at to for and or a an by with from as is are was were its their this that than "
    "de del la las el los en y o a al por para con que se un una su sus lo es son fue"
)
# Words people use for what the data calls otherwise: language, not record. "word, word: meant".
SYNONYMS = word_table(
    """
    gun, guns, weapon, weapons, firearm, rifles, pistols: firearms
    arma: armas
    detained, detentions, detainees, arrest: arrests
    detenidos, detenidas, detuvieron, detuvo, detencion, aprehensiones, capturas: detenciones
    seizures, seizure, seize, seizing, confiscated: seized
    decomisadas, decomisaron, decomiso, decomisos, incautadas, incautaron, incautacion: aseguradas
    indicted, prosecuted: charged
    imputados, acusados: acusadas
    tablets: pills
    tabletas, pildoras: pastillas
    probes: investigations
    abiertas: curso
    variacion, cambio: change
    """
)
# Verbs of change name a change: "investigations rose 40 percent", "aumentaron 40 por ciento".
CHANGE_WORDS = wordset(
    "rose rise rises risen increase increased increases grew growth jumped climbed fell dropped declined decreased "
    "aumento aumentaron crecio crecieron crecimiento incremento incrementaron subio subieron cayo cayeron disminuyo "
    "disminucion bajaron"
)
SYNONYMS.update(dict.fromkeys(CHANGE_WORDS, "change"))
RISE = wordset("rose rise rises risen increase increased increases up grew grown growth jumped climbed more higher")
RISE |= wordset("aumento aumentaron crecio crecieron crecimiento incremento incrementaron subio subieron alza mas")
FALL = wordset("fell fall falls dropped drop decline declined decrease decreased down less lower fewer")
FALL |= wordset("cayo cayeron disminuyo disminucion bajo bajaron caida redujo reduccion menos")
SHARE = wordset("of de del share proportion porcentaje total")
# Capitalised in a description, yet a time rather than a part of something.
CALENDAR = numerals.MONTHS | wordset(
    "monday tuesday wednesday thursday friday saturday sunday lunes martes miercoles jueves viernes sabado domingo"
)
# "The number of investigations into firearms trafficking rose 40 percent": what is counted comes after these.
COUNTED = wordset("number numero cantidad total count")
# Words before a year that make it a time, not a count: "in 2000 firearms were seized" is about 2000.
TEMPORAL = wordset("in en of de since desde during durante for until hasta year ano")
SINCE, UNTIL, AND = {"since", "desde", "from"}, {"until", "through", "hasta", "to", "a", "al"}, {"and", "y"}


@functools.lru_cache(maxsize=4096)
def stem(word: str) -> str:
    """'Investigations', 'investigaciones', 'investigated' -> 'inves'; 'guns' -> 'firea'."""
    key = fold(word)
    key = SYNONYMS.get(key, key)
    if len(key) > 3 and key.endswith("s"):
        key = key[:-1]
    return key[:5]


@functools.lru_cache(maxsize=4096)
def _content_stem(word: str) -> str | None:
    """The stem of a word that can name what a figure counts; None for small words and numbers."""
    if len(word) <= 2 or fold(word) in STOP or any(ch.isdigit() for ch in word):
        return None
    return stem(word)


def stems(text: str) -> set[str]:
    return {stem(w) for w in fold(text).split() if w not in STOP and len(w) > 2}


def _span(p: Period | None) -> tuple[int, int] | None:
    """The years a period covers."""
    if p is None:
        return None
    if p.as_of is not None:
        return p.as_of.year, p.as_of.year
    first, last = p.first_day, p.last_day
    return (first.year if first else 1900), (last.year if last else 2100)


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
        years = _span(f.period)
        profile = Profile(f, labels, units, percent, metric.kind == "change", f.initiative, agencies, years)
        profile.specific = self._specific(f)
        return profile

    def _specific(self, f: Fact) -> set[str]:
        """What a figure's description names beyond its metric, operation and agencies: 'El Paso Division'.

        Names are the capitalised words inside a sentence of the description, in either language.
        """
        found: set[str] = set()
        for text in (f.description, f.description_es or ""):
            for sentence in re.split(r"(?<=[.!?])\s+", text):
                for word in re.findall(r"(?<=\s)[A-ZÁÉÍÓÚÑ][\w-]*", sentence):
                    key = _content_stem(word)
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
        topic: set[str] = set()
        heading_topic: set[str] = set()
        paragraph = 0
        position = 0
        for sentence in numerals.sentences(text):
            if sentence.paragraph != paragraph:
                paragraph, topic = sentence.paragraph, set(heading_topic)
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
            everywhere = {
                key: ELSEWHERE
                for _s, _e, word in (numerals.words(text, sentence.start, sentence.end) if figures else ())
                if (key := _content_stem(word)) is not None
            }
            for i, n in enumerate(figures):
                context = self._context(text, sentence, inside, figures, i, named, topic, agencies, everywhere)
                claims.append(self._judge(text, sentence, n, context, lines))
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
        temporal = bool(preceding) and fold(preceding[0][2]) in TEMPORAL
        if following and stem(following[0][2]) in self.by_stem and not temporal:
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
                key = _content_stem(word)
                if key is not None:
                    weights[key] = max(weights.get(key, 0.0), weight)

        cut = BREAK.search(text, n.end, own_end)
        own_end = cut.start() if cut else own_end
        cuts = list(BREAK.finditer(text, own_start, n.start))
        own_start = cuts[-1].end() if cuts else own_start
        after = numerals.words(text, n.end, own_end)[:OWN_WORDS]
        before = numerals.words(text, own_start, n.start)[-2 * OWN_WORDS :]
        weigh(before, BEFORE)
        weigh(after, AFTER)
        weigh(_counted(before), AFTER)
        if n.currency:
            weights[stem("dollars")] = AFTER
        near = {fold(w) for _s, _e, w in [*before[-3:], *after[:3]]}
        following = [fold(w) for _s, _e, w in after[:2]]
        return Context(
            weights,
            named,
            topic if not named else set(),
            agencies,
            _years(text, [m for m in inside if m.year_like]),
            rise=bool(near & RISE) or n.sign > 0,
            fall=bool(near & FALL) or n.sign < 0,
            share=bool(following) and following[0] in SHARE,
        )

    # -----------------------------------------------------------------------
    # Judging one number.

    def _judge(self, text: str, sentence: Sentence, n: Numeral, context: Context, lines: numerals.Lines) -> Claim:
        candidates = self._candidates(n, context)
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
            context=_around(text, sentence, n),
            verdict=verdict,
            facts=[c.fact.id for c in chosen],
            agrees_with=agrees,
            near_miss=near,
            note=note,
        )

    def _candidates(self, n: Numeral, context: Context) -> list[Candidate]:
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
            c.score = 3 * label + 0.5 * unit
            if context.initiatives:
                if p.initiative in context.initiatives:
                    c.score, c.identified, c.named = c.score + 1.5, True, True
                else:
                    c.conflict = "initiative"
            elif context.topic:
                if p.initiative in context.topic:
                    c.score, c.identified = c.score + TOPIC_BONUS, True
                elif p.initiative is not None:
                    c.score -= 0.5
            if context.years and p.years:
                if any(low <= p.years[1] and p.years[0] <= high for low, high in context.years):
                    c.score, c.identified, c.named = c.score + 0.5, True, True
                    if any(low <= p.years[0] and p.years[1] <= high for low, high in context.years):
                        c.score += 0.75  # the figure's period lies within the years named, not just touches them
                else:
                    c.conflict = c.conflict or "period"
            elif context.years:
                said = self.ds.source_by_id[p.fact.source].date
                if said is not None and any(low <= said.year <= high for low, high in context.years):
                    c.score, c.identified, c.named = c.score + 0.5, True, True  # "GAO said in 2009 that …"
                else:
                    c.score -= 0.5  # the text names years, and the record gives this figure none
            if context.agencies & p.agencies:
                c.score, c.identified, c.named = c.score + 0.5, True, True
            if p.specific:
                named_parts = len(p.specific & context.weights.keys())
                c.score += 0.5 * named_parts
                c.identified = c.identified or named_parts > 0
                c.named = c.named or named_parts > 0
                c.narrower = named_parts == 0
            judge_values(c, n, context)
            candidates.append(c)
        return candidates


def _counted(found: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The noun a figure counts when it is named as 'the number of X' ('el número de X'), wherever it stands."""
    folded = [fold(w) for _s, _e, w in found]
    heads: list[tuple[int, int, str]] = []
    for i in range(len(folded) - 2):
        if folded[i] in COUNTED and folded[i + 1] in ("of", "de"):
            rest = [j for j in range(i + 2, len(folded)) if folded[j] not in STOP]
            heads.extend(found[j] for j in rest[:1])
    return heads


def _match(label: set[str], weights: dict[str, float]) -> float:
    """How well the words around a number name a label.

    The mean weight of the label's words (a word missing weighs 0), plus half the best one (the
    noun right after the number matters most), plus a little for each word found, by its weight
    (a longer label all of whose words are there beats a shorter one).
    """
    found = [weights[s] for s in label if s in weights]
    return sum(found) / len(label) + 0.5 * max(found) + 0.3 * sum(found) if found else 0.0


def _years(text: str, found: Sequence[Numeral]) -> list[tuple[int, int]]:
    """The years a sentence names: 'in 2023', 'between May 2022 and May 2023', 'since 2019'."""
    spans: list[tuple[int, int]] = []
    previous: Numeral | None = None
    for n in found:
        year = int(n.value)
        words = [fold(w) for _s, _e, w in numerals.words(text, max(0, n.start - 30), n.start)]
        words = [w for w in words if w not in numerals.MONTHS and not w.isdigit()]
        word = words[-1] if words else ""
        gap = text[previous.end : n.start] if previous else ""
        if previous is not None and spans and (word in AND | UNTIL or re.fullmatch(r"\s*[-–—/]\s*", gap)):
            spans[-1] = (spans[-1][0], max(year, spans[-1][0]))
        elif word in SINCE:
            spans.append((year, 2100))
        elif word in UNTIL:
            spans.append((1900, year))
        else:
            spans.append((year, year))
        previous = n
    return spans


def _around(text: str, sentence: Sentence, n: Numeral, reach: int = 5) -> str:
    """The words around a figure in its sentence, cut with an ellipsis where the sentence goes on; one line."""
    before = numerals.words(text, sentence.start, n.start)
    after = numerals.words(text, n.end, sentence.end)
    start = before[-reach][0] if len(before) >= reach else sentence.start
    end = after[reach - 1][1] if len(after) >= reach else sentence.end
    shown = " ".join(text[start:end].split())
    return ("… " if len(before) > reach else "") + shown + (" …" if len(after) > reach else "")


def check(ds: Dataset, text: str, lang: str | None = None) -> list[Claim]:
    """Every figure of a text, judged against the dataset."""
    return Checker(ds).check(text, lang)
