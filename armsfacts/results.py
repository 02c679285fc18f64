"""Records that commands print besides the data's own: details, search hits, problems, checks, claims.

Each is built (`defer_build`) when a command first uses it: a command uses one or two of them.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from .models import Agency, Fact, Initiative, Number, Period, Person, Source
from .vocab import Agreement, Bound, CheckStatus, NearMiss, RecordKind, Severity, Verdict


class InitiativeDetail(Initiative, defer_build=True):
    """An initiative (operation, program, law, …) with every figure attributed to it."""

    facts: list[Fact]


class AgencyDetail(Agency, defer_build=True):
    """An agency with its components, its officials and the figures it is named in."""

    components: list[str]
    people: list[Person]
    facts: list[Fact]


class SourceDetail(Source, defer_build=True):
    """A source with every figure taken from it."""

    facts: list[Fact]


class CompareRow(BaseModel, defer_build=True):
    """One figure of a metric as one source gave it, to set beside the others (`compare`)."""

    metric: str
    fact: str = Field(description="The figure's record; a source that re-reports it shares it.")
    source: str
    value: Number
    bound: Bound
    low: Number | None
    high: Number | None
    as_printed: str
    unit: str
    period: Period | None
    paragraph: int | None
    page: int | None
    speaker: str | None = Field(description="The name of the official the source quotes, if any.")
    outlet: str | None
    estimate_by: str | None = Field(description="Who made the estimate; null for a count.")
    estimate_by_es: str | None = Field(default=None, description="Who made it, in Spanish.")
    method: str | None
    method_es: str | None
    caveat: str | None = Field(description="The first caveat of this source's figure, else of the figure.")
    caveat_es: str | None
    agreement: Agreement


class SearchHit(BaseModel, defer_build=True):
    """One record that matched a search."""

    kind: RecordKind
    id: str
    name: str
    matched: str
    name_es: str | None = Field(default=None, description="The name in Spanish, where the data has one.")


class Problem(BaseModel, defer_build=True):
    """One thing wrong (or worth a look) in a data file."""

    file: str
    line: int | None
    column: int | None
    path: str
    severity: Severity
    message: str


class Check(BaseModel, defer_build=True):
    """One figure of a source, looked for in the source's text."""

    fact: str
    as_printed: str
    paragraph: int | None
    found_in: list[int]
    status: CheckStatus


class ErrorBody(BaseModel, defer_build=True):
    model_config = ConfigDict(extra="forbid")

    code: str
    message: str
    suggestions: list[str]


class ErrorOutput(BaseModel, defer_build=True):
    """What a failing command prints on stderr when JSON output was asked for."""

    model_config = ConfigDict(extra="forbid")

    error: ErrorBody


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
