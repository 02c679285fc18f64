"""Names of several words that say one thing, each read as one word.

"U.S. origin" and "vienen de Estados Unidos" say the same, as "federal firearms licensees" and "gun shops" do, and
"more than 300 rifles and pistols" counts firearms. `wording.words` and `wording.stems` read every text through these
names, and through the states of two words of places.py ("Nuevo León", "Baja California").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from .places import ONE_WORD_PLACES, one_word_places

# (not a U.S. that names who speaks: "the U.S. Bureau of Alcohol, Tobacco ... reports", "U.S. officials said")
OFFICIAL = r"(?:bureau|department|officials?|government|authorities|embassy|ambassador|attorneys?|agency|agents?)\b"
# The United States by its names, read as one word: "U.S. origin" and "vienen de Estados Unidos" say the same,
# as do "north of the border" and "el vecino país" in a text on guns reaching Mexico.
USA = re.compile(
    r"(?i)\b(?:united\s+states|estados\s+unidos|ee\.?\s?uu\.?|u\.s\.(?:a\.)?(?!\s+" + OFFICIAL + r")|estado?unidenses?|"
    r"norteamerican[oa]s?|(?<!latin\s)(?<!central\s)(?<!south\s)(?<!north\s)(?-i:America)(?!s\b)(?=-made|\b(?!-))|"
    r"(?:the|from|in)\s+(?-i:US)(?![\w$])|(?:de|en|a|desde|hacia)\s+(?-i:EU)(?!\w)|"  # "in the US", "vienen de EU"
    r"north\s+of\s+the\s+border|al\s+norte\s+de\s+la\s+frontera|vecino\s+pa[ií]s(?:\s+del\s+norte)?|"
    r"pa[ií]s\s+vecino(?:\s+del\s+norte)?|uni[oó]n\s+americana)(?!\w)"
)
# ... and those who sell guns, whatever the guns are called there: "federal firearms licensees", "gun shops"
DEALERS = re.compile(
    r"(?i)\b(?:federal\s+firearms?\s+licensees?|ffls?|(?:guns?|firearms?)\s+(?:dealers?|shops?|stores?|sellers?|suppliers?|licensees?))\b"
)
# ... and guns of several kinds together, firearms: "more than 300 rifles and pistols", "armas largas y cortas"
_GUN_KIND = (
    r"(?:rifles?|pistol(?:a?s)?|(?:hand|shot|long\s+)guns?|rev[oó]lver(?:e?s)?|fusiles|escopetas|"
    r"armas\s+(?:largas|cortas))"
)
MIXED_GUNS = re.compile(rf"(?i)\b{_GUN_KIND}(?:(?:\s*,\s*|,?\s+(?:and|or|[yeo])\s+)(?:{_GUN_KIND}|largas|cortas))+\b")
SPANISH_GUNS = re.compile(r"(?i)\b(?:y|e|o|fusiles|pistolas|rev[oó]lveres|escopetas|armas)\b")


def guns_word(found: re.Match[str]) -> str:
    """The word for firearms in the language guns of several kinds are named in (MIXED_GUNS)."""
    return "armas" if SPANISH_GUNS.search(found.group()) else "firearms"


# ... and firearms, one word in English and three in Spanish: "más de 100 armas de fuego fueron traficadas" has as
# many words of its own after the number as "more than 100 firearms were trafficked"
ARMAS_DE_FUEGO = re.compile(r"(?i)\b(armas?)\s+de\s+fuego\b")
# ... and blades, which are no firearms: "30% de los homicidios se cometieron con arma blanca"
BLADES = re.compile(r"(?i)\barmas?\s+blancas?\b")
# ... and the whole country in other words: "el 20% de las armas aseguradas en el territorio nacional" is Sinaloa's
# share of those seized in the country
COUNTRY_WIDE = re.compile(r"(?i)\b(?:(?:el|del|todo\s+el)\s+territorio\s+nacional|a\s+nivel\s+nacional)\b")
# ... and Mexico as its own press names it: "cerca de 213 mil armas entran a nuestro país" are smuggled into Mexico
# (not "our country", which U.S. pages say as often)
OUR_COUNTRY = re.compile(r"(?i)\bnuestro\s+pa[ií]s\b")
# ... and a country's output, spelled out or not: "5 % del Producto Interno Bruto" is "5 % del PIB".
GDP = re.compile(r"(?i)\b(?:gross\s+domestic\s+product|producto\s+interno\s+bruto)\b")
# ... and things bound for Mexico, which the record counts when stopped on the way: "4,359 guns bound for Mexico",
# "armas con destino a México" are firearms intercepted (and Mexico is still named)
BOUND = re.compile(
    r"(?i)\b(?:bound|headed|destined)\s+(?:for|to)(?=\s+mexico\b)|"
    r"\b(?:con\s+destino|rumbo|se\s+dirig[ií]an|dirigid[oa]s|destinad[oa]s|que\s+iban)\s+a(?=\s+m[eé]xico\b)"
)


# ... and the size of what is counted, which says nothing of its kind: "92,900 rondas de municiones de gran calibre"
# are rounds, not the record's .50-calibre rifles (read as no word at all)
SIZE = re.compile(
    r"(?i)\b(?:(?:gran|grueso|alto|bajo|peque[nñ]o|mediano)\s+cal[ií]bre|"
    r"(?:large|high|heavy|big|small|medium)[\s-]+cal[ií]b(?:er|re))\b"
)

# ... and "made" as the verb of a deed, not where a thing was made: "officers made an interception", "made 87 arrests"
DEED_MADE = re.compile(r"(?i)\bmade(?=\s+(?:an?|several|many|multiple|numerous|[0-9]+)\b)")


def bound_word(found: re.Match[str]) -> str:
    """The word for intercepted in the language things bound for Mexico are named in (BOUND)."""
    return "interceptadas" if re.search(r"(?i)destin[oa]|rumbo|dirig|iban", found.group()) else "intercepted"


# Each name and the one word it is read as, in the order a text is read through them (`plain`)
NAMES: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    (USA, lambda _m: "USA"),
    (GDP, lambda _m: "GDP"),
    (COUNTRY_WIDE, lambda _m: "país"),
    (OUR_COUNTRY, lambda _m: "México"),
    (ARMAS_DE_FUEGO, lambda m: m.group(1)),
    (BLADES, lambda _m: "cuchillos"),
    (DEALERS, lambda _m: "dealers"),
    (MIXED_GUNS, guns_word),
    (BOUND, bound_word),
    (SIZE, lambda _m: ""),
    (DEED_MADE, lambda _m: ""),
)


def named(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Where each name of several words lies in text[start:end], and the one word it is read as ("": none)."""
    found = [(*m.span(), word) for name, word in ONE_WORD_PLACES for m in name.finditer(text, start, end)]
    return found + [(*m.span(), word(m)) for name, word in NAMES for m in name.finditer(text, start, end)]


def plain(text: str) -> str:
    """The text with each name of several words written as its one word, set apart by spaces."""
    text = one_word_places(text, " ")
    for name, word in NAMES:
        text = name.sub(partial(_spaced, word), text)
    return text


def _spaced(word: Callable[[re.Match[str]], str], found: re.Match[str]) -> str:
    return f" {word(found)} "
