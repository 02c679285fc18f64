"""What a sentence says around a number: its words, stemmed, with their synonyms; the names of the
United States; the parts, places, years and days it names; and the words of change and of share
(where each figure's own clause is: clauses.py).

Language, not record: every list here is of words people write in English and Mexican Spanish.
`check.py` weighs these words against the record's labels to find which figure a number is.
"""

from __future__ import annotations

import contextlib
import datetime
import functools
import re
from collections.abc import Iterable, Sequence
from itertools import pairwise

from . import numberwords, phrases, sentences
from .models import Period
from .numerals import Numeral
from .places import PLACES
from .query import fold
from .sentences import Sentence, word_table, wordset

# A break, then a subject of its own: ", y la franja fronteriza representa el 35 %" (not "y el 9 %", a figure's
# article).
NEW_SUBJECT = re.compile(r"(?:[,;]|\b(?:and|y)\b)\s+(?:the|la|el|los|las)\s+(?=[^\W\d_])", re.IGNORECASE)
STOP = wordset(
    "the of in on at to for and or a an by with from as is are was were its their this that than "
    "through throughout across among into within during after before about between under over per each against "
    "de del la las el los en y o a al por para con que se un una su sus lo es son fue entre durante sobre contra"
)
# Words people use for what the data calls otherwise: language, not record. "word, word: meant".
SYNONYMS = word_table(
    """
    gun, guns, weapon, weapons, firearm, arms: firearms
    arma, armamento, pieza, piezas: armas
    detained, detentions, detainees, arrest: arrests
    detenidos, detenidas, detuvieron, detuvo, detencion, aprehensiones, capturas: detenciones
    captura, capturan, detiene, detienen, detener, detenido, detenida, arrestados, arrestadas, arrestos: detenciones
    capturados, capturadas, capturado, capturada, capturaron, capturo, aprehendidos, aprehendieron: detenciones
    seizures, seizure, seize, seizing, confiscated, confiscation, confiscations, secured: seized
    decomisadas, decomisaron, decomiso, decomisos, incautadas, incautaron, incautacion: aseguradas
    decomisado, decomisada, decomisados, decomisa, decomisan, decomisar: aseguradas
    incautado, incautada, incautados, incauta, incautan, incautar, incautaciones: aseguradas
    confiscado, confiscada, confiscados, confiscadas, confiscaron: aseguradas
    municiones, municion, balas, bala, tiros, rondas: cartuchos
    cartridges, cartridge, bullets, bullet, ammunition, ammo: rounds
    casos, caso: investigaciones
    murders, murdered, killings: homicides
    population, inhabitants, residents, men, women, individuals, persons, suspects: people
    poblacion, habitantes, hombres, mujeres, individuos, sujetos, sospechosos: personas
    asesinatos, asesinato, asesinados, asesinadas, asesinaron, asesinar, asesina, asesinan: homicidios
    indicted, prosecuted: charged
    imputados, acusados: acusadas
    tablets: pills
    chargers, charger: magazines
    meth: methamphetamine
    incidents: events
    counties, county, condado: condados
    original, originales, originally, originalmente: primero
    extraviadas, extraviados, extraviada, extraviado, extravio: perdidas
    incidentes: eventos
    parts: components
    solicitantes, solicitante, requesting: applicants
    peticiones, peticion: solicitudes
    corredores, corredor: rutas
    entidades, entidad: estados
    dependencias, dependencia, organismos, organismo: agencias
    corridors, corridor: routes
    comerciantes, comerciante, distribuidores, distribuidor, vendedores, vendedor: armerias
    grenade, grenades: devices
    granada, granadas: artefactos
    tabletas, pildoras: pastillas
    probes: investigations
    manufactured, manufacture, manufactures: made
    manufacturers, manufacturer, gunmakers, gunmaker, fabricantes, fabricante: makers
    lawsuit, lawsuits, suit, suits, sued, sues, suing: damages
    demanda, demandas, demando, demandar, demandaron: indemnizacion
    impedido, impedida, impedidos, impedidas, impide, impiden, impedir, impidieron, impedimos: impidio
    buyer, buyers, purchasers: purchaser
    extranjera, extranjeras, extranjero, extranjeros, abroad: foreign
    tracing, tracked: traced
    smuggled, smuggling, smuggle, smuggles, smuggler, smugglers, cross, crosses, crossed, reach, reaches: trafficked
    contrabando, contrabandean, contrabandeadas, contrabandeados, contrabandear: traficadas
    cruzan, cruza, cruzaron, cruzar, ingresan, ingresa, ingresar, acaban: traficadas
    dominated, dominate, dominant, controlled: held
    stated: said
    come, comes, came, coming, originate, originated, originates, vienen, viene, proceden, procede, proviene: provienen
    venian, venia, vino, vinieron, procedian, procedia, provenian, provenia: provienen
    llegaron, llegan, llegaban, llego: provienen
    abiertas: curso
    aim, aims, aimed, target, targets, goals, planned, hopes, hoped, expects, expected, wants, intends: goal
    seek, seeks, seeking: sought
    metas, objetivo, objetivos, busca, buscan, buscaba, quiere, pretende, pretendia, planea, planeaba, preve: meta
    expandira, expandiran, extendera, extenderan, ampliara, ampliaran, cubrira, cubriran: meta
    expansion, ampliacion, expanda, expandan, extienda, extiendan, amplie, amplien: meta
    variacion, cambio: change
    undetermined, undeterminable: unknown
    desconocido, desconocida, desconocidos, desconocidas: indeterminado
    representa, representan, representaba, representaban, represento, representaron: corresponde
    pib: gdp
    fatal, deadly: lethal
    mortales, mortal: letales
    commissioner, commissioners, commission, commissions: comisionado
    committee, committees: comite
    """
)
# (the last two: words whose first five letters are a label's "committed" and say nothing of it)
# Verbs of change name a change: "investigations rose 40 percent", "aumentaron 40 por ciento".
CHANGE_WORDS = wordset(
    "rose rise rises risen increase increased increases grew grown grows growth jumped climbed surged soared fell "
    "dropped declined decreased "
    "aumento aumentaron crecio crecieron crecimiento incremento incrementaron subio subieron cayo cayeron disminuyo "
    "disminucion bajaron aumenta aumentan crece crecen incrementa incrementan aumentado crecido incrementado subido "
    "disminuido caido"
)
SYNONYMS.update(dict.fromkeys(CHANGE_WORDS, "change"))
RISE = wordset("rose rise rises risen increase increased increases up grew grown grows growth jumped climbed surged")
RISE |= wordset("soared more higher")
RISE |= wordset("aumento aumentaron crecio crecieron crecimiento incremento incrementaron subio subieron alza mas")
RISE |= wordset("aumenta aumentan crece crecen incrementa incrementan sube suben")  # "se incrementan 53%"
RISE |= wordset("aumentado crecido incrementado subido")  # "han aumentado un 40%"
RISE |= wordset("expanded amplio ampliaron ampliado elevo elevaron elevado")  # "ampliaron 86% sus operativos"
MADE_UP = wordset("made make makes making")
# "in 36 percent of cases", "en el 36 % de los casos": a share of whatever the sentence counts, no whole of its own
OF_CASES = wordset("cases casos")
# The rest of a whole, or more of it: "the remaining 30 percent", "el restante 30 por ciento", "another 718 firearms"
COMPLEMENT = wordset("remaining rest other restante restantes resto otro otra another otros otras additional")
NEGATION = wordset("no not non sin never nunca jamas")  # "fabricantes no estadounidenses": not of the United States
# Where guns come from besides the United States: a share said of one of these alone is of the rest of a whole
FOREIGN_ORIGINS = wordset("europe europa spain espana italy italia austria germany alemania belgium belgica brazil")
FOREIGN_ORIGINS |= wordset("brasil china israel turkey turquia russia rusia asia")
FALL = wordset("fell fall falls dropped drop decline declined decrease decreased down less lower fewer")
FALL |= wordset("cayo cayeron disminuyo disminucion bajo bajaron caida redujo reduccion menos")
FALL |= wordset("cae caen disminuye disminuyen baja bajan reduce reducen disminuido caido reducido")
# The words of a change less comparatives that say no change on their own ("más de 11 millones", "up to"): anywhere
# before a figure in its sentence, they say it is one ("investigations rose 40 percent and firearms seized 11 percent")
CHANGED = (RISE | FALL) - wordset("more mas up higher less menos down lower fewer bajo baja")
SHARE = wordset("of de del share proportion porcentaje total")
SHARE_NOUNS = wordset("share proportion percentage porcentaje proporcion")  # what a share is called
# Capitalised in a description, yet a time rather than a part of something.
CALENDAR = numberwords.MONTHS | wordset(
    "monday tuesday wednesday thursday friday saturday sunday lunes martes miercoles jueves viernes sabado domingo"
)
# "The number of investigations into firearms trafficking rose 40 percent": what is counted comes after these.
COUNTED = wordset("number numero cantidad total count")
# Words that point back at the agency or the period an earlier sentence named: "the agency said",
# "durante este periodo".
AGENCY_BACK = re.compile(r"(?i)\b(?:the (?:agency|bureau)|la (?:agencia|dependencia)|el (?:organismo|bur[oó]))\b")
# ... and at the person one named: "The latter recognised that 70 percent", "de acuerdo con el funcionario"
PERSON_BACK = re.compile(
    r"(?i)\b(?:the latter|(?:he|she) (?:said|added|noted)|the (?:official|ambassador|minister|secretary|general)"
    r"|(?:el|la) (?:funcionari[oa]|ministr[oa]|secretari[oa]|general|embajador|titular)|(?:dijo|añadió|agregó)\b"
    # (Spanish drops the subject of reported speech: "Detalló que ...", "Explicó que ...")
    r"|(?:detall|explic|precis|indic|señal|inform|afirm|subray|expus|reconoci|puntualiz|coment|mencion|destac|resalt"
    r"|reiter|asegur|advirti|declar|apunt|sostuv)[óo] que\b)"
)
# Words that report what someone said or found: a figure a person gave, said by another, is not his ("a senator said
# 85%", "una encuesta reveló que 60%"); not "aseguró", which is also "seized"
REPORTS = re.compile(
    r"(?i)\b(?:said|says|say|told|found|finds|estimated|estimates|claimed|claims|stated|believes?|thinks?|showed|shows|"
    r"revealed|reveals|according to|dijo|dice|dicen|afirm[óo]|estim[óo]|estiman?|revel[óo]|hall[óo]|mostr[óo]|muestra|"
    r"encontr[óo]|seg[uú]n|creen?|consider[óo]|calcul[óo]|sostuvo|declar[óo])\b"
)
# A sentence opening on a part of the one before's total, of its agency and period: "De ese total, 4 mil 359 ..."
WHOLE_BACK = re.compile(
    r"(?i)\W*(?:of (?:those|these|that total|the total)|(?:de|del) (?:ese|este|dicho) total"
    r"|de (?:ellos|ellas|estos|estas|éstos|éstas)|de (?:los|las) cuales)\b"
)
# ... and at the operation an earlier paragraph named: "the operation", "el operativo"
OPERATION_BACK = re.compile(
    r"(?i)\b(?:(?:the|this|that) operation|(?:la|esta|esa|dicha) operaci[oó]n|(?:el|este|ese|dicho) operativo)\b"
)
PERIOD_BACK = re.compile(
    r"(?i)\b(?:(?:this|that|the same) (?:period|time)|(?:este|ese|dicho|el mismo) (?:periodo|per[ií]odo|lapso)"
    r"|(?:that|that same|the same) year|(?:ese|ese mismo|el mismo) año)\b"
)
# A sentence that opens on another matter: the paragraph's operation is no longer its topic ("Separately, agents
# seized ...", "Por otra parte, ..."); "aparte de" (besides) stays on the same matter.
ELSEWHERE_OPENING = re.compile(
    r"(?i)\W*(?:separately|meanwhile|elsewhere|in (?:a|an) (?:separate|unrelated|different) \w+|in another \w+|"
    r"por separado|por otra parte|por otro lado|en otro (?:caso|hecho|operativo|asunto)|en (?:un|una) (?:caso|hecho|"
    r"operativo|investigaci[oó]n) (?:distint[oa]|aparte|separad[oa])|aparte(?!\s+de\b))\b"
)
# A share of what the figure before it counts: "18,000 firearms, of which 78 percent", "de los cuales el 47 %".
OF_WHICH = re.compile(
    r"(?i)\b(?:of which|of them|of these|de (?:los|las) (?:cuales|que)|de (?:ellos|ellas|estos|estas))\b"
)
# A share that says what the figure before it is of the whole: "4 mil 850 armas solo en Sinaloa, cifra que
# representa el 20 por ciento del total nacional" is Sinaloa's share.
SAME_FIGURE = re.compile(
    r"(?i)\b(?:(?:cifra|lo|la|que)\s+(?:que\s+)?(?:representa|representan|equivale|equivalen)|which\s+(?:represents|"
    r"represented|is|was|amounts\s+to)|representing|equivalentes?\s+a[l]?)\b"
)
# What stands between a figure and its restatement in another unit: "91 mil libras (unos 40 mil kilos)"
RESTATED = re.compile(r"\s*(?:[^\W\d]+\s+){0,2}\(\s*")
# What sets the next clause against this one, with its years (in check.py, its operation): "..., mientras que en 2020"
CONTRAST_WORDS = r"mientras(?:\s+que)?|en\s+tanto\s+que|while|whereas"
CONTRAST = re.compile(rf"(?i)\b(?:{CONTRAST_WORDS}|en\s+cambio)\b")
# What opens a comparison's other term, whose names are its own: "4,359 ... compare with the 24,000 Mexico seized"
COMPARISON = re.compile(
    r"(?i)\bcompar(?:es?|ed|ing)\s+(?:with|to)\b|\bcomparad[oa]s?\s+con\b|\bfrente\s+a\b|\bversus\b|\btimes\s+the\b"
)
# What stands between the two ends of a change: "from 9,515 firearms to 12,000", "del 13% en 2017 al 20% en 2023"
TO_NEXT = re.compile(r"(?i)\s+(?:[^\W\d]+\s+){0,2}(?:(?:in|en)\s+[0-9]{4}\s+)?(?:to|a|al|hasta)\s+")
# Words before a year that make it a time, not a count: "in 2000 firearms were seized" is about 2000.
TEMPORAL = wordset("in en of de since desde during durante for until hasta year ano from between entre through")
EARLIEST_YEAR, LATEST_YEAR = 1900, 2100  # the open ends of "until 2019" and "since 2019"
FISCAL_START_MONTH = 10  # a period from October on may be written from the next year: U.S. fiscal years
SEVERAL_YEARS = 2  # a period over this many calendar years is not the count of one of them
# After a year: the span runs on to the day of writing.
TO_DATE = re.compile(
    r"\s*(?:(?:a|hasta)\s+(?:la\s+fecha|hoy|el\s+presente)|(?:to|through|until)\s+(?:date|today|the\s+present))(?!\w)",
    re.IGNORECASE,
)
SINCE, UNTIL, AND = {"since", "desde", "from"}, {"until", "through", "thru", "hasta", "to", "a", "al"}, {"and", "y"}
DATE_JOINERS = frozenset({"de", "del", "of", "el", "the"})  # "from the 1st of", "desde el 1 de": no word of a span
TOOK_OFFICE = wordset("office power cargo poder mandato presidencia")
SINCE_EVENT = re.compile(r"(?i)\b(?:since|desde\s+que)\b")
LAUNCHED = wordset(
    "launched launch began begun started start created established inception implemented "
    "lanzo lanzada lanzado marcha inicio iniciada iniciado comenzo arranco creada creado implementada implementado"
)


