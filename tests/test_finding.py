"""Finding a figure by words (`search`, `stats --search`): what a person types, what they see.

Expected records are read from the record's pages: the GAO's and others' yearly estimates of
firearms trafficked into Mexico, the DEA's printing "8,497" of Operation Last Mile's firearms,
Ambassador Ken Salazar's roundtable of 4 December 2023.
"""

from __future__ import annotations

import pytest

from armsfacts import matching, synonyms

from .conftest import Invoke

# Figures of firearms trafficked into Mexico each year, from the GAO's 2021 report and the
# Agrawal study: both give a number a year.
GAO_YEARLY = "gao-21-322-estimate-200000"
AGRAWAL_YEARLY = "agrawal-2019-253000-per-year"
# Figures Ken Salazar gave at the roundtable (salazar-roundtable-2023-12-04).
SALAZAR_FIGURES = ["atf-firearms-intercepted", "etrace-arrests-2023", "open-investigations"]


def _rows(stdout: str) -> list[list[str]]:
    return [line.split("\t") for line in stdout.splitlines()[1:]]


def _ids(stdout: str) -> list[str]:
    return [row[1] for row in _rows(stdout)]


def test_a_sentence_finds_the_yearly_estimates_first(run: Invoke) -> None:
    result = run("search", "guns cross into Mexico each year")
    assert result.exit_code == 0, result.output
    rows = _rows(result.stdout)
    # The best matches are figures whose label says it: firearms, Mexico, per year.
    assert all(row[2].startswith("firearms trafficked into Mexico per year: ") for row in rows[:5])
    assert GAO_YEARLY in _ids(result.stdout)[:8]


@pytest.mark.parametrize("words", ["firearms a year", "armas al año", "weapons per year", "armamento anual"])
def test_synonyms_in_both_languages_find_the_same_figures(run: Invoke, words: str) -> None:
    result = run("stats", "--search", words, "--fields", "id")
    assert result.exit_code == 0, result.output
    found = result.stdout.split()[1:]
    assert {GAO_YEARLY, AGRAWAL_YEARLY} <= set(found)
    assert found == run("stats", "--search", "firearms a year", "--fields", "id").stdout.split()[1:]


@pytest.mark.parametrize("number", ["8497", "8,497"])
def test_digits_with_or_without_commas(run: Invoke, number: str) -> None:
    # The DEA printed 8,497 firearms for Operation Last Mile; the record's own figure is 8,496.
    result = run("search", number)
    assert _ids(result.stdout) == ["last-mile-firearms-seized"]
    assert _rows(result.stdout)[0][3] == "8,497"


def test_a_speakers_name_finds_the_figures_of_his_statements(run: Invoke) -> None:
    result = run("stats", "--search", "Salazar", "--fields", "id")
    assert set(SALAZAR_FIGURES) <= set(result.stdout.split())
    hits = run("search", "salazar").stdout
    assert _rows(hits)[0][:3] == ["person", "ken-salazar", "Ken Salazar"]  # his name is the record's name
    assert set(SALAZAR_FIGURES) <= set(_ids(hits))


def test_more_words_matched_rank_first(run: Invoke) -> None:
    ids = _ids(run("search", "Salazar intercepted firearms").stdout)
    # The ATF's intercepted firearms, which Salazar gave, holds all three words and comes first;
    # the firearms he gave that were seized hold two, and follow; his own record holds one of three.
    assert ids[0] == "atf-firearms-intercepted"
    assert "us-firearms-seized" in ids[1:]
    assert "ken-salazar" not in ids
    # Two words of two: both must be there.
    assert _ids(run("search", "Salazar intercepted").stdout) == ["atf-firearms-intercepted"]


@pytest.mark.parametrize("words", ["confiscated", "decomisadas", "aseguradas", "seizures"])
def test_seized_by_any_of_its_names(run: Invoke, words: str) -> None:
    found = run("stats", "--search", words, "--metric", "firearms_seized", "--fields", "id").stdout.split()
    seized = run("stats", "--metric", "firearms_seized", "--fields", "id").stdout.split()
    assert found[0] == "id" and sorted(found) == sorted(seized)


@pytest.mark.parametrize("words", ["the", "of the", "de la al", "each a", "!!!"])
def test_words_that_carry_nothing_match_nothing(run: Invoke, words: str) -> None:
    result = run("search", words)
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr.startswith("Nothing matches ")
    assert run("search", words, "--json").stdout == "[]\n"
    spanish = run("search", words, env={"ARMSFACTS_LANG": "es"})
    assert spanish.stderr.startswith("Nada coincide con ")


def test_a_word_that_carries_nothing_does_not_widen_a_search(run: Invoke) -> None:
    assert run("search", "the 8497 of each").stdout == run("search", "8497").stdout


def test_stats_search_keeps_its_other_filters_and_sort(run: Invoke) -> None:
    result = run("stats", "--search", "firearms a year", "--metric", "arrests")
    assert result.stdout == "" and result.stderr == "No figures match these filters.\n"
    by_value = run("stats", "--search", "armas al año", "--sort", "-value", "--fields", "value").stdout.split()[1:]
    assert [float(v) for v in by_value] == sorted((float(v) for v in by_value), reverse=True)


def test_the_rule() -> None:
    assert [matching.needed(n) for n in (1, 2, 3, 4, 6)] == [1, 2, 2, 3, 4]
    assert matching.words("Más de 8,497 ARMAS") == ["mas", "de", "8497", "armas"]
    assert matching.search_words("the guns of the guns") == ["guns"]
    for a, b in [("trafficked", "trafficking"), ("traficadas", "traficado"), ("crosses", "cross"), ("traced", "trace")]:
        assert matching.stem(a) == matching.stem(b), (a, b)
    assert matching.stem("8497") == "8497"


def test_synonyms_are_folded_words_each_in_one_group() -> None:
    every = [word for group in synonyms.GROUPS for word in group]
    assert len(every) == len(set(every))
    assert all(matching.fold(word) == word and " " not in word for word in every)
    assert not synonyms.STOP_WORDS.intersection(every)
    assert {"guns", "firearms", "armas", "armamento"} <= set(synonyms.alternatives("weapons"))
    assert {"seized", "confiscated", "decomisadas", "aseguradas"} <= set(synonyms.alternatives("aseguradas"))
    assert synonyms.alternatives("zzz") == ("zzz",)


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        ("Operación Última Milla", "operacion ultima milla"),
        ("ÑANDÚ, pingüino", "nandu pinguino"),
        ("cafe\u0301 decomposed", "cafe decomposed"),  # an accent written as its own character
        ("ﬁrearms — 1,2 millones €", "firearms 1 2 millones"),  # a ligature, a dash and a currency sign
        ("Straße", "strasse"),
        ("Москва ciudad", "москва ciudad"),  # letters of another script are words too
    ],
)
def test_words_are_matched_without_accents_case_or_punctuation(written: str, folded: str) -> None:
    assert matching.fold(written) == folded
