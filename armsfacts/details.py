"""Records that answer the detail commands: a record with what hangs off it, and search hits.

Kept apart from the dataset's models so that a command that needs none of them (`stats`)
does not pay for defining them.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from .models import Agency, Fact, Initiative, Person, Source


class InitiativeDetail(Initiative):
    """An initiative (operation, program, law, …) with every figure attributed to it."""

    facts: list[Fact]


class AgencyDetail(Agency):
    """An agency with its components, its officials and the figures it is named in."""

    components: list[str]
    people: list[Person]
    facts: list[Fact]


class SourceDetail(Source):
    """A source with every figure taken from it."""

    facts: list[Fact]


class SearchHit(BaseModel):
    """One record that matched a search."""

    kind: Literal["fact", "initiative", "agency", "person", "organization", "source", "event", "metric"]
    id: str
    name: str
    matched: str
    name_es: str | None = Field(default=None, description="The name in Spanish, where the data has one.")
