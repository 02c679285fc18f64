"""armsfacts in Spanish: the catalog is complete, the data has its Spanish, output follows --lang."""

from __future__ import annotations

import json
import os
import re
import string
import subprocess
import sys
from pathlib import Path

import pytest

from armsfacts import i18n
from armsfacts.cli import cli
from armsfacts.models import Dataset
from armsfacts.output import words as display
from tools import catalog

from .conftest import Invoke


@pytest.fixture(autouse=True)
def english_afterwards() -> object:
    yield
    i18n.set_language("en")
    i18n.route_click_strings("en")


def test_every_interface_string_has_spanish_and_the_mo_is_compiled() -> None:
    assert catalog.problems() == []


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def _pairs() -> list[tuple[str, str]]:
    """(English, Spanish) for every form of every entry of the .po, as Babel reads it."""
    pairs = []
    for message in catalog.read():
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        assert len(ids) == len(strings), message.id
        pairs.extend(zip(ids, strings, strict=True))
    return pairs


def test_translations_keep_their_placeholders_and_help_layout() -> None:
    pairs = _pairs()
    assert len(pairs) > 200  # the catalog was read, not an empty file
    for one, other in pairs:
        assert _fields(one) == _fields(other), one
        assert one.count("\b") == other.count("\b"), one  # Click's unwrapped blocks
        commands = re.findall(r"^  armsfacts .*$", one, re.MULTILINE)
        assert len(commands) == len(re.findall(r"^  armsfacts .*$", other, re.MULTILINE)), one


def test_the_catalog_check_catches_a_lost_translation_and_a_stale_mo(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    po, mo = tmp_path / "armsfacts.po", tmp_path / "armsfacts.mo"
    text = catalog.PO.read_text(encoding="utf-8")
    po.write_text(text.replace('msgstr "Cifra"', 'msgstr ""'), encoding="utf-8")
    mo.write_bytes(catalog.MO.read_bytes())
    monkeypatch.setattr(catalog, "PO", po)
    monkeypatch.setattr(catalog, "MO", mo)
    assert catalog.problems() == [
        "no Spanish for: 'Figure'",
        "armsfacts.mo is not compiled from armsfacts.po: run python tools/catalog.py compile",
    ]


def test_every_record_has_its_spanish_text(ds: Dataset) -> None:
    for f in ds.facts:
        assert f.description_es and len(f.caveats_es) == len(f.caveats), f.id
        for report in f.also_reported_by:
            assert len(report.caveats_es) == len(report.caveats), f.id
    for m in ds.metrics:
        assert m.label_es and m.description_es, m.id
    for i in ds.initiatives:
        assert i.name_es and i.description_es and len(i.notes_es) == len(i.notes), i.id
    for p in ds.people:
        assert p.role_es and len(p.notes_es) == len(p.notes), p.id
    for e in ds.events:
        assert e.name_es and e.place_es and len(e.notes_es) == len(e.notes), e.id
    for s in ds.sources:
        assert len(s.notes_es) == len(s.notes), s.id
    for o in ds.organizations:
        assert o.name_es and len(o.notes_es) == len(o.notes), o.id
    for a in ds.agencies:
        assert len(a.notes_es) == len(a.notes), a.code
        # a Spanish name for every agency, but one whose Spanish name no page read gives, said in a note
        assert a.name_es or any("nombre en español" in note for note in a.notes_es), a.code


def test_mexican_agencies_and_initiatives_have_their_names_as_used_in_mexico(ds: Dataset) -> None:
    assert ds.agency_by_code["SSPC"].name_es == "Secretaría de Seguridad y Protección Ciudadana"
    assert ds.initiative_by_id["operation-last-mile"].name_es == "Operación Última Milla"


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, "en"),
        ({"LANG": "es_MX.UTF-8"}, "es"),
        ({"LANG": "es_ES.UTF-8"}, "es"),
        ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "es_MX"}, "es"),
        ({"LC_ALL": "C", "LANG": "es_MX.UTF-8"}, "en"),  # LC_ALL decides first
        ({"LANG": "es_MX.UTF-8", "ARMSFACTS_LANG": "en"}, "en"),
        ({"ARMSFACTS_LANG": "es"}, "es"),
    ],
)
def test_detect(environ: dict[str, str], expected: str) -> None:
    assert i18n.detect(environ) == expected


