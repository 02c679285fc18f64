"""`armsfacts check` on figures given as a list in one sentence, and on what is no list (issue 17).

Releases give a series in one breath: a verb, then each year's figure with its own year. Every
figure of the list shares the verb, and each has its own year: the year named in another
figure's clause is not its year. The record (data/armsfacts.json, CBP's El Paso Field Office,
outbound inspections): 15,678 rounds seized in fiscal year 2021, 7,224 in 2022, 11,205 in 2023.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import Invoke, judged

FY = {
    "15,678": "cbp-elpaso-fo-rounds-fy2021",
    "7,224": "cbp-elpaso-fo-rounds-fy2022",
    "11,205": "cbp-elpaso-fo-rounds-fy2023",
}
LIST = "Outbound checks by CBP in El Paso seized {} rounds in fiscal year 2021, {} rounds in fiscal year 2022 and {} rounds in fiscal year 2023."


def test_each_figure_of_a_list_is_its_own_years_figure(run: Invoke, tmp_path: Path) -> None:
    for written, fact in FY.items():
        claim = judged(run, tmp_path, LIST.format(*FY), written)
        assert (claim["verdict"], claim["facts"]) == ("supported", [fact]), claim["note"]


@pytest.mark.parametrize(("slipped", "fact"), [("8,224", FY["7,224"]), ("21,205", FY["11,205"])])
def test_a_slipped_figure_later_in_a_list_is_caught(slipped: str, fact: str, run: Invoke, tmp_path: Path) -> None:
    """Its verb is the list's ("seized"), and its year is the one its own clause names, not the years before it."""
    figures = [slipped if FY[written] == fact else written for written in FY]
    claim = judged(run, tmp_path, LIST.format(*figures), slipped)
    assert (claim["verdict"], claim["facts"]) == ("contradicted", [fact]), claim["note"]


def test_a_period_across_and_is_no_list(run: Invoke, tmp_path: Path) -> None:
    """'Entre octubre de 2024 y abril de 2025' is one span though 'y' breaks a list: its 2025 is not cut away,
    which left the ATF's 70.5 % of 2024 to call the 75 % wrong (the record's 75 % of that span is the security
    secretary's, Oct 2024 - Apr 2025)."""
    sentence = (
        "La cifra equivale al 75% del total de armas aseguradas entre octubre de 2024 y abril de 2025, dijo el "
        "secretario de Seguridad."
    )
    claim = judged(run, tmp_path, sentence, "75%", "es")
    assert claim["verdict"] != "contradicted", claim["note"]
    assert "atf-mx-us-share-2024" not in claim["facts"]


# A list a line ends in a colon to open: each item completes that line's sentence, as if written on it with commas
# (heldout-37, the corpus's Desert Lightning page). The record: ATF's 10,592 firearms, 8,722 weapon components and
# 6,335 explosive devices seized from 20 January to 1 May 2025, bound for Mexico.
OPENED = "Según la ATF, entre el 20 de enero y el 1 de mayo de 2025 se decomisaron:\n- 10,592 armas de fuego\n- {}\n"


def test_the_items_a_colon_opens_share_its_agency_and_period(run: Invoke, tmp_path: Path) -> None:
    """An item alone names neither ATF nor the period; with its lead's, a slipped digit of one is caught."""
    claim = judged(run, tmp_path, OPENED.format("9,722 componentes de armas"), "9,722", "es")
    assert (claim["verdict"], claim["facts"]) == ("contradicted", ["us-mx-bound-components-2025-05"]), claim["note"]
    assert claim["context"].startswith("… decomisaron: - 10,592")  # its lead is its sentence
    claim = judged(run, tmp_path, OPENED.format("6,335 artefactos explosivos."), "6,335", "es")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["us-mx-bound-explosives-2025-05"]), claim["note"]


