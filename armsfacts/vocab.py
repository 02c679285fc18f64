"""Every closed list of choices, once: the model's `Literal` types and what is derived from them.

Light on purpose (no Pydantic): the command line builds its `click.Choice` lists from here,
so that `armsfacts --help` starts fast, and the models use the same types.
"""

from __future__ import annotations

import enum
from typing import Literal, get_args

Country = Literal["US", "MX"]
# How a figure relates to the number recorded: "more than 1,436" is more_than 1436;
# "nearly 44 million" is nearly 44,000,000; "hundreds" is a range with its low end as value.
Bound = Literal["exact", "more_than", "at_least", "approximate", "nearly", "at_most", "range"]
# The project's reading of the vague quantities it records as ranges, and their words (en, es).
VAGUE: dict[tuple[int, int], tuple[str, str]] = {
    (200, 999): ("hundreds", "cientos"),
    (2_000, 9_999): ("thousands", "miles"),
}
# The words of vague quantities in a draft, with the range the project reads into each (VAGUE, and these).
VAGUE_WORDS: dict[str, dict[str, tuple[int, int]]] = {
    "en": {
        # (a couple, a few, several of a scale: its run of number words is no number of its own, "a few hundred" no 100)
        "a couple hundred": (200, 300),
        "a couple of hundred": (200, 300),
        "a few hundred": (200, 500),
        "several hundred": (200, 999),
        "a couple thousand": (2_000, 3_000),
        "a couple of thousand": (2_000, 3_000),
        "a few thousand": (2_000, 5_000),
        "several thousand": (2_000, 9_999),
        "a couple hundred thousand": (200_000, 300_000),
        "a few hundred thousand": (200_000, 500_000),
        "several hundred thousand": (200_000, 999_999),
        "a couple million": (2_000_000, 3_000_000),
        "a few million": (2_000_000, 5_000_000),
        "several million": (2_000_000, 9_999_999),
        "tens of thousands": (20_000, 99_999),
        "hundreds of thousands": (200_000, 999_999),
        "millions": (2_000_000, 999_999_999),
        # (and of millions, each one quantity: "hundreds of millions of dollars" is no "hundreds" of anything)
        "tens of millions": (20_000_000, 99_999_999),
        "hundreds of millions": (200_000_000, 999_999_999),
        "billions": (2 * 10**9, 999 * 10**9),
    },
    "es": {
        "unos cuantos cientos": (200, 500),
        "varios cientos": (200, 999),
        "un par de miles": (2_000, 3_000),
        "unos cuantos miles": (2_000, 5_000),
        "varios miles": (2_000, 9_999),
        "decenas de miles": (20_000, 99_999),
        "cientos de miles": (200_000, 999_999),
        "miles de millones": (2 * 10**9, 999 * 10**9),
        "millones": (2_000_000, 999_999_999),
        "decenas de millones": (20_000_000, 99_999_999),
        "cientos de millones": (200_000_000, 999_999_999),
    },
}
for (_low, _high), (_en, _es) in VAGUE.items():
    VAGUE_WORDS["en"][_en] = (_low, _high)
    VAGUE_WORDS["es"][_es] = (_low, _high)
# What kind of number a metric is: a count of things or people, an amount (money, weight),
# a share of a total in percent, a change in percent, or a yearly flow.
MetricKind = Literal["count", "amount", "share", "change", "per_year"]
PERCENT_KINDS: tuple[MetricKind, ...] = ("share", "change")
# What the printings of one figure say together (agreement.py): one source; all compatible; all
# compatible but one lone printing that a slip of the pen explains; or printings that cannot all be true.
Agreement = Literal["single_source", "corroborated", "likely_misprint", "disputed"]
# How far a figure reaches: a whole country; one agency's total; a region (the southwest border);
# one office, division, port or sector of an agency; a state; a city; one operation's results; one case.
ScopeLevel = Literal["national", "agency", "region", "office", "state", "city", "operation", "case"]
InitiativeKind = Literal["operation", "program", "system", "law", "framework", "dialogue"]
# news_article is a news report, announcement a press release, report a government report (ids kept from v1).
SourceKind = Literal["news_article", "announcement", "report", "fact_sheet", "data_release", "study"]
Language = Literal["en", "es"]
Severity = Literal["error", "warning"]
CheckStatus = Literal["found", "elsewhere", "missing"]
CitationStyle = Literal["plain", "markdown", "bibtex", "csl-json"]
# `armsfacts check`: what the record says of a figure in a draft.
Verdict = Literal["supported", "contradicted", "disputed", "unverified"]
# What a number in a draft is: a figure to judge, or one of the numbers that name things (never judged).
NumeralKind = Literal["figure", "year", "date", "ordinal", "label", "age", "duration", "speed", "confidence"]
# How a contradicted figure may have gone wrong: digits swapped, one digit mistyped, dropped or added,
# off by exactly 1,000, off by a factor of 1,000, the sign turned, a change read as a share (or back),
# or the record's own figure given to another period or initiative.
NearMiss = Literal[
    "transposition",
    "wrong_digit",
    "dropped_digit",
    "extra_digit",
    "off_by_thousand",
    "factor_of_thousand",
    "sign",
    "change_as_share",
    "share_as_change",
    "period",
    "initiative",
]
# The record types `--json` prints, by the name `armsfacts schema NAME` takes.
RecordName = Literal[
    "fact",
    "initiative",
    "initiative-detail",
    "agency",
    "agency-detail",
    "person",
    "source",
    "source-detail",
    "search-hit",
    "problem",
    "check",
    "claim",
    "error",
    "compare-row",
    "trend-row",
    "metric-summary",
]
# The kinds of record a search can hit, and the tables of a data file, in file order.
RecordKind = Literal["metric", "unit", "source", "agency", "person", "organization", "initiative", "event", "fact"]
SORT_FIELDS = ("id", "metric", "value", "unit", "bound", "period", "country", "initiative", "source", "agreement")
TABLES = ("metrics", "units", "sources", "agencies", "people", "organizations", "initiatives", "events", "facts")


class Format(str, enum.Enum):
    """Every --format. People read table, plain and markdown; scripts read the rest."""

    TABLE = "table"
    PLAIN = "plain"
    JSON = "json"
    NDJSON = "ndjson"
    CSV = "csv"
    TSV = "tsv"
    MARKDOWN = "markdown"

    @property
    def is_json(self) -> bool:
        return self in (Format.JSON, Format.NDJSON)

    @property
    def is_machine(self) -> bool:
        """Formats that carry the JSON records' fields, and an empty result as `[]` or a header."""
        return self in (Format.JSON, Format.NDJSON, Format.CSV, Format.TSV)

    @property
    def lists_empty(self) -> bool:
        """Whether an empty list is still printed (`[]`, a header line) rather than told on stderr."""
        return self in (Format.JSON, Format.CSV, Format.TSV)


def choices(kind: object) -> tuple[str, ...]:
    """The values of a Literal type, for click.Choice."""
    return tuple(str(v) for v in get_args(kind))
