"""Words people use for the same thing, in both languages: one list for the CLI's search and the page's.

Each group holds folded words (lower case, no accents). A search word finds a figure when the
figure's text holds the word or any word of its group. Kept here, as data, so the terminal and
the HTML page (which receives the groups as JSON) can never disagree about what matches.
"""

from __future__ import annotations

GROUPS: tuple[tuple[str, ...], ...] = (
    ("gun", "guns", "firearm", "firearms", "weapon", "weapons", "arma", "armas", "armamento"),
    ("seized", "seizure", "seizures", "confiscated", "decomisadas", "decomiso", "aseguradas", "aseguramiento"),
    ("year", "yearly", "annual", "annually", "ano", "anos", "anual", "anuales"),
)


def alternatives(word: str) -> tuple[str, ...]:
    """The folded word and every word sharing a group with it ('guns' -> 'gun', 'armas', ...)."""
    for group in GROUPS:
        if word in group:
            return group
    return (word,)