def test_an_item_with_clauses_of_its_own_stands_alone(run: Invoke, tmp_path: Path) -> None:
    """A list of remarks is no list of figures: the day that dates the report is not the firearms' period."""
    text = (
        "Where the pages differ from the report of 4 December 2023:\n- firearms seized: one says 8,496; another 8,497."
    )
    claim = judged(run, tmp_path, text, "8,496")
    assert claim["context"].startswith("- firearms seized:"), claim["context"]


def test_a_count_in_parentheses_lends_its_words_to_no_later_figure(run: Invoke, tmp_path: Path) -> None:
    """heldout-74: in "33% eran rifles (16 mil 368); 9% eran revólveres", the 9 % borrowed "rifles" as if it opened
    a list after the count in parentheses, and was called wrong by the NFCTA's 32 % of recovered guns that are
    rifles (2022-2023). A count in parentheses restates the share before it: its words are that share's."""
    text = (
        "De las armas recuperadas entre 2022 y 2023, 50% (25 mil 355) eran pistolas; 33% eran rifles (16 mil 368); "
        "9% eran revólveres."
    )
    claim = judged(run, tmp_path, text, "9%", "es")
    assert claim["verdict"] == "unverified", claim["note"]


def test_a_citys_figure_in_a_list_of_cities_is_that_citys(run: Invoke, tmp_path: Path) -> None:
    """Heldout-206: the Iron River report's five cities (2015-2022) in one breath, the states named before them. El
    Paso's 1,658 had been kept out by Texas, the state its description names around it, read as a second place of
    its own that the sentence gave to the others (Houston's figure, say)."""
    sentence = (
        "Cinco ciudades de Texas y Arizona destacan como origen de esas armas: Houston (2,452), Tucson (2,156), "
        "Phoenix (1,745), El Paso (1,658) y San Antonio (1,340)."
    )
    claim = judged(run, tmp_path, sentence, "1,658", "es")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["iron-river-el-paso-2015-2022"]), claim["note"]
    claim = judged(run, tmp_path, sentence, "2,452", "es")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["iron-river-houston-2015-2022"]), claim["note"]


CITIES = "{years}\n\nLas cinco ciudades con más armas rastreadas fueron Houston ({houston}), Tucson (2,156) y Phoenix (1,745)."


@pytest.mark.parametrize(
    ("years", "verdict"),
    [
        # the years the text named last are the list's: Houston's 2,452 of 2015-2022 (Iron River) mistyped
        ("El informe sigue el origen de las armas recuperadas en México entre 2015 y 2022.", "contradicted"),
        # ... and no others: a list after other years may be of those years, and no slip of the record's
        ("El informe sigue el origen de las armas recuperadas en México entre 2008 y 2010.", "unverified"),
        # with no years named, Tucson's 2,156 and Phoenix's 1,745 beside it are the report's own: so is Houston's
        ("El informe sigue el origen de las armas recuperadas en México.", "contradicted"),
    ],
)
def test_a_places_slipped_figure_is_caught_in_the_years_named_before(
    years: str, verdict: str, run: Invoke, tmp_path: Path
) -> None:
    """Heldout-206 and -217: the period is named once, in a paragraph before the list of cities (a slip planted in
    Houston's 2,452 came back unverified). The right figures stay borne out whatever years come before."""
    claim = judged(run, tmp_path, CITIES.format(years=years, houston="3,452"), "3,452", "es")
    assert claim["verdict"] == verdict, claim["note"]
    if verdict == "contradicted":
        assert claim["facts"] == ["iron-river-houston-2015-2022"], claim["note"]
    claim = judged(run, tmp_path, CITIES.format(years=years, houston="2,452"), "2,452", "es")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["iron-river-houston-2015-2022"]), claim["note"]


