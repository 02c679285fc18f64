"""How `armsfacts check` walks a draft (check.py): the topic a paragraph carries, what earlier sentences said,
and which numbers are claims at all, as `check --json` shows it.

Written for the survivors of a mutation run (tools/mutation.py, issue 22). Every draft is written for
this file; each expected value is read by hand from data/armsfacts.json and the rules check.py and
candidates.py document: Operation Last Mile (1 May 2022 - 1 May 2023) made 3,337 arrests (its El Paso
Division 235, its Omaha Division 87) and seized 8,496 or 8,497 firearms; eTrace's 802 cases were
referred to ATF from 1 October 2021 to 31 December 2023 (AEI Noticias ¶3).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .conftest import Invoke

ARRESTS = "3,337 people (Riviera Maya News ¶16; DEA ¶5 and 2 more)"
LAST_MILE_ARRESTS = ["last-mile-arrests", "ktsm-lm-elpaso-arrests", "dea-omaha-lm-arrests"]


def claims(run: Invoke, tmp_path: Path, draft: str, lang: str = "en") -> dict[str, dict[str, Any]]:
    """The claims `check --json` makes of a draft, by the figure as written."""
    path = tmp_path / "draft.txt"
    path.write_text(draft + "\n", encoding="utf-8")
    result = run("check", str(path), "--json", "--text-lang", lang)
    assert result.exit_code in (0, 4), result.output
    return {c["text"]: c for c in json.loads(result.stdout)}


def test_a_text_naming_one_operation_is_about_it_from_its_first_line(run: Invoke, tmp_path: Path) -> None:
    """Only Operation Last Mile is named, two paragraphs on: 3,373 arrests is its 3,337 with digits transposed."""
    found = claims(run, tmp_path, "Agents made 3,373 arrests.\n\nOperation Last Mile was run by the DEA.")
    assert (found["3,373"]["verdict"], found["3,373"]["near_miss"]) == ("contradicted", "transposition")
    assert found["3,373"]["note"] == f"the record says {ARRESTS}; 3,373 differs by 36 — digits transposed?"


def test_a_text_naming_two_operations_has_no_topic_before_either(run: Invoke, tmp_path: Path) -> None:
    found = claims(run, tmp_path, "Agents made 3,373 arrests.\n\nOperation Last Mile and Operation Southbound ended.")
    assert found["3,373"]["verdict"] == "unverified"
    assert found["3,373"]["near_miss"] is None


def test_an_operation_named_in_an_earlier_paragraph_finds_its_figures_but_does_not_make_them_wrong(
    run: Invoke, tmp_path: Path
) -> None:
    """The text names two operations and moves on: the third paragraph's 3,373 is weighed against Last Mile's
    arrests (the last operation named), but not called wrong on them."""
    draft = (
        "Operation Southbound began in 2023.\n\nOperation Last Mile made 3,337 arrests.\n\nAgents made 3,373 arrests."
    )
    found = claims(run, tmp_path, draft)
    assert (found["3,337"]["verdict"], found["3,337"]["facts"]) == ("supported", ["last-mile-arrests"])
    assert (found["3,373"]["verdict"], found["3,373"]["facts"]) == ("unverified", LAST_MILE_ARRESTS)
    assert found["3,373"]["note"].startswith("the text does not say which of the record's figures it is about: ")


def test_the_operation_said_again_points_back_at_the_one_an_earlier_paragraph_named(
    run: Invoke, tmp_path: Path
) -> None:
    """ "The operation" (or "el operativo") is the last one named, however many paragraphs back: its figure is
    Operation Last Mile's, and 3,373 is its 3,337 arrests with two digits swapped."""
    draft = "Operation Southbound began in 2023.\n\nOperation Last Mile made arrests.\n\nIn all, {} made 3,373 arrests."
    found = claims(run, tmp_path, draft.format("the operation"))
    assert (found["3,373"]["verdict"], found["3,373"]["near_miss"]) == ("contradicted", "transposition")
    assert found["3,373"]["facts"] == ["last-mile-arrests"]
    spanish = "Empezó la Operación Southbound.\n\nLa Operación Última Milla hizo arrestos.\n\nEn total, {} hizo 3,337 arrestos."
    found = claims(run, tmp_path, spanish.format("el operativo"), "es")
    assert (found["3,337"]["verdict"], found["3,337"]["facts"]) == ("supported", ["last-mile-arrests"])
    found = claims(run, tmp_path, spanish.format("el operativo").replace("3,337", "3,373"), "es")
    assert (found["3,373"]["verdict"], found["3,373"]["near_miss"]) == ("contradicted", "transposition")
    # (without it, the paragraph before still finds the figure, and names nothing a contradiction needs)
    found = claims(run, tmp_path, draft.format("agents"))
    assert (found["3,373"]["verdict"], found["3,373"]["near_miss"]) == ("unverified", None)


