"""What is written around a number that makes it no figure to judge, for numerals.py to read a number's kind.

A label ("Article 5", "GAO-21-", "per 100"), an age, a statistic's confidence level, a span of time, a rate per minute
or second, an ordinal, a day or a year beside a month's name, and the runs of characters no figure is read in at all:
a phone number, an address, a date or a clock's time, and the marks of an enumerated list ("(1) ... (2) ...")."""

from __future__ import annotations

import re

from .numberwords import MONTHS

# The words that name a law's part: "18 U.S.C.", "Section", "artículos"
LAW_WORDS = r"u\.?s\.?c|c\.?f\.?r|articles?|art[ií]culos?|sections?|secci[oó]n(?:es)?"
LABEL_BEFORE = re.compile(
    r"(?:\b(?:" + LAW_WORDS + r"|art|sec|no|núm|num|number|número|numero|chapter|"
    r"capítulo|capitulo|title|título|titulo|page|página|pagina|pp?|paragraph|párrafo|parrafo|item|fracción|fraccion|"
    r"clause|cláusula|rule|regla|amendment|enmienda|point|punto|line|línea|version|versión|phase|fase|level|top|"
    r"nivel|tier|step|paso|vol|volume|issue|room|exhibit|anexo|annex|h\.r|(?<![.'’])s|fy|per|"
    r"caliber|calibre|cal|barr?ett?s?|bridge|puente(?:\s+internacional)?|garita|gate|n[º°]|nro|registro|serie|"
    r"gr[aá]fica|fig|table|tabla|cuadro|chart|channel|canal|"
    # a road's, a place's or a ranking's number, and a model's: "kilómetro 27", "Interstate 10", "el lugar 16"
    r"kil[oó]metro|km|interstate|highway|route|carretera(?:\s+(?:federal|m[eé]xico))?|motel|lugar|model|modelo|glock|box|"
    r"caseta|part|"  # a road's or a series' part: "Route 163", "Part 4: trucks"
    r"ram|silverado|sierra|"  # a pickup's: "una camioneta Ram 2500"
    r"zip(?:\s+code)?|postal\s+code|c[oó]digo\s+postal|"
    # a form's or a bill's number: "Form 4473", "SB 1070"
    r"form|formulario|sb|hb|ab)\.?|[§¶#])\s*$",  # "ZIP code 75051"
    re.IGNORECASE,
)
# The second of two laws' numbers named together: "18 U.S.C. 932 and 933", "los artículos 5 y 7" (a law's only: "calibre
# .50 y 300 cartuchos" goes on to a count)
LAW_PAIR_BEFORE = re.compile(
    r"(?:\b(?:" + LAW_WORDS + r")\.?|§§?)\s*\d+[a-z]?"
    r"(?:\([0-9a-z]{1,3}\))*\s*(?:,\s*|\s+(?:and|y|or|o|&)\s+)$",
    re.IGNORECASE,
)
# A journal's or a book's number, every part of it: "ISSN 1054-8890", "ISBN 978-0-226-12345-6"
STANDARD_NUMBER = re.compile(r"\b(?:issn|isbn)\b[\s:]*[0-9Xx-]*$", re.IGNORECASE)
LABEL_AFTER = re.compile(
    r"^\s*-?\s*(?:u\.?s\.?c|c\.?f\.?r|caliber|calibre|mm|millimeter|milímetros|"
    # a cartridge named without its dot: "38 Super", "45 ACP", "44 REM", "38 Special ammunition" (not "50 special
    # agents")
    r"super|acp|magnum|rem|special(?=\s+(?:ammunition|ammo|rounds?|cartridges?|revolvers?))|"
    # a time of day ("around 8 p.m.", "at 8 o'clock"), a page's reading time ("Tiempo de lectura: 5 min") and a ZIP
    # code ("the 75051 ZIP code")
    r"[ap]m|o['’]clock|mins?|minutos?|minutes?|zip\s+code)\b|^\s*[ap]\.\s?m\."
    r"|^\s+(?:responses?|comments?|respuestas?|comentarios?)\b",  # a page's counter: "0 Responses to ..."
    re.IGNORECASE,
)
AGE = re.compile(r"^\s*-?\s*(?:years?[- ]old|años de edad)\b|^\s*-year-old", re.IGNORECASE)
# "under the age of 30", and a range's second end: "aged 19-25", "ages 19 to 25"
AGE_BEFORE = re.compile(r"\b(?:aged|ages?(?: of)?|edad de)\s*(?:[0-9]{1,3}\s*(?:-|–|to|and|y|a)\s*)?$", re.IGNORECASE)
# "Moreno, 50,": an age; so after "Jr." and after a nickname, quoted or not: 'alias "Toro", 23,', and in Spanish after
# "de": "José Blas Gutiérrez, de 30,"
# ("Medrano, 23,", "Lopez, 64, sold rifles": a surname alone, though not a place's count: "in Sonora, 12, and", nor
# one of a list after a comma: "Chihuahua, 8,")
NAMED = re.compile(
    r"(?:[A-ZÁÉÍÓÚÑ][\w'-]*\s+[A-ZÁÉÍÓÚÑ][\w'-]*(?:,?\s+(?:Jr|Sr)\.)?,|\b(?:both|ambos|ambas)|"
    r"(?<![^\s(\"“])(?<!,\s)(?<!\b(?:in|en|de|of|at|to)\s)[A-ZÁÉÍÓÚÑ][a-záéíóúñ'-]{2,},|"
    r"\b(?:alias|aka|a\.k\.a\.|also known as)\s+[\"“'‘]?[A-ZÁÉÍÓÚÑ][\w'-]*[\"”'’]?,)\s*(?:de\s+)?$"
)
# "Francisco Iván Zapata (25)": an age in parentheses after a person's name, where the paragraph before it gives one
# with its word ("Edgar Daniel Zapata (30 años), Francisco Iván Zapata (25), ..."): a list of the people charged
NAME_PAREN = re.compile(r"[A-ZÁÉÍÓÚÑ][\w'-]*\s+[A-ZÁÉÍÓÚÑ][\w'-]*\s*\($")
AGE_IN_PARENS = re.compile(r"\(\s*[0-9]{1,3}\s*(?:años|years?(?:[- ]old)?)\s*\)", re.IGNORECASE)
# A day named by its weekday alone, where a stop or a word that opens a phrase follows it: "el pasado martes 20, en
# Veracruz", "El martes 20 se decomisaron" (not "el martes, 20 detenidos": a count after the weekday's comma)
WEEKDAY_BEFORE = re.compile(
    r"\b(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)\s+$",
    re.IGNORECASE,
)
DAY_GOES_ON = re.compile(r"[,.;:]|\s+(?:se|de|del|en|y|a|al|por|the|in|at|on)\b", re.IGNORECASE)
# A day of a month named by where it stands: "el 29 del próximo mes", "the 5th of next month"
RELATIVE_MONTH = re.compile(
    r"(?:st|nd|rd|th)?\s*(?:del?|of)\s+(?:the\s+)?(?:pr[oó]ximo|siguiente|pasado|este|next|last|this)\s+"
    r"(?:mes|month)\b(?!['’])",
    re.IGNORECASE,
)
# A statistic's confidence level says how sure a study is, not what it counted: "a 95% confidence interval".
CONFIDENCE = re.compile(r"^\s*(?:%|percent|per cent|por ciento)?\s*(?:confidence|confianza)\b", re.IGNORECASE)
DISCOUNT = re.compile(r"^\s*(?:%|percent|per cent)\s*(?:(?:to|-|–)\s*[0-9]+\s*(?:%|percent)\s*)?off\b", re.I)  # a sale
CONFIDENCE_BEFORE = re.compile(r"\b(?:confidence(?: level| interval)?|confianza)(?: of| del?)?\s*$", re.IGNORECASE)
DURATION = re.compile(
    r"^\s*-?\s*(?:(?:to|and|a|y|-|–)\s*[0-9]+\s*)?(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|"
    r"centur(?:y|ies)|años?|meses|mes|semanas?|días?|dias?|horas?|minutos?|décadas?|decadas?|siglos?)\b",
    re.IGNORECASE,
)
# A rate per minute or second is a rifle's or a bullet's, never a figure of trafficking: "dispara 70 balas por minuto",
# "900 metros por segundo", "600 rounds per minute". (A rate per day or month is read as one: time_words.py.)
SPEED = re.compile(
    r"^\s*(?:[^\W\d_]+\s+){0,2}(?:(?:por|per|cada|each|every)\s+(?:minutos?|minutes?|segundos?|seconds?)\b"
    # ("a minute", not "a minute later"; nor "a second", as often an ordinal: "12 rifles a second time")
    r"|a\s+minute\b(?!\s+(?:later|before|after|earlier|ago)))|^\s*(?:rpm|m/s|fps|km/h)\b",
    re.IGNORECASE,
)
# What a magazine or a drum holds names its make, never a figure of trafficking: "each magazine is designed to hold 30
# rounds", "cargadores con capacidad para 100 cartuchos" (not "a trailer that held 92,000 rounds": MOST_HELD)
CAPACITY_BEFORE = re.compile(
    r"(?i)\b(?:holds?|holding|capacity\s+(?:of|for)|capacidad\s+(?:de|para))\s+(?:up\s+to\s+|hasta\s+)?$"
)
CAPACITY_AFTER = re.compile(r"(?i)^\s*(?:rounds?|cartridges?|bullets?|cartuchos?|balas?|tiros?)\b")
MOST_HELD = 100  # rounds a magazine or a drum holds at most
# (a degree sign is often set for "º", "113° aniversario")
ORDINAL = re.compile(r"(?i)^(?:st|nd|rd|th|er|ero|era|ro|ra|do|da|to|ta|vo|va|no|na|mo|ma|[oaºª])\b|^\.?[ºª°]")
PHONE = re.compile(r"\([0-9]{3}\)\s?[0-9]{3}-[0-9]{4}(?![0-9])")  # "(202) 648-8500": no range of 648 to 8,500
URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)  # "http://www.mapinc.org/media/487"
NUMERIC_DATE = re.compile(
    r"(?<![\w/.-])(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}"
    r"|\d{1,2}:\d{2}(?::\d{2})?(?i:[ap]m|hrs?|h)?)(?![\w/])"  # a clock's time, "10:05pm", "10:13PM" too
)
CODE_BEFORE = re.compile(r"(?<![^\W\d_])[^\W\d_]+(?:-[0-9]+)*-$")  # "AR-", "GAO-21-": a code, not a count
# A law report's volume and page ("605 U.S. 280", "91 F.4th 511"), a subsection's mark after its section
# ("§ 7903(5)"), a vote or a score ("ruled 9-0": a range ends at no 0), calibres set apart by slashes ("calibre
# 20/40"), a footnote's mark stuck between a sentence's stop and its note ("rose.2Institute for ...") and a cited
# page before the citation's address ("May 2023, 33, https://..."): runs no figure is read in.
CITATION = re.compile(
    r"(?<![\d.,])\d{1,3}\s+(?:U\.\s?S\.|F\.\s?(?:2d|3d|4th|Supp\.(?:\s?[23]d)?)|S\.\s?Ct\.|L\.\s?Ed\.(?:\s?2d)?)"
    r"\s+\d{1,4}(?![\d.,]\d)"
    r"|(?<=[0-9A-Za-z)])\([0-9a-z]{1,3}\)|(?<![\d.,])\d{1,4}(?=\([a-z]{1,2}\))"  # "18 U.S.C. 923(g)(5)"
    r"|(?<![\d.,])\d{1,2}\s?[-–]\s?0(?![\d%]|[.,]\d)"  # (at a sentence's end too: "por 9-0.")
    r"|(?i:\bcal(?:ibre|iber|ibers|ibres)?\.?)\s+\.?\d+(?:[.,]\d+)?(?:\s?/\s?\.?\d+(?:[.,]\d+)?)+"
    r"|(?<![\d.,])\d{1,2}[.,]\d{1,2}\s?[xX×]\s?\d{2,3}"  # a cartridge's size: "7.62x39", "12,7X99mm"
    r"|(?<=[^\W\d_][.!?])\d{1,3}(?=[A-ZÁÉÍÓÚÑ“\"])"
    r"|(?<![\d.,])\d{1,4}(?=,\s*https?://)"
    r"|(?<=\]:)\d{1,4}"  # a cited page after a note's mark: "[1]:297"
)
# A street address: "7030 E. Broadway", "1400 S. Alvernon Way", "210 Main Street", "the 1000 block of"
ADDRESS = re.compile(
    r"(?<![\d.,])\d{1,5}\s+(?:block\s+of\b|[NSEW]\.\s+[A-Z]\w+|(?:[A-Z]\w+\s+){1,3}(?:St|Street|Ave|Avenue|Blvd|Boulevard|Rd|Road|Dr|"
    r"Drive|Ln|Lane)\b)"
    r"|(?<=, [A-Z]{2} )\d{5}(?:-\d{4})?(?![\d,]\d)"  # a ZIP code after a state's: "Austin, TX 78701"
)
LIST_MARK = re.compile(r"\(([1-9])\)(?=\s)")  # "(1) the guns found in Mexico and (2) the agencies' work"