def test_the_whole_of_a_count_before_it_is_no_figure_of_the_part(run: Invoke, tmp_path: Path) -> None:
    """Heldout-241: "68,000 of 99,000 seized guns had come from the United States" (ATF, 2007-2011). The 68,000 are
    the record's 68,161 of U.S. origin; the 99,000 are all the guns, not a wrong count of U.S.-origin ones."""
    sentence = "ATF found that between 2007 and 2011, 68,000 of 99,000 guns recovered in Mexico had come from the U.S."
    claim = judged(run, tmp_path, sentence, "68,000")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["usat-2012-traced-us-origin-count"]), claim["note"]
    claim = judged(run, tmp_path, sentence, "99,000")
    assert claim["verdict"] != "contradicted", claim["note"]
    # ... and where its own words say what it counts, it is that figure: the 99,691 submitted for tracing
    claim = judged(run, tmp_path, sentence.replace("guns recovered", "traced guns"), "99,000")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["usat-2012-submitted-for-tracing"]), claim["note"]


def test_the_places_where_most_of_a_share_is_are_not_what_it_is_of(run: Invoke, tmp_path: Path) -> None:
    """Heldout-246: "75 % ... vienen de Estados Unidos, sobre todo de Texas, Arizona y California" is a share of U.S.
    origin, most of it from three states: no wrong account of the NFCTA's 74 % bought in those three states."""
    mostly = "El 75 por ciento de las armas vienen de Estados Unidos, sobre todo de Texas, Arizona y California."
    claim = judged(run, tmp_path, mostly, "75 por ciento", "es")
    assert claim["verdict"] != "contradicted" and "nfcta-tx-az-ca-share" not in claim["facts"], claim["note"]
    # (heldout-246 again: "específicamente de Texas, Nuevo México, Arizona y California")
    claim = judged(run, tmp_path, mostly.replace("sobre todo", "específicamente"), "75 por ciento", "es")
    assert claim["verdict"] != "contradicted" and "nfcta-tx-az-ca-share" not in claim["facts"], claim["note"]
    claim = judged(
        run, tmp_path, "El 74 por ciento de las armas vienen de Texas, Arizona y California.", "74 por ciento", "es"
    )
    assert (claim["verdict"], claim["facts"]) == ("supported", ["nfcta-tx-az-ca-share"]), claim["note"]


# The figures one source gives together tell which of the record's figures a sentence that gives them together speaks
# of. The record: the NFCTA as The Mexico Post and Radar Alternativo quote it, 43 % of the guns from Texas, 22 % from
# Arizona and 9 % from California (no period); the Defence ministry's report for November 2024 to May 2025, as La
# Jornada and El Universal give it, the same three shares. The Way of the Gun, as KSL, the Arizona Daily Star and
# others print it: 253,000 firearms a year (2010-2012), about 2.2 % of U.S. gun sales.
STATES = (
    "The report breaks down where the traced guns were bought: Texas ({}), Arizona (22 percent) and California ({})."
)
TEXAS_43 = {"nfcta-texas-share", "defensa-texas-share-2025-05"}


def test_a_lists_slipped_share_is_the_share_its_source_gives_beside_the_others(run: Invoke, tmp_path: Path) -> None:
    """Texas's share alone may be of any period (the San Antonio Current gives 29 % for 2017-2021); beside the
    Arizona and California shares of a source that gives Texas 43 %, 63 % is that source's share written wrong."""
    claim = judged(run, tmp_path, STATES.format("63 percent", "9 percent"), "63 percent")
    assert claim["verdict"] == "contradicted" and set(claim["facts"]) <= TEXAS_43, claim["note"]
    assert claim["note"].startswith("the record says 43 %") and "other figures are those sources'" in claim["note"]
    claim = judged(run, tmp_path, STATES.format("43 percent", "9 percent"), "43 percent")
    assert claim["verdict"] == "supported" and set(claim["facts"]) <= TEXAS_43, claim["note"]
    # (a newcomer's look: the list's words may name only what many shares are of, "the leading sources"; its other
    # items, of the same metric, say what it counts)
    sources = (
        "According to the ATF's National Firearms Commerce and Trafficking Assessment, Texas (63 percent), Arizona "
        "(22 percent) and California (9 percent) were the leading sources."
    )
    claim = judged(run, tmp_path, sources, "63 percent")
    assert claim["verdict"] == "contradicted" and set(claim["facts"]) <= TEXAS_43, claim["note"]
    # (a list whose other item no source of Texas's 43 % gives ties nothing: 19 % of California is nobody's)
    claim = judged(
        run, tmp_path, STATES.format("63 percent", "19 percent").replace("Arizona (22", "Arizona (12"), "63 percent"
    )
    assert claim["verdict"] == "unverified", claim["note"]