def test_mexican_formats() -> None:
    import datetime as dt

    i18n.set_language("es")
    assert display.number(3337) == "3,337"
    assert display.number(1436.5) == "1,436.5"
    assert display.date(dt.date(2022, 5, 1)) == "1 de mayo de 2022"


SPANISH = {"env": {"LANG": "es_MX.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "ARMSFACTS_LANG": ""}}
ENGLISH = {"env": {"LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "ARMSFACTS_LANG": ""}}


def test_stats_in_spanish(run: Invoke) -> None:
    result = run("stats", "--operation", "last-mile", **SPANISH)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split("\t") == ["ID", "Métrica", "Cifra", "Periodo", "País", "Iniciativa", "Fuente", "Concordancia"]
    investigations = lines[1].split("\t")
    assert investigations[1:5] == [
        "investigaciones", "más de 1,436 investigaciones", "1 de mayo de 2022 – 1 de mayo de 2023", "US",
    ]  # fmt: skip
    # the DEA and Europa Press give 1,436 as an exact count, Punto Crítico, like the article, "más de": compatible
    assert investigations[7] == "corroborada por la DEA, Punto Crítico (puntocritico.mx), upday (Europa Press)"
    assert "corroborada por la DEA" in lines[2]


def test_operation_in_spanish(run: Invoke) -> None:
    result = run("--lang", "es", "operation", "última milla")
    assert result.exit_code == 0
    fields = dict(line.split("\t", 1) for line in result.stdout.splitlines() if "\t" in line and line[0] != "#")
    assert fields["Tipo"] == "operación"
    assert fields["Objetivos"] == "Cártel de Sinaloa, Cártel de Jalisco Nueva Generación"
    assert fields["Agencia a cargo"] == "DEA"
    assert fields["Descripción"].startswith("Operación estadounidense de un año")
    # the article's 3, the DEA's 6, and 2 each from its El Paso and Omaha divisions
    assert "# Cifras (13)" in result.stdout


def test_agency_in_spanish(run: Invoke) -> None:
    result = run("--lang", "es", "agency", "--country", "MX")
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert rows[0] == ["Código", "Nombre", "Nombre en inglés", "País", "Parte de"]
    assert ["SEDENA", "Secretaría de la Defensa Nacional", "Secretariat of National Defense", "MX", "—"] in rows
    fgr = run("--lang", "es", "agency", "FGR").stdout
    assert "Unidades\tAIC, FEMDO, FGR-LEGAL-INTL" in fgr and "# Funcionarios (3)" in fgr


def test_error_in_spanish(run: Invoke) -> None:
    result = run("operation", "ultima-mil", **SPANISH)
    assert result.exit_code == 3
    assert result.stderr == "Error: no se encontró la operación 'ultima-mil'\n¿Quiso decir: operation-last-mile?\n"
    usage = run("--lang", "es", "stats", "--metirc", "x")
    assert usage.exit_code == 2
    assert "Error: No existe la opción '--metirc'." in usage.stderr and "Uso: armsfacts stats" in usage.stderr


def test_help_in_spanish(run: Invoke) -> None:
    english = " ".join(run("stats", "--help", **ENGLISH).stdout.split())
    spanish = " ".join(run("--lang", "es", "stats", "--help").stdout.split())
    assert "Todas las cifras, o las que cumplen los filtros" in spanish
    assert "Solo cifras en las que las fuentes no coinciden." in spanish
    assert "Códigos de salida: 0 éxito" in spanish and "Opciones:" in spanish and "Uso: armsfacts stats" in spanish
    assert "Every figure" in english and "Todas" not in english


def test_language_option_wins_over_the_locale(run: Invoke) -> None:
    assert "Métrica" in run("--lang", "es", "stats", **ENGLISH).stdout
    assert "Metric" in run("--lang", "en", "stats", **SPANISH).stdout


def test_search_in_both_languages(run: Invoke) -> None:
    for text in ("última milla", "ultima milla", "Last Mile"):
        hits = json.loads(run("search", text, "--json").stdout)
        assert ("initiative", "operation-last-mile") in [(h["kind"], h["id"]) for h in hits], text
    arrests = json.loads(run("stats", "--search", "detenciones", "--json").stdout)
    assert [f["id"] for f in arrests] == [
        "cross-border-arrests", "etrace-arrests-2023", "last-mile-arrests", "ice-2021-owat-arrests",
        "ice-woat-feature-arrests", "ktsm-lm-elpaso-arrests", "dea-omaha-lm-arrests",
        "ofn-arrests-2025-02-23", "ofn-arrests-2025-03-16", "ofn-arrests-2025-04-10", "ofn-arrests-2025-05-30",
        "ofn-arrests-2025-06-24", "ofn-arrests-2025-07-16", "ofn-arrests-2025-08-25", "ofn-arrests-2025-09-02",
        "ofn-arrests-2025-10-02", "ofn-arrests-2025-10-28", "ofn-arrests-2025-12-14", "ofn-arrests-2025-12-29",
        "ofn-arrests-2026-01-14", "ofn-arrests-2026-01-20",
        "laredo-case-2024-arrests", "atlanta-case-2025-arrests",
        "ofn-arrests-2025-03-06", "ofn-arrests-2025-04-23", "ofn-arrests-2025-09-28", "ofn-arrests-2025-11-26",
        "ofn-arrests-2025-12-09", "ofn-arrests-2026-01-06", "ofn-arrests-2026-01-11", "ofn-arrests-2026-01-12",
        "ofn-arrests-2026-01-18", "ofn-arrests-2026-03-11", "laredo-case-2025-10-arrests", "etrace-arrests-2024-07",
        "ofn-arrests-2025-02-27", "ofn-arrests-2025-04-14", "ofn-arrests-2025-10-09", "ofn-arrests-2025-10-27",
        "ofn-arrests-2025-11-17", "ofn-arrests-2026-01-07", "ofn-arrests-2025-05-18",
    ]  # fmt: skip
    assert {f["metric"] for f in arrests} == {"arrests"}
    assert [f["id"] for f in json.loads(run("stats", "--metric", "detenciones", "--json").stdout)] == [
        f["id"] for f in arrests
    ]


@pytest.mark.parametrize(
    "args",
    [["stats"], ["show", "last-mile-firearms-seized"], ["operation", "last-mile"], ["agency", "FGR"],
     ["people"], ["source"], ["search", "fiscalia"], ["initiative"]],
)  # fmt: skip
def test_json_is_the_same_in_both_languages(run: Invoke, args: list[str]) -> None:
    english = run(*args, "--json", **ENGLISH)
    spanish = run(*args, "--json", **SPANISH)
    assert english.exit_code == spanish.exit_code == 0
    assert english.stdout == spanish.stdout


def _options(help_text: str) -> list[str]:
    return sorted(set(re.findall(r"(?<![\w-])--?[a-z][\w-]*", help_text)))


def _examples(help_text: str) -> list[list[str]]:
    """Each example's command words (a name in it may be given in Spanish)."""
    return [line.split()[:2] for line in re.findall(r"^ {4}armsfacts .*$", help_text, re.MULTILINE)]


def _help(*args: str) -> str:
    # A process each: Click keeps a command's help option, with its text, for the life of a
    # process, so in one process the language of the first help shown would stay.
    unset = ("ARMSFACTS_LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE")
    env = {k: v for k, v in os.environ.items() if k not in unset} | {"LANG": "C.UTF-8", "COLUMNS": "80"}
    done = subprocess.run([sys.executable, "-m", "armsfacts", *args, "--help"], capture_output=True, text=True,
                          env=env, timeout=60, check=True)  # fmt: skip
    return done.stdout


def test_every_command_help_is_translated() -> None:
    for name in cli.commands:
        english = _help(name)
        spanish = _help("--lang", "es", name)
        # Click's frame in Spanish: the usage line, the headings, the help option, the exit codes
        assert spanish.startswith(f"Uso: armsfacts {name} [OPCIONES]"), name
        flat = " ".join(spanish.split())
        assert "\nOpciones:\n" in spanish and "-h, --help Muestra este mensaje y termina." in flat, name
        assert "Códigos de salida: 0 éxito" in flat, name
        for heading in ("Usage:", "Options:", "Show this message and exit.", "Exit codes:", "[default:", "Examples:"):
            assert heading not in spanish, (name, heading)
        # the command's own description, first line to last: none of its English is left
        description = english.split("\n\n")[1].strip()
        assert description and " ".join(description.split()) not in flat, name
        assert english.split("\n\n")[1] != spanish.split("\n\n")[1], name
        # what is typed stays as it is: the same options, the same examples of the same command
        assert _options(spanish) == _options(english), name
        assert _examples(spanish) == _examples(english), name