@functools.lru_cache(maxsize=4096)
def stem(word: str) -> str:
    """'Investigations', 'investigaciones', 'investigated' -> 'inves'; 'guns' -> 'firea'."""
    key = fold(word)
    key = SYNONYMS.get(key, key)
    if len(key) > 3 and key.endswith("s"):
        key = key[:-1]
    return key[:5]


@functools.lru_cache(maxsize=4096)
def content_stem(word: str) -> str | None:
    """The stem of a word that can name what a figure counts; None for small words and numbers."""
    if len(word) <= 2 or fold(word) in STOP or any(ch.isdigit() for ch in word):
        return None
    return stem(word)


# What a goal is said with: "aims", "target", "objetivo", "expandirá" too (SYNONYMS)
GOALS = frozenset(filter(None, map(content_stem, ("goal", "meta"))))


# Acts on the things counted, each as the stems of its words: seizing, buying, selling, importing. A number whose own
# words name one act is not said to be a figure whose label names only another: "the armed forces had seized 39,782
# firearms" names no count of the firearms they bought.
ACTS = tuple(
    frozenset(key for w in group.split() if (key := content_stem(w)))
    for group in (
        "seized decomisadas",
        "bought purchased compradas adquiridas",
        "sold sales vendidas ventas",
        "imported importadas",  # "In 2011 U.S. agencies seized 9,000 weapons" are none imported through the U.S.
    )
)


