"""Places in a text: which words name a part of a country or an agency that a figure counts ("in Sonora", "the El Paso
Division"), and which only say where the things counted came from ("provenientes de Texas").

`wording.py` reads a state of two words as one word with `one_word_places`; `claim_context.py` asks `names_a_part`.
"""

from __future__ import annotations

import re

from .sentences import wordset

# A Mexican state by its whole name, one word: "Baja California" names no California, and "Nuevo León" (as
# its people are called, neoleoneses) no León, a city of Guanajuato
ONE_WORD_PLACES = (
    (re.compile(r"(?i)\bbaja\s+california\b"), "Bajacalifornia"),
    (re.compile(r"(?i)\bnuevo\s+le[oó]n\b"), "Neoleón"),
    (re.compile(r"(?i)\b(?:mexico\s+city|ciudad\s+de\s+m[eé]xico|cdmx)\b"), "Cdmx"),  # a city, not the country
)


def one_word_places(text: str, pad: str = "") -> str:
    """The text with each place of ONE_WORD_PLACES written as its one word (set apart by `pad`)."""
    for name, word in ONE_WORD_PLACES:
        text = name.sub(f"{pad}{word}{pad}", text)
    return text


# Words that name a part of a country or an agency: a figure counted there is not the nation's.
STATES = (
    r"(?:Alabama|Arizona|California|Colorado|Florida|Georgia|Illinois|Kentucky|Michigan|Nebraska|Nevada|New Mexico|"
    r"Ohio|Oklahoma|Oregon|Texas|Utah|Washington state|Chihuahua|Sonora|Tamaulipas|Coahuila|Nuevo Le[oó]n|"
    r"Baja California|Phoenix|Tucson|Houston|Dallas|San Antonio|El Paso|Laredo|McAllen|Brownsville|Nogales, Arizona)\b"
    # (not Sinaloa or Jalisco, nor Tijuana or Juárez: cartels are named after them; U.S. cities the record counts)
)
TITLES = r"(?:chief|director|head|commander|supervisor|manager|spokes(?:man|woman|person))"  # "field office director"
PART = re.compile(
    r"(?i)\b(?:division|divisi[oó]n|field office|oficina de campo|port of entry|puerto fronterizo|bridge|puente|"
    # (not a title in a credit line: "said Joseph Lestrange, division chief of ...")
    r"district|distrito|county|condado|zona fronteriza|border zone)\b(?!\s+" + TITLES + r"\b)|"
    # a Border Patrol sector by its name ("the Tucson Sector", "el sector de Laredo"), not an industry ("el sector")
    r"(?-i:(?!(?:El|La|The|Este|This)\b)[A-Z][\w.]*)\s+sector\b|\bsector\s+(?:de\s+|of\s+)?(?-i:[A-Z])|"
    r"\b(?:in|en|of|de)\s+" + STATES + "|"
    # ... and a state or city a cartel is named after, where the figure is "in" it: "En Sinaloa" (not "de Sinaloa")
    r"\b(?:in|en)\s+(?:(?:el\s+estado\s+de|the\s+(?:Mexican\s+)?state\s+of)\s+)?"
    r"(?-i:Sinaloa|Jalisco|Michoac[aá]n|Guerrero|Zacatecas|Guanajuato|Tijuana|Ciudad Ju[aá]rez|Culiac[aá]n|"
    # ... and the other states of Mexico, "in" them (a surname or a U.S. county may share a name: "Hidalgo")
    r"Aguascalientes|Campeche|Chiapas|Colima|Durango|Hidalgo|Morelos|Nayarit|Oaxaca|Puebla|Quer[eé]taro|Quintana Roo|"
    r"San Luis Potos[ií]|Tabasco|Tlaxcala|Veracruz|Yucat[aá]n|Edomex|(?:el\s+)?Estado de M[eé]xico|(?:the\s+)?State of "
    r"Mexico|Mexico State|"
    # ... and its large cities, "in" them
    r"Monterrey|Guadalajara|Reynosa|Nuevo Laredo|Matamoros|Acapulco|Mexicali|Hermosillo|Canc[uú]n|Toluca|Morelia|"
    r"Celaya|Mazatl[aá]n|Torre[oó]n|Saltillo|Ensenada|Piedras Negras|Tampico|Irapuato|Le[oó]n)\b|"
    # ... and the capital, which is no country: "in Mexico City", "en la Ciudad de México"
    r"\b(?:in|en)\s+(?:la\s+)?(?-i:Mexico City|Ciudad de M[eé]xico|CDMX)\b|"
    # ... and another country, where the record counts Mexico's: "traced in Canada" is no figure of Mexico's either
    r"\b(?:in|en)\s+(?-i:Canad[aá]|Guatemala|Honduras|El Salvador|Belice|Belize|Colombia|Brazil|Brasil|"
    r"Central America|Centroam[eé]rica|Latin America|Latinoam[eé]rica|Am[eé]rica Latina)\b|"
    # "correspondieron a Sonora" (not "a Texas man", nor "llegan a Sonora desde ...")
    r"\ba\s+" + STATES + r"(?!\s+[a-z])|"
    # ... and a state named before, pointed back at: "en la entidad", "in the state" (not "el Estado", the government,
    # nor "datos de la entidad reguladora", an agency)
    r"\ben\s+(?:la|esta|dicha)\s+entidad\b|(?-i:\ben el estado\b)(?!\s+de\b)|(?-i:\bin the state\b)(?!\s+of\b)"
)
# Words before a place that make it where things came from, not the part counted: "200 mil armas provenientes de las
# ciudades de California, Arizona ... y Texas" is the whole country's yearly inflow.
# ("70 por ciento ... proviene de Estados Unidos, la mayoría de Texas", "most of those in Texas": most of it from
# Texas; "el 74% llega de Arizona": reaches Mexico from there; "especialmente desde el estado de Texas", "mainly in
# Texas": a place the counted things mostly come from or lie in, and so not all of them)
ORIGIN = re.compile(
    r"(?i)\b(?:from|most|majority|originat(?:e|es|ed|ing)|purchased|bought|provenientes?|procedentes?|provienen?|procede|proceden|vienen?|originarias?|"
    r"originad[oa]s|compradas?|adquiridas?|mayor[ií]a|llegan?|llegaron|salen|sale|salieron|desde|"
    r"especialmente|principalmente|sobre todo|en particular|mainly|mostly|especially|particularly|chiefly|primarily)\b"
)
ORIGIN_REACH = 40  # characters before a place's name an origin word may stand: "provenientes de las ciudades de"


# Where a meeting was held, right before its place: "durante la primera reunión en McAllen, Texas" is no part counted
VENUE = re.compile(
    r"(?i)\b(?:meeting|conference|summit|visit|reuni[oó]n|encuentro|conferencia|cumbre|visita)"
    r"(?:\s+[^\W\d_]+){0,3}\s*$"
)


def names_a_part(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] names a part of a country or agency that it counts: a division, a state, a port (not
    one a word of origin or a meeting's leads up to)."""
    return any(
        not _origin_before(text, max(start, m.start() - ORIGIN_REACH), m.start())
        and not VENUE.search(text, max(start, m.start() - ORIGIN_REACH), m.start())
        for m in PART.finditer(text, start, end)
    )


def _origin_before(text: str, start: int, end: int) -> bool:
    """Whether a word of origin leads up to a place's name, with no figure or break between: not "From 2009 to
    2014, in the El Paso district"."""
    found = list(ORIGIN.finditer(text, start, end))
    return bool(found) and not re.search(r"[0-9,;]", text[found[-1].end() : end])


# Places counted ("32 states"): the record counts firearms, people and cases, not these.
PLACES = wordset("states estados countries paises cities ciudades municipalities municipios counties condados")
