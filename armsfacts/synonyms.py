"""Words people use for the same thing, in both languages: one list for the CLI's search and the page's.

Each group holds folded words (lower case, no accents). A search word finds a figure when the
figure's text holds the word or any word of its group. Kept here, as data, so the terminal and
the HTML page (which receives the groups as JSON) can never disagree about what matches.
STOP_WORDS, folded the same way, are the words a search leaves out: they carry nothing, and
would otherwise match nearly every figure. matching.py holds the rule that uses both.

A word belongs to one group at most (`alternatives` gives the first group holding it).
"""

from __future__ import annotations

GROUPS: tuple[tuple[str, ...], ...] = (
    (
        "gun", "guns", "firearm", "firearms", "weapon", "weapons", "arma", "armas", "armamento", "fuego",
    ),
    (
        "seized", "seizure", "seizures", "seize", "confiscated", "decomisadas", "decomisados", "decomiso",
        "decomisos", "aseguradas", "asegurados", "aseguramiento", "aseguramientos", "incautadas", "incautacion",
    ),
    ("year", "years", "yearly", "annual", "annually", "ano", "anos", "anual", "anuales"),
    (
        "arrest", "arrests", "arrested", "detained", "detentions", "detenciones", "detencion", "detenidos",
        "detenidas", "arrestos", "capturas", "aprehensiones",
    ),
    (
        "trafficked", "trafficking", "smuggled", "smuggling", "trafico", "traficadas", "traficados",
        "contrabando",
    ),
    ("mexico", "mexican", "mexicans", "mexicano", "mexicanos", "mexicana", "mexicanas"),
    ("investigation", "investigations", "probes", "investigacion", "investigaciones"),
    ("charged", "indicted", "prosecuted", "acusadas", "acusados", "imputados"),
    ("traced", "trace", "traces", "tracing", "rastreo", "rastreos", "rastreadas", "rastreados"),
    ("homicides", "homicide", "murders", "killings", "homicidios", "asesinatos"),
    ("ammunition", "rounds", "cartridges", "cartuchos", "municiones", "municion"),
    ("cash", "currency", "money", "efectivo", "dinero"),
    ("share", "percent", "percentage", "proportion", "porcentaje", "proporcion"),
    ("rifle", "rifles", "fusil", "fusiles"),
    ("pills", "tablets", "pastillas", "tabletas", "pildoras"),
    ("fentanyl", "fentanilo"),
    ("methamphetamine", "meth", "metanfetamina"),
    ("dealers", "dealer", "armerias", "armeria"),
    ("made", "manufactured", "fabricadas", "fabricados"),
    ("recovered", "recuperadas", "recuperados"),
    ("damages", "indemnizacion"),
    ("lawsuit", "demanda"),
    ("border", "frontera"),
    ("stolen", "robadas", "robados"),
)  # fmt: skip

_ENGLISH_STOP = """
a an the of in on at to for and or by with from as is are was were be been being it its their this that
these those than into onto per each every all any some how many much what which who there here do does
did has have had not no over under about after before between during through within across among via up
out off
"""
_SPANISH_STOP = """
el la los las lo un una unos unas de del al en y e o u por para con sin que se su sus es son fue fueron
ser cada cuantas cuantos cuanto como entre durante sobre hacia desde hasta mas
"""
STOP_WORDS: frozenset[str] = frozenset(_ENGLISH_STOP.split() + _SPANISH_STOP.split())


def alternatives(word: str) -> tuple[str, ...]:
    """The folded word and every word sharing a group with it ('guns' -> 'gun', 'armas', ...)."""
    for group in GROUPS:
        if word in group:
            return group
    return (word,)
