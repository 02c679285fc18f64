"""`armsfacts search`: every kind of record found by the words typed, best match first.

The rule of what matches and in which order is matching.py's, over all the records at once:
figures (by everything `query.fact_texts` gathers, their speakers included), initiatives,
agencies, people, organizations, sources and events.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

from .i18n import language
from .matching import Search, record_words
from .models import Dataset
from .query import agency_names, fact_name, fact_texts
from .results import SearchHit
from .vocab import RecordKind

Texts = Sequence[str | None]


class _Candidate(NamedTuple):
    kind: RecordKind
    id: str
    name: str
    name_es: str | None
    names: Texts  # what names the record: a match here ranks higher
    texts: Texts  # the rest it is found by


def _candidates(ds: Dataset) -> Iterable[_Candidate]:
    for f in ds.facts:
        metric = ds.metric_by_id[f.metric]
        # "arrests: hundreds": the source's words after the label, so no language is mixed into the other's
        label_es = f"{metric.label_es}: {f.as_printed}" if metric.label_es else None
        names, texts = fact_name(ds, f), fact_texts(ds, f)
        if language() == "es":  # of two texts that match alike, the one in the reader's language is shown
            names, texts = names[::-1], [*texts[1::-1], *texts[2:]]
        yield _Candidate("fact", f.id, f"{metric.label}: {f.as_printed}", label_es, names, texts)
    for i in ds.initiatives:
        about = [i.id, *i.aliases, i.description, i.description_es]
        yield _Candidate("initiative", i.id, i.name, i.name_es, [i.name, i.name_es], about)
    for a in ds.agencies:
        yield _Candidate("agency", a.code, a.name, a.name_es, agency_names(a), [])
    for p in ds.people:
        yield _Candidate("person", p.id, p.name, None, [p.name, *p.aliases], [p.role, p.role_es])
    for o in ds.organizations:
        yield _Candidate("organization", o.id, o.name, o.name_es, [o.name, o.name_es], [o.id, *o.aliases])
    for s in ds.sources:
        yield _Candidate("source", s.id, s.title, s.title_es, [s.title, s.title_es], [s.id, s.outlet])
    for e in ds.events:
        where = [e.id, *e.aliases_es, e.place, e.place_es]
        yield _Candidate("event", e.id, e.name, e.name_es, [e.name, e.name_es], where)


def _matched(search: Search, texts: Texts) -> str:
    """The text of a record that holds the most of the search's words (the first of those)."""
    best, most = "", 0
    for text in texts:
        if text:
            count = len(search.matched(record_words([text])))
            if count > most:
                best, most = text, count
    return best


def search(ds: Dataset, text: str) -> list[SearchHit]:
    """The records `text` finds (matching.py's rule), best first."""
    finder = Search(text)
    found = finder.rank(list(_candidates(ds)), lambda c: c.texts, lambda c: c.names)
    return [
        SearchHit(kind=c.kind, id=c.id, name=c.name, name_es=c.name_es, matched=_matched(finder, [*c.names, *c.texts]))
        for c in (hit.item for hit in found)
    ]