@functools.lru_cache(maxsize=1024)  # the record's labels and names are read for each of their figures
def stems(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in fold(phrases.plain(text)).split() if w not in STOP and len(w) > 2)


PLACE_STEMS = frozenset(stem(w) for w in PLACES)


@functools.lru_cache(maxsize=4096)  # a sentence's clauses are read again for each of its figures
def words(text: str, start: int, end: int) -> tuple[tuple[int, int, str], ...]:
    """The words of text[start:end], each name of several words one word (phrases.py: 'USA', 'dealers')."""
    names = phrases.named(text, start, end)
    found = sentences.words(text, start, end)
    if not names:
        return tuple(found)
    kept = [w for w in found if not any(a <= w[0] < b for a, b, _w in names)]
    return tuple(sorted([*kept, *(name for name in names if name[2])]))


SHARE_STEMS = frozenset(filter(None, map(content_stem, SHARE_NOUNS)))
SHARE_OF = re.compile(r"\b(?:share|proportion|percentage|proporci[oó]n|porcentaje)\s+(?:of|de|del)\s", re.IGNORECASE)


@functools.lru_cache(maxsize=1024)  # a metric's labels are read for each of its figures
def share_whole(text: str) -> frozenset[str]:
    """What a share is of, as a label or description says it: the words after "share of" up to the next small word.

    "share of homicides committed with firearms" is of homicides; "proporción de las armas rastreadas" of
    traced arms. Empty where the text says no "share of".
    """
    m = SHARE_OF.search(text)
    found: list[str] = []
    for _s, _e, word in words(text, m.end(), len(text)) if m else ():
        key = content_stem(word)
        if key is None and found:
            break
        if key is not None:
            found.append(key)
    return frozenset(found)


