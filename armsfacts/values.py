"""The value types the records are built of: days, web addresses, years, figures, ids and earlier ids.

Each refuses what no record may hold (a date outside 1900-2100, a javascript: address, an id
that reads as an option), with a message in the language in use.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated
from urllib.parse import urlsplit

from pydantic import AfterValidator, Field

from .i18n import _

EARLIEST, LATEST = dt.date(1900, 1, 1), dt.date(2100, 12, 31)


def _plausible(day: dt.date) -> dt.date:
    if not EARLIEST <= day <= LATEST:
        raise ValueError(_("a date between {first} and {last}").format(first=EARLIEST.year, last=LATEST.year))
    return day


Day = Annotated[dt.date, AfterValidator(_plausible)]
# What no address holds as it is written: spaces, controls, and what RFC 3986 leaves out (<, >, ", …).
_NOT_IN_ADDRESS = re.compile(r"[\s\x00-\x1f\x7f-\x9f<>\"\\^`{|}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _web_address(url: str) -> str:
    """An http or https address with a host: never javascript:, data: or a word that only looks like one."""
    try:
        parts = urlsplit(url)
        web = parts.scheme.lower() in ("http", "https") and bool(parts.hostname)
    except ValueError:  # an unclosed [ of an IPv6 host
        web = False
    if not web or _NOT_IN_ADDRESS.search(url):
        raise ValueError(_("an address is an http or https URL, like https://example.org/page"))
    return url


WebAddress = Annotated[str, AfterValidator(_web_address)]
Year = Annotated[int, Field(ge=EARLIEST.year, le=LATEST.year)]
Number = int | float
MAX_FIGURE = 10**12  # a million millions: more than any count, amount or flow these sources give


# What names a record: ASCII letters and digits with single - or _ between them. An id is
# lower-case (last-mile-arrests), an agency's code may be upper-case (FGR-LEGAL-INTL). No space,
# line break, invisible character or look-alike letter; nothing that reads as an option (-rf).
SLUG = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)*")
CODE = re.compile(r"[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*")


def _former_ids(names: list[str]) -> list[str]:
    for name in names:
        if not SLUG.fullmatch(name):
            message = _("an alias is an earlier id: lower-case ASCII letters and digits with single - or _ between")
            raise ValueError(message)
    return names


# Ids a record was known by before: each still finds it, in every lookup and reference, for good,
# because scripts and articles cite them. `aliases` of an initiative, agency or organization are
# other names of it; of a metric, source, event or fact they are earlier ids.
FormerIds = Annotated[
    list[str],
    AfterValidator(_former_ids),
    Field(description="Earlier ids of the record; each still finds it (show, cite, --source, references)."),
]
