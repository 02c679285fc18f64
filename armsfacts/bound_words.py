"""The words that bound a figure as people write them, in English and Mexican Spanish: "more than", "casi" before
it, "or more" after it, each with the project's bound (vocab.Bound). numerals.py looks for them around every number."""

from __future__ import annotations

from typing import cast

from .sentences import word_table
from .vocab import Bound


def _longest_first(table: str) -> list[tuple[str, Bound]]:  # "no more than" is looked for before "more than"
    return sorted(((p, cast(Bound, b)) for p, b in word_table(table).items()), key=lambda item: -len(item[0]))


# The words that bound a figure, as they come before it.
QUALIFIERS: dict[str, list[tuple[str, Bound]]] = {
    "en": _longest_first(
        """
        more than, over, above, upwards of, greater than, exceeding, just over, well over: more_than
        in excess of, an excess of: more_than
        exceeded, exceeds, exceed, surpassed, surpasses, topped, tops, passes: more_than
        at least, no fewer than, no less than, a minimum of: at_least
        about, around, approximately, roughly, some, an estimated, close to: approximate
        nearly, almost, just under: nearly
        up to, at most, no more than, as many as, fewer than, less than, under: at_most
        """
    ),
    "es": _longest_first(
        """
        más de, mas de, más del, mas del, poco más de, poco más del, arriba de, por encima de, superior a: more_than
        más, superó, superó las, superó los, superaron, superaron las, superaron los, supera las, rebasó las: more_than
        supera, superan, supera los, superan las, superan los, rebasa, rebasan, rebasó, rebasaron: more_than
        rebasa las, rebasa los, rebasan las, rebasan los, rebasó los, rebasaron las, rebasaron los: more_than
        al menos, por lo menos, como mínimo, al menos el, por lo menos el, cuando menos, cuando menos el: at_least
        alrededor de, alrededor del, cerca de, cerca del, aproximadamente, aproximadamente el, unos, unas: approximate
        ronda, rondan, ronda los, ronda las, rondan los, rondan las, ronda el, rondan el: approximate
        casi, casi el, poco menos de, poco menos del: nearly
        hasta, hasta el, como máximo, a lo sumo, menos de, menos del: at_most
        """
    ),
}
ADDING = ("más",)  # a bare "más" bounds a figure ("quedaron más 1 millón"), but adds at the head of a clause
# ... and after it: "200 or more", "500-plus"
TRAILING = {"en": _longest_first("or more: at_least\nplus: more_than"), "es": _longest_first("o más: at_least")}