def test_a_slipped_estimate_beside_its_studys_other_figure_is_caught(run: Invoke, tmp_path: Path) -> None:
    """Many estimates of the guns smuggled each year are on the record (200,000, about 253,000, 730,000 ...): a number
    alone is any of them. Beside the same study's 2.2 % of U.S. gun sales, it is that study's 253,000."""
    sentence = (
        "One study found that {} U.S. guns are smuggled into Mexico annually, about 2.2 percent of all U.S. gun sales."
    )
    claim = judged(run, tmp_path, sentence.format("353,000"), "353,000")
    assert (claim["verdict"], claim["facts"]) == ("contradicted", ["ksl-253000-2010-2012"]), claim["note"]
    claim = judged(run, tmp_path, sentence.format("253,000"), "253,000")
    assert claim["verdict"] == "supported", claim["note"]


def test_a_whole_or_the_rest_beside_its_sources_figure_is_no_slip_of_it(run: Invoke, tmp_path: Path) -> None:
    """A source's figure tells which quantity only the like figures beside it are: the 99,000 of "68,000 of 99,000"
    are the whole the 68,161 of U.S. origin are part of, and "the other 30%" of a 70 % U.S. share is the rest."""
    whole = "Between 2007 and 2011, 68,000 of 99,000 seized guns had come from the United States."
    assert judged(run, tmp_path, whole, "68,000")["verdict"] == "supported"
    claim = judged(run, tmp_path, whole, "99,000")
    assert claim["verdict"] != "contradicted", claim["note"]
    rest = "As the foreign minister says, 70% of the seized weapons come from the United States market, the other 30% from Europe."
    claim = judged(run, tmp_path, rest, "30%")
    assert claim["verdict"] != "contradicted", claim["note"]


def test_a_slipped_count_beside_its_sources_other_count_is_caught(run: Invoke, tmp_path: Path) -> None:
    """Round 53 (Noroeste): ATF's 36,277 firearms and 2,317,999 cartridges seized from 20 January 2025 to 18 February
    2026, in one breath. "Ilegales" is a word of another metric's label, and no bar where the noun after the number
    is its own: beside the record's cartridges, 46 mil 277 is the same report's firearms written wrong."""
    sentence = (
        "Desde el 20 de enero de 2025 y hasta el 18 de febrero de 2026, la ATF informó el decomiso de {} armas de "
        "fuego ilegales y 2 millones 317 mil 999 cartuchos."
    )
    claim = judged(run, tmp_path, sentence.format("46 mil 277"), "46 mil 277", "es")
    assert (claim["verdict"], claim["facts"]) == ("contradicted", ["atf-us-firearms-2026-02"]), claim["note"]
    claim = judged(run, tmp_path, sentence.format("36 mil 277"), "36 mil 277", "es")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["atf-us-firearms-2026-02"]), claim["note"]


def test_another_item_of_a_list_is_no_slip_of_the_figure_beside_it(run: Invoke, tmp_path: Path) -> None:
    """Round 54 (Milenio): the defence minister's 215 .50-calibre rifles seized from October 2024 to 10 February 2026,
    listed with other arms the record does not count. The 215 are the rifles; the 273 machine guns after them are not
    the same figure written wrong, though the source that gave the 215 gives nothing else of the list."""
    sentence = (
        "Se han asegurado en esta administración 215 armas calibre .50, fusiles del tipo de Barrett, lanzacohetes "
        "13, ametralladoras de diferentes calibres 273."
    )
    claim = judged(run, tmp_path, sentence, "215", "es")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["trevilla-50cal-rifles-2026-02-10"]), claim["note"]
    claim = judged(run, tmp_path, sentence, "273", "es")
    assert claim["verdict"] == "unverified", claim["note"]


