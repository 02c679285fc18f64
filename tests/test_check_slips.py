"""`armsfacts check`: a changed figure caught where the text names the quantity surely (issue 17's planted slips).

Sentences written for this file in the shapes of pages of the evaluation corpus (benchmarks/check_corpus.json), each
with one figure changed from the record's. The record (data/armsfacts.json): Mexico's suit against U.S. gun makers,
filed in Massachusetts in 2021, sought 10,000 million US dollars in damages (mx-lawsuit-damages-sought, no period of
its own).
"""

from __future__ import annotations

from pathlib import Path

from .conftest import Invoke, judged


def test_a_case_named_in_words_is_its_own_time(run: Invoke, tmp_path: Path) -> None:
    """The suit's year named beside its sum, which has no period in the record, left any sum unverified: a year named
    may date another count of a figure with none. A case named in words is the one its figure is of, whatever year."""
    right = "A judge threw out the $10 billion lawsuit filed by Mexico in 2021 against U.S. gun manufacturers."
    claim = judged(run, tmp_path, right, "$10 billion")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["mx-lawsuit-damages-sought"]), claim["note"]
    wrong = right.replace("$10 billion", "$20 billion")
    claim = judged(run, tmp_path, wrong, "$20 billion")
    assert (claim["verdict"], claim["facts"]) == ("contradicted", ["mx-lawsuit-damages-sought"]), claim["note"]


def test_a_case_named_in_spanish_is_its_own_time(run: Invoke, tmp_path: Path) -> None:
    """The same in Spanish: "una demanda ... presentada por México en 2021 contra fabricantes de armas"."""
    sentence = (
        "La Corte desestimó una demanda por 20 mil millones de dólares presentada por México en 2021 contra fabricantes "
        "de armas estadounidenses."
    )
    claim = judged(run, tmp_path, sentence, "20 mil millones", "es")
    assert (claim["verdict"], claim["facts"]) == ("contradicted", ["mx-lawsuit-damages-sought"]), claim["note"]
    assert "10,000 million" in claim["note"], claim["note"]


def test_a_year_named_without_the_case_leaves_a_sum_unverified(run: Invoke, tmp_path: Path) -> None:
    """A year named with a sum of another claim, the case unnamed, is still no contradiction: "In 2024, Mexico asked
    for $20 billion" may be another claim of another year."""
    sentence = "In 2024, Mexico asked for $20 billion in damages."
    claim = judged(run, tmp_path, sentence, "$20 billion")
    assert claim["verdict"] != "contradicted", claim["note"]


def test_a_finely_written_slip_of_one_year_of_a_series_is_contradicted(run: Invoke, tmp_path: Path) -> None:
    """The FGR seized 24,236 firearms in 2024 (fgr-firearms-2024); the record holds its counts of four other years. With
    no year named, a slipped count was taken for a year the record may lack. Written to five digits, one digit off
    the 2024 count and far from every other year's, it is that count mistyped."""
    sentence = "La Fiscalía General de la República reportó que en el país aseguró 34 mil 236 armas de fuego."
    claim = judged(run, tmp_path, sentence, "34 mil 236", "es")
    assert (claim["verdict"], claim["facts"]) == ("contradicted", ["fgr-firearms-2024"]), claim["note"]


def test_a_slip_of_four_digits_in_a_series_may_be_a_year_the_record_lacks(run: Invoke, tmp_path: Path) -> None:
    """... but four digits one off a year's count of the series are no sign: "6 mil 348" may be SEDENA's count of a
    year the record lacks, not its 5,348 of 2021 mistyped."""
    sentence = "La Secretaría de la Defensa Nacional aseguró 6 mil 348 armas."
    claim = judged(run, tmp_path, sentence, "6 mil 348", "es")
    assert claim["verdict"] == "unverified", claim["note"]


def test_a_part_of_the_total_before_is_of_its_agency_and_period(run: Invoke, tmp_path: Path) -> None:
    """The ATF gave 36,277 firearms seized since 20 January 2025, 4,359 of them bound for Mexico
    (atf-mx-bound-firearms-2026-02). A sentence that opens on a part of the total before ("De ese total", "Of those")
    names neither the agency nor the period, which were the sentence before's: the part of it slipped by a thousand
    was left among every count of guns bound for Mexico."""
    draft = (
        "La ATF informó que desde el 20 de enero de 2025 ha decomisado 36 mil 277 armas de fuego. De ese total, "
        "5 mil 359 armas iban con destino a México."
    )
    claim = judged(run, tmp_path, draft, "5 mil 359", "es")
    assert (claim["verdict"], claim["facts"]) == ("contradicted", ["atf-mx-bound-firearms-2026-02"]), claim["note"]
    english = "Since January 20, 2025, the ATF has seized 36,277 firearms. Of those, 5,359 guns were bound for Mexico."
    claim = judged(run, tmp_path, english, "5,359")
    assert (claim["verdict"], claim["facts"]) == ("contradicted", ["atf-mx-bound-firearms-2026-02"]), claim["note"]


def test_a_report_named_before_gives_its_period_to_a_share_two_records_print(run: Invoke, tmp_path: Path) -> None:
    """Arizona's 22 % of the guns reaching Mexico is printed by two figures: the NFCTA's (no period) and the Defence
    ministry's report of 20 November 2024 to 19 May 2025 (defensa-arizona-share-2025-05). A page on the ministry's
    report gives its period in a paragraph before, and another agency last (the one that delivered it): the share is
    the report's, not the NFCTA's that fit alike."""
    draft = (
        "La Secretaría de la Defensa Nacional identificó a Texas como el principal punto de ingreso de armas ilegales, "
        "con el 43% del flujo detectado entre el 20 de noviembre de 2024 y el 19 de mayo de 2025. Así lo dio a conocer "
        "el informe semestral que la SSPC entregó al Congreso.\n\nEl reporte también señala a Arizona (22%) y "
        "California (9%) como los otros dos estados fronterizos."
    )
    claim = judged(run, tmp_path, draft, "22%", "es")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["defensa-arizona-share-2025-05"]), claim["note"]


def test_a_bound_pins_no_source_s_day_for_the_figures_beside_it(run: Invoke, tmp_path: Path) -> None:
    """Operation Northern Border's running counts at a day between two of the record's points: "más de 1.2 millones"
    of rounds is borne out by many points, the nearest in time to the text (6 January 2026) among them. That point's
    source was taken as the sentence's own, and the arrests and firearms beside it, between two points, were called
    wrong against its day. Only a figure written exactly as a source prints it pins that source's day."""
    draft = (
        "El Gabinete de Seguridad dio a conocer sus resultados en enero de 2026.\n\n"
        "A nivel nacional, desde el inicio de la Operación Frontera Norte el 5 de febrero de 2025, se ha logrado la "
        "detención de 10 mil 493 personas, así como el aseguramiento de 7 mil 701 armas de fuego y más de 1.2 millones "
        "de cartuchos."
    )
    for figure in ("10 mil 493", "7 mil 701"):
        claim = judged(run, tmp_path, draft, figure, "es")
        assert claim["verdict"] == "unverified", claim["note"]
