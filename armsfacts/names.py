"""Which operations, agencies and people a text names, by their names in the record.

`candidates.py` reads a draft's sentences with these (its `Matcher` is a `Names`); `check.py` asks
which operations a whole text names. Names are matched folded (no case, no accents), and an
operation's name only where one of its words is written with a capital, as a name is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cached_property

from .models import Dataset
from .query import agency_names, fold, initiative_names
from .wording import CALENDAR, stems

NAME_WORD = re.compile(r"[^\W_]+")  # a word of a name: "Última", "eTrace"
# Words inside a Spanish name that are no surname of their own ("Felipe de Jesús", "Méndez Buenos Aires")
NAME_PARTICLES = frozenset({"de", "del", "la", "las", "los", "y", "buenos"})
# a name that says whose term of office, not who spoke: "desde el inicio del gobierno de Sheinbaum ... 78%" (folded)
TERM_OF = "".join(rf"(?<!{word} de )" for word in ("gobierno", "administracion", "sexenio", "mandato", "gestion"))
LONG_ACRONYM = 5  # an acronym this long is written as a name too: "Sedena" for SEDENA (not "Atf")
# The people a case is against, in its scope's name before its place: "Gerardo Rafael Pérez Jr. et al. (Laredo, Texas)",
# "Emilio Ramirez Cortes and Edgar Emilio Ramirez Diaz (...)" (each a name of two or more words, all capitalised
# but its particles: not "Atlanta-area case announced 2 May 2025", nor a title, "Jr.")
ACCUSED_APART = re.compile(r"\s*(?:,|\band\b|\by\b|\bet al\b\.?)\s*")
ACCUSED_TITLES = frozenset({"jr", "sr"})


def accused(case_name: str) -> tuple[str, ...]:
    """The people a case is against, folded, from its scope's name: ("gerardo rafael perez",)."""
    name = case_name.split("(")[0]
    parts = [[w for w in NAME_WORD.findall(p) if fold(w) not in ACCUSED_TITLES] for p in ACCUSED_APART.split(name)]
    people = [words for words in parts if words]
    if not all(len(ws) > 1 and all(w[0].isupper() or w in NAME_PARTICLES for w in ws) for ws in people):
        return ()  # (a case named otherwise: "Bus at the Bridge of the Americas, El Paso" names no one)
    return tuple(" ".join(map(fold, words)) for words in people)


def names_accused(folded: str, people: tuple[str, ...]) -> bool:
    """Whether a folded text names one of a case's accused in full (accused): "indicted Gerardo Rafael Perez"."""
    return any(re.search(r"\b" + r"[\s-]+".join(map(re.escape, name.split())) + r"\b", folded) for name in people)


# An operation by its name: "Operation Lone Star", "el Operativo Enjambre" (capitalised words after the word).
OPERATION_NAME = re.compile(
    r"\b(?i:operation|operaci[oó]n|operativo)\s+[\"“«']?(?P<name>[A-ZÁÉÍÓÚÑ][\w'-]*(?:\s+[A-ZÁÉÍÓÚÑ][\w'-]*)*)"
)

# A country's authorities, or the country itself, as who seized something: "autoridades estadounidenses informaron el
# aseguramiento de", "EEUU aseguró", "Mexican authorities seized" (not "armas de Estados Unidos", where it is an origin)
_US = r"(?:U\.?\s?S\.?|United\s+States|American|estadounidenses?|EE\.?\s?UU\.?|EUA|Estados\s+Unidos)"
_MX = r"(?:Mexican|Mexico|mexican[ao]s?|México)"
_AUTHORITIES = (
    r"(?:authorities|officials|agents|agencies|law\s+enforcement|police|autoridades|agentes|agencias|polic[ií]as?)"
)
_SAID_THAT = r"\b(?!\s+que\b)"  # ("aseguró que" says something, and seizes nothing)
_SEIZED = r"(?:seiz|confisc|intercept|asegur|decomis|incaut)\w*" + _SAID_THAT
# ... the country alone only as the subject of a finite verb: "EEUU aseguró", "the U.S. seized", not "de Estados Unidos"
_SEIZED_BY = (
    r"(?:(?:has|have|had|ha|han)\s+)?(?:seized|confiscated|intercepted|(?:asegur|decomis|incaut|confisc)(?:ó|a|ado))"
    + _SAID_THAT
)
_NOT_ORIGIN = r"(?<!\bde\s)(?<!\bdel\s)(?<!\bfrom\s)(?<!\ben\s)(?<!\bin\s)(?<!\bto\s)(?<!\ba\s)(?<!\bthe\s)"
_ACTING = (
    r"(?<![\w.])(?:(?:the\s+)?{c}(?:\s+\w+){{0,2}}?\s+{a}|{a}(?:\s+\w+){{0,8}}?\s+{c})(?:\s+\w+){{0,3}}?\s+{s}"
    r"|" + _NOT_ORIGIN + r"(?<![\w.])(?:the\s+)?{c}\s+{v}"
)
ACTING = {
    country: re.compile(_ACTING.format(c=name, a=_AUTHORITIES, s=_SEIZED, v=_SEIZED_BY), re.IGNORECASE)
    for country, name in (("US", _US), ("MX", _MX))
}