def test_a_share_and_its_count_in_parentheses_are_one_quantity(run: Invoke, tmp_path: Path) -> None:
    """Round 53 (a page on ATF's traces of 2012-2017, after Punto por Punto): 70 % of the guns traced came from the
    U.S., 69,140 of them, the count written in parentheses after the share. Each is the other written again: with the
    years named, a slip in either is that source's figure written wrong ("llegaron desde" says where they came from,
    as "provienen de" does). With no years, the share is no one's in particular."""
    sentence = "Según la ATF, de las armas rastreadas entre 2012 y 2017, el {} ({}) llegaron desde Estados Unidos."
    claim = judged(run, tmp_path, sentence.format("90%", "69 mil 140"), "90%", "es")
    assert (claim["verdict"], claim["facts"]) == ("contradicted", ["atf-mx-us-share-2012-2017"]), claim["note"]
    claim = judged(run, tmp_path, sentence.format("70%", "79 mil 140"), "79 mil 140", "es")
    assert (claim["verdict"], claim["facts"]) == ("contradicted", ["atf-mx-us-origin-2012-2017"]), claim["note"]
    claim = judged(run, tmp_path, sentence.format("70%", "69 mil 140"), "70%", "es")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["atf-mx-us-share-2012-2017"]), claim["note"]
    undated = "Según la ATF, el 90% (69 mil 140) de las armas venían de Estados Unidos."
    assert judged(run, tmp_path, undated, "90%", "es")["verdict"] == "unverified"


def test_the_items_of_a_list_under_a_colon_are_the_counts_of_the_sentence_before(run: Invoke, tmp_path: Path) -> None:
    """Round 55 (Milenio, a source of the record): the Defence ministry's yearly seizures, then by state, each an item
    of a list a colon opens, naming neither arms nor the ministry. An item is one clause, so a state named in the next
    item is not its own; and a count whose own words name nothing it counts takes the words of the sentence before,
    where they bear it out. A count with a noun of its own does not: 400 trafficking cases are no guns."""
    years = (
        "De enero a noviembre de 2025 la Defensa aseguró 12 mil 528 armas de fuego. En años anteriores se "
        "registró:\n- 9 mil 394 en 2023\n- 7 mil 922 en 2022\n- 5 mil 348 en 2021"
    )
    for written, fact, verdict in (
        ("9 mil 394", "defensa-firearms-2023", "supported"),
        ("7 mil 922", "defensa-firearms-2022", "disputed"),  # (7,916 in another source)
        ("5 mil 348", "defensa-firearms-2021", "supported"),
    ):
        claim = judged(run, tmp_path, years, written, "es")
        assert (claim["verdict"], claim["facts"]) == (verdict, [fact]), claim["note"]
    states = (
        "En 2025 la Defensa aseguró en Sinaloa dos mil 742 armas de fuego, más que en cualquier otro estado. Después "
        "vienen:\n- Sonora con mil 151\n- Chihuahua con 908\n- Michoacán con 781"
    )
    for written, fact in (
        ("mil 151", "defensa-sonora-firearms-2025"),
        ("908", "defensa-chihuahua-firearms-2025"),
        ("781", "defensa-michoacan-firearms-2025"),
    ):
        claim = judged(run, tmp_path, states, written, "es")
        assert (claim["verdict"], claim["facts"]) == ("supported", [fact]), claim["note"]
    cases = "Agents traced one of the guns to a store in Houston. The division opened 400 trafficking cases last year."
    assert judged(run, tmp_path, cases, "400")["verdict"] == "unverified"