def period_years(p: Period | None) -> tuple[int, int] | None:
    """The years a period covers."""
    if p is None:
        return None
    if p.as_of is not None:
        return p.as_of.year, p.as_of.year
    first, last = p.first_day, p.last_day
    return (first.year if first else EARLIEST_YEAR), (last.year if last else LATEST_YEAR)


def fits_span(p: Period, first: int, last: int, months: frozenset[tuple[int, int]] = frozenset()) -> bool:
    """Whether a span of years a text names may be the period's: it starts and ends where the period's known ends
    do, to the month where the text names the months of its ends ("between November 2019 and February 2020" is
    not October 2019 to July 2020). A period from October on may be written from the next year on (U.S. fiscal
    years; a Mexican administration from 1 December). A day's count (as of) is no span: any fits."""
    if p.as_of is not None:
        return True
    start, end = p.first_day, p.last_day
    if start is not None and first not in {start.year, start.year + (start.month >= FISCAL_START_MONTH)}:
        return False
    if end is not None and last != end.year:
        return False
    opening = min((month for year, month in months if year == first), default=None)
    closing = max((month for year, month in months if year == last), default=None)
    if start is not None and opening is not None and (first, opening) != (start.year, start.month):
        return False
    return end is None or closing is None or closing == end.month


def counted_noun(found: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The noun a figure counts when it is named as 'the number of X' ('el número de X'), wherever it stands."""
    folded = [fold(w) for _s, _e, w in found]
    heads: list[tuple[int, int, str]] = []
    for i in range(len(folded) - 2):
        if folded[i] in COUNTED and folded[i + 1] in ("of", "de"):
            rest = [j for j in range(i + 2, len(folded)) if folded[j] not in STOP]
            heads.extend(found[j] for j in rest[:1])
    return heads


SHORT_END = re.compile(r"[-–]([0-9]{2})(?![0-9])")


def years_named(text: str, found: Sequence[Numeral]) -> list[tuple[int, tuple[int, int]]]:
    """The years a sentence names, each with where it starts: 'in 2023', 'between May 2022 and May 2023'."""
    spans: list[tuple[int, int]] = []
    starts: list[int] = []
    previous: Numeral | None = None
    for n in found:
        year = int(n.value)
        said = [fold(w) for _s, _e, w in sentences.words(text, max(0, n.start - 30), n.start)]
        # (a date's day, month and article: "desde el 1 de enero del 2018 hasta el 1 de mayo del 2023" is a span)
        words = _dateless(said)
        word = words[-1] if words else ""
        # "launched in October 2019", "puesta en marcha en 2019": what it has done since runs on to date
        last = next((w for w in reversed(words) if w not in ("in", "en")), "")
        began = last in LAUNCHED
        # ... and "since Sheinbaum took office in October 2024": a time since an event, to date
        began = began or (last in TOOK_OFFICE and SINCE_EVENT.search(text, max(0, n.start - 120), n.start) is not None)
        gap = text[previous.end : n.start] if previous else ""
        # (the Spanish "a" joins two years only where nothing else stands between them: "de 2009 a 2014", not "in
        # 2009-2014 ..., a 2016 study found")
        joined = word in AND | UNTIL and (
            word != "a" or _dateless(fold(w) for _s, _e, w in sentences.words(gap, 0, len(gap))) == ["a"]
        )
        if previous is not None and spans and (joined or re.fullmatch(r"\s*[-–—/]\s*", gap)):
            spans[-1] = (spans[-1][0], max(year, spans[-1][0]))
        elif _opening_month(text, n) is not None:
            spans.append((year, year))  # "from January through October 2024": months of one year, not up to it
        elif word in SINCE or began:
            spans.append((year, LATEST_YEAR))
        elif word in UNTIL and (word != "a" or said[-1:] in (["de"], ["del"])):
            # "a noviembre de 2020" runs up to it; "a November 2019 attack" is an article
            spans.append((EARLIEST_YEAR, year))
        elif TO_DATE.match(text, n.end):
            spans.append((year, LATEST_YEAR))  # "de octubre del 2019 a la fecha", "from 2019 to date"
        else:
            spans.append((year, year))
        short = SHORT_END.match(text, n.end)  # "2014-18": a span to 2018 (not "2023-11", a month)
        if short and int(short.group(1)) > year % 100 and spans[-1][1] == year:
            spans[-1] = (spans[-1][0], year - year % 100 + int(short.group(1)))
        if len(starts) < len(spans):
            starts.append(n.start)
        previous = n
    return list(zip(starts, spans, strict=True))


def _dateless(words: Iterable[str]) -> list[str]:
    """Folded words but those of a date: months, days and the joiners between them."""
    return [w for w in words if w not in numberwords.MONTHS and not w.isdigit() and w not in DATE_JOINERS]


# Halves of a year, by the words before its year: their first and last months.
HALVES = {
    (first, half): months
    for half in ("semestre", "half")
    for first, months in (("primer", (1, 6)), ("first", (1, 6)), ("segundo", (7, 12)), ("second", (7, 12)))
}

# "los primeros ocho meses de", "the first 8 months of": January to the eighth month of the year after them
FIRST_MONTHS = re.compile(r"(?i)\b(?:primeros|first)\s+(\w+)\s+(?:meses|months)\s+(?:del?|of)\s+$")


def months_named(text: str, found: Sequence[Numeral]) -> frozenset[tuple[int, int]]:
    """The months a sentence names with their year, as (year, month): 'December 2023', '30 de junio de 2023', and
    both ends of a span of months in one year: 'entre enero y octubre de 2024', 'January through October 2024',
    'los primeros ocho meses de 2018'."""
    named = set()
    for n in found:
        if first := FIRST_MONTHS.search(text, max(0, n.start - 40), n.start):
            count = numberwords.count_of(fold(first[1]))
            if count is not None and 1 <= count <= 12:
                named |= {(int(n.value), 1), (int(n.value), count)}
        before = [fold(w) for _s, _e, w in sentences.words(text, max(0, n.start - 30), n.start)]
        before = [w for w in before if not w.isdigit() and w not in ("de", "del", "of")]
        if before and before[-1] in numberwords.MONTH_NUMBERS:
            named.add((int(n.value), numberwords.MONTH_NUMBERS[before[-1]]))
        if len(before) >= 2 and (half := HALVES.get((before[-2], before[-1]))) is not None:  # "primer semestre de 2019"
            named |= {(int(n.value), month) for month in half}
        if (opening := _opening_month(text, n)) is not None:
            named.add((int(n.value), opening))
    return frozenset(named)


def dated_months(text: str, found: Sequence[Numeral]) -> frozenset[tuple[int, int]]:
    """The months of the days a sentence writes year first, as a page's date line does: '2026-02-10'."""
    written = (re.fullmatch(r"((?:19|20)[0-9]{2})-([0-9]{1,2})-[0-9]{1,2}", text[n.start : n.end]) for n in found)
    return frozenset((int(m[1]), int(m[2])) for m in written if m and 1 <= int(m[2]) <= 12)


def _opening_month(text: str, n: Numeral) -> int | None:
    """The first month of a span of months a year closes: January of 'entre enero y octubre de 2024'."""
    words = [fold(w) for _s, _e, w in sentences.words(text, max(0, n.start - 30), n.start)]
    words = [w for w in words if w not in ("de", "del", "of")]
    months = numberwords.MONTH_NUMBERS
    if len(words) >= 3 and words[-1] in months and words[-2] in UNTIL | AND and words[-3] in months:
        return months[words[-3]]
    return None


def days_named(text: str, found: Sequence[Numeral]) -> frozenset[datetime.date]:
    """The days a sentence names in full: '6 de agosto del 2025', 'August 6, 2025', '6 August 2025'."""
    named = set()
    for n in found:
        before = [fold(w) for _s, _e, w in sentences.words(text, max(0, n.start - 30), n.start)]
        before = [w for w in before if w not in ("de", "del", "of")][-2:]
        month = next((numberwords.MONTH_NUMBERS[w] for w in reversed(before) if w in numberwords.MONTH_NUMBERS), None)
        day = next((int(w) for w in before if w.isdigit() and 1 <= int(w) <= 31), None)
        if month is not None and day is not None:
            with contextlib.suppress(ValueError):
                named.add(datetime.date(int(n.value), month, day))
                named.update(_opening_day(text, n))
    return frozenset(named)


def _opening_day(text: str, n: Numeral) -> set[datetime.date]:
    """The first day of a span of days a year closes: 23 February of 'between 23 February and 16 March 2025', 'entre
    el 23 de febrero y el 16 de marzo de 2025', 'from February 23 to March 16, 2025'."""
    words = [fold(w) for _s, _e, w in sentences.words(text, max(0, n.start - 50), n.start)]
    words = [w for w in words if w not in ("de", "del", "of", "el", "the")][-5:]
    if len(words) < 5 or words[2] not in UNTIL | AND:
        return set()
    months, (a, b) = numberwords.MONTH_NUMBERS, (words[0], words[1]) if words[0].isdigit() else (words[1], words[0])
    with contextlib.suppress(ValueError):
        if a.isdigit() and b in months:
            return {datetime.date(int(n.value), months[b], int(a))}
    return set()


def around(text: str, sentence: Sentence, n: Numeral, reach: int = 5) -> str:
    """The words around a figure in its sentence, cut with an ellipsis where the sentence goes on; one line."""
    before = sentences.words(text, sentence.start, n.start)
    after = sentences.words(text, n.end, sentence.end)
    start = before[-reach][0] if len(before) >= reach else sentence.start
    end = after[reach - 1][1] if len(after) >= reach else sentence.end
    shown = " ".join(text[start:end].split())
    return ("… " if len(before) > reach else "") + shown + (" …" if len(after) > reach else "")


OUTSIDE = frozenset({"outside", "fuera"})  # before the U.S.: a share of the rest ("from outside the United States")


def rest_of_whole(text: str, before: Sequence[tuple[int, int, str]], start: int, end: int) -> bool:
    """Whether a figure's words make it the rest of a whole: "the remaining 30 percent", "el restante 30 por ciento",
    "de fabricantes no estadounidenses", "30 percent come from Spain and Austria" (`before`: the words right before
    it; start, end: its own clause, which names no U.S.)."""
    if any(fold(w) in COMPLEMENT for _s, _e, w in before[-2:]):
        return True
    own = words(text, start, end)
    if any(fold(a[2]) in NEGATION and b[2] == "USA" for a, b in pairwise(own)):
        return True
    # "29.5 percent came from outside the United States", "de fuera de Estados Unidos"
    if any(
        w == "USA" and OUTSIDE & {fold(x) for _s, _e, x in own[max(0, i - 3) : i]} for i, (_s, _e, w) in enumerate(own)
    ):
        return True
    return any(fold(w) in FOREIGN_ORIGINS for _s, _e, w in own) and all(w != "USA" for _s, _e, w in own)