# (most sentences name no seizure, or no country: asked first, it is quicker)
_SEIZED_WORD = re.compile(_SEIZED, re.IGNORECASE)
_COUNTRY_WORD = re.compile(f"{_US}|{_MX}", re.IGNORECASE)


def countries_acting(text: str) -> frozenset[str]:
    """The countries a sentence says seized something, by their authorities or by name (ACTING)."""
    if _SEIZED_WORD.search(text) is None or _COUNTRY_WORD.search(text) is None:
        return frozenset()
    return frozenset(country for country, pattern in ACTING.items() if pattern.search(text))


# The words of a name that is a place's too: "la Frontera Norte" is the northern border, "Frontera Norte" an operation
BORDER_WORDS = frozenset({"frontera", "norte", "sur", "border", "northern", "southern", "north", "south"})


class Names:
    """The record's operations, agencies and people, each found by its names (`ds` is set by the class mixing it in)."""

    ds: Dataset

    @cached_property
    def initiative_words(self) -> dict[str, list[str]]:
        """Each initiative's names, folded, shortest first."""
        return {
            ini.id: sorted({fold(n) for n in (*initiative_names(ini), ini.name_es or "") if len(fold(n)) > 2}, key=len)
            for ini in self.ds.initiatives
        }

    @cached_property
    def initiative_patterns(self) -> list[tuple[str, re.Pattern[str]]]:
        return [
            (iid, re.compile(r"\b(?:" + "|".join(map(re.escape, reversed(names))) + r")\b"))
            for iid, names in self.initiative_words.items()
        ]

    def initiatives_described(self, texts: Iterable[str], own: str | None) -> frozenset[str]:
        """The initiatives other than its own that a figure's descriptions name: Mission Firewall's goal of extending
        eTrace names eTrace. (A description without another's name in it is passed over: the patterns cost more.)"""
        others = [names for iid, names in self.initiative_words.items() if iid != own]
        found: set[str] = set()
        for text in texts:
            folded = fold(text)
            if any(name in folded for names in others for name in names):
                found |= self.initiatives_in(text, folded)
        return frozenset(found - {own})

    @cached_property
    def person_patterns(self) -> list[tuple[str, re.Pattern[str]]]:
        """Each person by full name and by surname (folded): 'Ken Salazar', 'Salazar'. A Mexican name ends in two
        surnames, and papers name the person by the first: 'Trevilla' of Ricardo Trevilla Trejo, 'Sheinbaum'. A
        person the record gives aliases is named by those instead: "García" alone is too many people to be Omar
        García Harfuch."""
        found = []
        for person in self.ds.people:
            words = fold(person.name).split()
            names = {fold(person.name), *words[-1:]} - {""}
            if person.aliases:
                names = {fold(person.name), *map(fold, person.aliases)}
            elif person.country == "MX" and len(words) >= 3 and words[-2] not in NAME_PARTICLES:
                names.add(words[-2])
            found.append((person.id, re.compile(TERM_OF + r"\b(?:" + "|".join(map(re.escape, names)) + r")\b")))
        return found

    @cached_property
    def speakers_by_source(self) -> dict[str, frozenset[str]]:
        """The people whose statement each source gives: its speaker, and the authors of a study the record lists as
        people (McDougal's own estimate of 212,887 a year is his, as is the 253,000 he gave the papers)."""
        people = {p.id: _full_name(p.name) for p in self.ds.people}
        found = {}
        for s in self.ds.sources:
            authors = _full_name(s.author or "") if s.kind == "study" else ""
            named = {pid for pid, name in people.items() if f" {name} " in f" {authors} "} if authors else set()
            found[s.id] = frozenset(named | ({s.speaker} if s.speaker else set()))
        return found

    @cached_property
    def agency_patterns(self) -> list[tuple[str, re.Pattern[str], re.Pattern[str] | None]]:
        found = []
        for a in self.ds.agencies:
            codes = {n for n in (a.code, a.acronym) if n}
            names = {fold(n) for n in agency_names(a) if n not in codes and len(fold(n)) > 3}
            # Mexican papers write a long acronym as a name: "la Sedena", "la Semar"
            written = codes | {c.title() for c in codes if len(c) >= LONG_ACRONYM and c.isupper()}
            exact = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(written))) + r")(?!\w)")
            folded = re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b") if names else None
            found.append((a.code, exact, folded))
        return found

    def initiatives_in(self, raw: str, folded: str) -> frozenset[str]:
        """The initiatives a text names (`folded` is `raw` folded), a word of the name written with a capital.

        A name is a name where it is written as one: "the illicit southbound trade" is a direction, not
        Operation Southbound; "la frontera norte" is a border, not Operación Frontera Norte.
        """
        return frozenset(self._initiatives_named(raw, folded))

    def initiative_name_stems(self, raw: str, folded: str) -> set[str]:
        """The stems of the initiatives' names as a text writes them: in "Operation Without a Trace seized 400
        firearms", "trace" is a name, not a word of what was counted (traced firearms)."""
        return set().union(*map(stems, self._initiatives_named(raw, folded).values()))

    def _initiatives_named(self, raw: str, folded: str) -> dict[str, str]:
        """Each initiative a text names, with its name as written there (folded)."""
        found = [
            (iid, m.group())
            for iid, pattern in self.initiative_patterns
            if (m := next((m for m in pattern.finditer(folded) if not _the_place(folded, m)), None))
        ]
        if not found:
            return {}
        written = NAME_WORD.findall(raw)
        capitals = {fold(w) for w in written if not w.islower()}
        # (an acronym, in capitals: "Sig Sauer" rifles are no Security Implementation Group's, the SIG)
        capitals -= self.initiative_acronyms - {fold(w) for w in written if w.isupper()}
        return {iid: name for iid, name in found if capitals.intersection(name.split())}

    @cached_property
    def initiative_acronyms(self) -> frozenset[str]:
        """The initiatives' names written in capitals, folded: "sig", "ofn"."""
        return frozenset(
            fold(n) for ini in self.ds.initiatives for n in (*initiative_names(ini), ini.name_es or "") if n.isupper()
        )

    @cached_property
    def described(self) -> str:
        """Every figure's descriptions, folded: where an operation the record does not list may still be named."""
        return " ".join(fold(f"{f.description} {f.description_es or ''}") for f in self.ds.facts)

    def names_another_operation(self, raw: str, folded: str) -> bool:
        """Whether a text names an operation the record holds nothing of, and none it does: "Operation Lone Star"
        (not Desert Lightning, whose figures the record holds without listing it among its operations)."""
        # (not a day or a month after the word: "the military operation Sunday" names no operation "Sunday")
        names = [
            name for m in OPERATION_NAME.finditer(raw) if (name := fold(m.group("name"))).split()[0] not in CALENDAR
        ]
        return bool(names) and not self.initiatives_in(raw, folded) and any(n not in self.described for n in names)

    def people_in(self, folded: str) -> frozenset[str]:
        """The people a (folded) text names."""
        return frozenset(pid for pid, pattern in self.person_patterns if pattern.search(folded))

    def agencies_in(self, raw: str, folded: str) -> frozenset[str]:
        """The agencies a text names, by code or acronym as written, or by name folded."""
        return self.agencies_named(raw, folded)[0]

    def agencies_named(self, raw: str, folded: str) -> tuple[frozenset[str], list[str]]:
        """The agencies a text names, and the names (not acronyms) it writes them by, folded: "bureau of alcohol
        tobacco firearms and explosives"."""
        codes, names = set(), []
        for code, exact, by_name in self.agency_patterns:
            written = [m.group() for m in by_name.finditer(folded)] if by_name is not None else []
            names += written
            if written or exact.search(raw):
                codes.add(code)
        return frozenset(codes), names


def _full_name(name: str) -> str:
    """A name folded, without its initials: "Topher L. McDougal" -> "topher mcdougal"."""
    return " ".join(w for w in fold(name).split() if len(w) > 1)


def _the_place(folded: str, found: re.Match[str]) -> bool:
    """Whether an operation's name that is a place's (BORDER_WORDS) follows the place's article: "entra por la Frontera
    Norte" is the border, not Operación Frontera Norte (named after "el operativo", "la Operación" or alone)."""
    return set(found.group().split()) <= BORDER_WORDS and folded.endswith(("la ", "the "), 0, found.start())