def test_the_agency_in_a_first_sentence_points_back_at_nothing(run: Invoke, tmp_path: Path) -> None:
    found = claims(run, tmp_path, "The agency seized 8,497 firearms in Operation Last Mile.")
    assert (found["8,497"]["verdict"], found["8,497"]["facts"]) == ("disputed", ["last-mile-firearms-seized"])


def test_this_period_in_a_first_sentence_points_back_at_nothing(run: Invoke, tmp_path: Path) -> None:
    found = claims(run, tmp_path, "During this period, Operation Southbound referred 802 cases to ATF.")
    assert (found["802"]["verdict"], found["802"]["near_miss"]) == ("contradicted", "initiative")
    assert found["802"]["note"] == (
        "the record gives 802 cases (AEI Noticias ¶3) for cases referred to ATF, eTrace, "
        "1 October 2021 – 31 December 2023, not for Operation Southbound"
    )


def test_a_thousand_in_words_is_a_claim(run: Invoke, tmp_path: Path) -> None:
    """SPELLED_CLAIM: numbers in words below 1,000 are claims only before a unit the record counts; 1,000 is one."""
    found = claims(run, tmp_path, "Operation Last Mile's arrests numbered one thousand.")
    assert (found["one thousand"]["verdict"], found["one thousand"]["facts"]) == ("unverified", LAST_MILE_ARRESTS)


def test_a_running_count_at_another_day_names_the_nearest_days_the_record_holds(run: Invoke, tmp_path: Path) -> None:
    """Operación Frontera Norte's arrests are recorded as of 16 July (5,330, Red 113 MX), 25 August (6,680) and
    2 September 2025: a count to 6 August is none of them, and the note names the nearest, not that the record has
    no figure of the kind."""
    path = tmp_path / "draft.txt"
    path.write_text(
        "Hasta el 6 de agosto de 2025, la Operación Frontera Norte llevaba seis mil 92 detenidos.\n", encoding="utf-8"
    )
    result = run("check", str(path), "--json", "--text-lang", "es")
    (claim,) = json.loads(result.stdout)
    assert claim["verdict"] == "unverified"
    assert claim["facts"][:2] == ["ofn-arrests-2025-08-25", "ofn-arrests-2025-07-16"], claim["note"]
    assert claim["note"].startswith("the record gives this count only at other days: 6,680 people"), claim["note"]


# One case's city is named once, in its lead: the record's CBP bus at the Bridge of the Americas, El Paso, 17 August
# 2024, held 92,900 rounds. The figure comes paragraphs later, naming neither the city nor the day.
BUS = (
    "Two bus drivers were arrested on Saturday in El Paso and charged with smuggling ammunition.\n\n"
    "Officers opened 26 black boxes in the luggage hold, for a total of {} rounds of ammunition."
)


def test_a_place_named_in_a_sentence_before_helps_find_its_figure(run: Invoke, tmp_path: Path) -> None:
    """Without El Paso, "92,900 rounds" may be any of the record's counts of rounds: its many seizures at other
    places and days. With El Paso named in the lead, it is the El Paso bus's."""
    claim = claims(run, tmp_path, BUS.format("92,900"))["92,900"]
    assert (claim["verdict"], claim["facts"]) == ("supported", ["cbp-elpaso-case-2024-08-rounds"]), claim["note"]
    claim = claims(run, tmp_path, BUS.format("92,900").replace("in El Paso", "at the border"))["92,900"]
    assert claim["verdict"] == "unverified", claim["note"]


def test_a_place_named_before_makes_no_figure_wrong(run: Invoke, tmp_path: Path) -> None:
    """A place named before only helps find a figure: the sentence itself does not say it is the bus's, and another
    seizure at El Paso may hold 82,900 rounds."""
    claim = claims(run, tmp_path, BUS.format("82,900"))["82,900"]
    assert claim["verdict"] == "unverified", claim["note"]