def list_marks(text: str) -> list[tuple[int, int]]:
    """Where the marks of an enumerated list are ("(1)", "(2)" ...): a mark whose next or previous number is in the
    text too. A lone "(12)" after "twelve" restates a count."""
    marks = [(int(m.group(1)), m.span()) for m in LIST_MARK.finditer(text)]
    numbers = {n for n, _span in marks}
    return [span for n, span in marks if n + 1 in numbers or n - 1 in numbers]


def month_day_before(before: str) -> bool:
    """Whether a month and a day come right before: "January 20, " (a year follows)."""
    found = re.search(r"(?<![^\W\d_])([^\W\d_]+)\.?\s+[0-9]{1,2},?\s*$", before)
    return found is not None and found.group(1).casefold() in MONTHS


def next_to_month(before: str, after: str) -> bool:
    """Whether a month's name, a weekday or "next month" stands beside a number: it may be a day or a year."""
    if RELATIVE_MONTH.match(after) or (WEEKDAY_BEFORE.search(before) and DAY_GOES_ON.match(after)):
        return True  # "el 29 del próximo mes", "the 5th of next month", "el pasado martes 20, en Veracruz"
    previous = re.search(r"(?<![^\W\d_])([^\W\d_]+)\.?,?\s*(?:de\s+)?$", before)
    following = re.match(r",?\s*(?:de\s+|of\s+)?([^\W\d_]+)", after)
    found = [w.group(1) for w in (previous, following) if w]
    # "may" and "mar" are also a verb and the sea: a month only when written as one.
    return any(w.casefold() in MONTHS and (w.casefold() not in ("may", "mar") or w[0].isupper()) for w in found)
