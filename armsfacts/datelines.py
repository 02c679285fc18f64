"""The day a text was written, as its header prints it: a line near the top that is a date and nothing else.

A page pasted whole keeps its dateline ("2016-09-05 16:37:34", "Nov. 30, 2013", "12 de marzo de 2009"); `check`
then judges it as `--written` on that day would, so that a 2016 note is never borne out by a figure of 2025.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from .numberwords import MONTH_NUMBERS

HEADER_LINES = 15  # a dateline stands above the body: under a headline, a byline, a site's menu
# what may stand before the date on its line ("Published", "Actualizado:", a weekday) and after it (a time of day)
LABEL = r"(?:(?:published|posted|updated|publicado|actualizado)(?:\s+on)?:?\s+)?"
WEEKDAY = (
    r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo),?\s+)?"
)
TIME = r"(?:,?\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:\s*(?:[ap]\.?\s?m\.?|hrs?\.?))?)?"
DATELINE = re.compile(
    r"(?i)^\s*"
    + LABEL
    + WEEKDAY
    + r"(?:(?P<iso>(?:19|20)[0-9]{2}-[0-9]{2}-[0-9]{2})(?:[ T][0-9]{2}:[0-9]{2}(?::[0-9]{2})?)?"
    # "Nov. 30, 2013", "January 06, 2011"
    + r"|(?P<month>[^\W\d_]{3,10})\.?\s+(?P<day>[0-9]{1,2}),?\s+(?P<year>(?:19|20)[0-9]{2})"
    # "21 Jan 2016", "12 de marzo de 2009", "5 de septiembre del 2016"
    + r"|(?P<day2>[0-9]{1,2})(?:\s+de)?\s+(?P<month2>[^\W\d_]{3,10})\.?(?:\s+del?)?,?\s+(?P<year2>(?:19|20)[0-9]{2})"
    + r")"
    + TIME
    + r"\s*$"
)


@dataclass(frozen=True)
class Dateline:
    day: datetime.date
    line: int  # counted from 1


def dateline(text: str) -> Dateline | None:
    """The first line among the text's first HEADER_LINES that is only a date, and that date; None where none is."""
    for number, line in enumerate(text.splitlines()[:HEADER_LINES], start=1):
        m = DATELINE.match(line)
        if m is None:
            continue
        try:
            if m["iso"]:
                day = datetime.date.fromisoformat(m["iso"])
            else:
                month = MONTH_NUMBERS.get((m["month"] or m["month2"]).casefold())
                if month is None:
                    continue
                day = datetime.date(int(m["year"] or m["year2"]), month, int(m["day"] or m["day2"]))
        except ValueError:  # "2016-02-30", "31 de junio": no day
            continue
        return Dateline(day, number)
    return None
