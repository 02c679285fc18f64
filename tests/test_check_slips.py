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
