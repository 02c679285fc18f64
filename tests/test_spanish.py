"""The Spanish output as a Mexican reader should read it (issue 10, "Spanish, read by a Mexican reader").

Every expected phrase below is written by hand, as an editor would word it; none is taken from
the program's output.
"""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from armsfacts import i18n
from armsfacts.cli import cli

from .conftest import ENGLISH, ROOT, Invoke


@pytest.fixture(autouse=True)
def english_afterwards() -> object:
    yield
    i18n.set_language("en")
    i18n.route_click_strings("en")


def es(run: Invoke, *args: str) -> tuple[str, str, int]:
    result = run("--lang", "es", *args)
    return result.stdout, result.stderr, result.exit_code


def fields(stdout: str) -> dict[str, str]:
    """A plain detail view as label -> value."""
    return dict(line.split("\t", 1) for line in stdout.splitlines() if "\t" in line)


# --- articles -----------------------------------------------------------------------------


def test_agreement_names_the_agency_with_its_article(run: Invoke) -> None:
    out, _, code = es(run, "stats", "--operation", "last-mile")
    assert code == 0
    rows = {row[0]: row[7] for row in (line.split("\t") for line in out.splitlines()[1:])}
    # the agency takes its article; a news outlet is named as it is, with no article
    assert rows["last-mile-investigations"] == (
        "corroborada por la DEA, Punto Crítico (puntocritico.mx), upday (Europa Press)"
    )
    # only the printings that cannot be true with the ambassador's 8,496 are the other side (8,500 fits both)
    assert rows["last-mile-firearms-seized"] == (
        "EN DISPUTA: la DEA dice 8,497 armas de fuego; Border Report (KTSM) dice 8,497 armas de fuego"
    )
    assert rows["last-mile-arrests"] == "corroborada por la DEA, Punto Crítico (puntocritico.mx), upday (Europa Press)"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["show", "nope"], "Error: no se encontró el dato 'nope'\n"),
        (["operation", "nope"], "Error: no se encontró la operación 'nope'\n"),
        (["agency", "nope"], "Error: no se encontró la agencia 'nope'\n"),
        (["source", "nope"], "Error: no se encontró la fuente 'nope'\n"),
    ],
)
def test_not_found_names_the_kind_with_its_article(run: Invoke, args: list[str], message: str) -> None:
    out, err, code = es(run, *args)
    assert (out, code) == ("", 3)
    assert err.startswith(message)


# --- no English left ----------------------------------------------------------------------


def test_click_default_and_usage_metavariables_are_spanish(run: Invoke) -> None:
    cite, _, code = es(run, "cite", "--help")
    assert code == 0
    assert "[predeterminado: plain]" in " ".join(cite.split()) and "default" not in cite
    assert cite.startswith("Uso: armsfacts cite [OPCIONES] ID\n")
    top, _, _ = es(run, "--help")
    assert top.startswith("Uso: armsfacts [OPCIONES] COMANDO [ARGUMENTOS]...\n")
    assert "--data RUTA" in top
    stats, _, _ = es(run, "stats", "--help")
    assert "--metric TEXTO" in stats and "--year AÑO" in stats
    assert "OPTIONS" not in stats and "TEXT " not in stats and "INTEGER" not in stats
    validate, _, _ = es(run, "validate", "--help")
    assert validate.startswith("Uso: armsfacts validate [OPCIONES] [RUTA]...\n")
    assert "Sin RUTA revisa los datos en uso" in " ".join(validate.split())
    agency, _, _ = es(run, "agency", "--help")
    assert agency.startswith("Uso: armsfacts agency [OPCIONES] [CÓDIGO]\n")
    assert "con un CÓDIGO, una con sus funcionarios" in " ".join(agency.split())


def test_usage_errors_are_spanish_from_the_usage_line_to_the_type(run: Invoke) -> None:
    out, err, code = es(run, "stats", "--year", "x")
    assert (out, code) == ("", 2)
    assert err == (
        "Uso: armsfacts stats [OPCIONES]\n"
        "Pruebe “armsfacts stats --help” para ver la ayuda.\n"
        "\n"
        "Error: Valor no válido para '--year': 'x' no es un año válido.\n"
    )


def test_a_percentage_reads_in_spanish(run: Invoke) -> None:
    out, _, _ = es(run, "show", "southbound-investigations-change")
    shown = fields(out)
    assert shown["Cifra"] == "+40 %"
    assert shown["Valor"] == "40 por ciento, exacta"


def test_vague_quantities_read_vague_in_spanish(run: Invoke) -> None:
    out, _, _ = es(run, "show", "cross-border-arrests")
    shown = fields(out)
    assert shown["Cifra"] == "cientos de personas (de 200 a 999, según la lectura del proyecto)"
    assert shown["Valor"] == "de 200 a 999 personas, intervalo"
    hits, _, _ = es(run, "search", "detenciones")
    names = {row.split("\t")[1]: row.split("\t")[2] for row in hits.splitlines()[1:]}
    assert (
        names["cross-border-arrests"]
        == "detenciones: cientos de personas (de 200 a 999, según la lectura del proyecto)"
    )
    assert names["etrace-arrests-2023"] == "detenciones: 463 personas"
    assert "hundreds" not in hits


def test_millions_take_de_before_the_unit(run: Invoke) -> None:
    out, _, _ = es(run, "stats", "--operation", "last-mile")
    rows = {row[0]: row[2] for row in (line.split("\t") for line in out.splitlines()[1:])}
    assert rows["last-mile-fentanyl-pills"] == "casi 44 millones de pastillas"
    assert rows["last-mile-cash-and-assets"] == "más de 100 millones de dólares estadounidenses"
    assert rows["last-mile-fentanyl-powder"] == "más de 6,500 libras"


# --- agreement and word choice --------------------------------------------------------------


def test_bounds_agree_with_la_cifra_and_more_than_is_not_at_least() -> None:
    i18n.set_language("es")
    assert [i18n.word(b) for b in ("exact", "approximate", "more_than", "at_least", "nearly", "at_most")] == [
        "exacta", "aproximada", "más de", "al menos", "casi", "hasta",
    ]  # fmt: skip


def test_bound_words_in_a_figure(run: Invoke) -> None:
    out, _, _ = es(run, "show", "last-mile-investigations")
    assert fields(out)["Valor"] == "1,436 investigaciones, más de"
    assert fields(out)["Cifra"] == "más de 1,436 investigaciones"


def test_a_checked_fact_is_encontrado(run: Invoke) -> None:
    text = "uno\n\ndos\n\ntres\n\ncuatro\n\nseized nearly 44 million fentanyl pills\n"
    args = ["--lang", "es", "verify", "dea-last-mile-2023-05-05", "--text", "-"]
    result = CliRunner().invoke(cli, args, input=text, prog_name="armsfacts", catch_exceptions=False, env=ENGLISH)
    lines = result.stdout.splitlines()
    assert lines[0] == "Dato\tComo se publicó\tPárrafo\tEncontrado en\tEstado"
    assert "last-mile-fentanyl-pills\tnearly 44 million\t5\t5\tencontrado" in lines
    assert result.stderr == "1 de 9 cifras encontradas en el texto.\n"


def test_help_words_a_mexican_reader_uses(run: Invoke) -> None:
    top = " ".join(es(run, "--help")[0].split())
    assert "Consulta las cifras que reportan los funcionarios" in top
    assert "Predeterminado: $ARMSFACTS_DATA" in top and "Por omisión" not in top
    stats = " ".join(es(run, "stats", "--help")[0].split())
    assert "Solo cifras cuyo periodo abarca este año." in stats
    assert "un “-” delante ordena de mayor a menor" in stats
    verify = " ".join(es(run, "verify", "--help")[0].split())
    assert "su forma publicada (“more than 1,436”) aparece" in verify


def test_a_source_in_spanish(run: Invoke) -> None:
    out, _, _ = es(run, "source", "dea-last-mile-2023-05-05")
    shown = fields(out)
    assert shown["Dirección web"].startswith("https://www.justice.gov/usao-ndoh/pr/dea-operation-last-mile")
    assert shown["Autor"] == "se desconoce"
    assert shown["Fecha de publicación"] == "sin indicar"
    assert shown["Tipo"] == "comunicado de prensa"
    assert "hecho por su administradora;" in shown["Notas"]
    fact = fields(es(run, "show", "last-mile-arrests")[0])
    assert fact["Dicha por"] == "Ken Salazar"
    # the article is named by its outlet
    assert fact["Reportada por"].startswith(
        "Riviera Maya News (salazar-roundtable-2023-12-04, ¶16): 3,337 personas, publicada como “3,337”"
    )


def test_people_and_metrics_in_mexican_usage(run: Invoke) -> None:
    people, _, _ = es(run, "people")
    assert "Anne Milgram\tAdministradora de la DEA\tDEA\tUS" in people.splitlines()
    data = json.loads((ROOT / "data" / "armsfacts.json").read_text(encoding="utf-8"))
    intercepted = next(m for m in data["metrics"] if m["id"] == "firearms_intercepted")
    assert intercepted["description_es"] == "Armas de fuego interceptadas antes de cruzar a México."
    shown = fields(es(run, "show", "atf-firearms-intercepted")[0])
    assert shown["Qué cuenta"] == "Armas de fuego que la ATF interceptó antes de que pudieran llevarse a México."


def test_the_data_spanish_avoids_words_a_mexican_reader_would_not_use() -> None:
    data = (ROOT / "data" / "armsfacts.json").read_text(encoding="utf-8")
    spanish = [line for line in data.splitlines() if "_es" in line or line.strip().startswith('"')]
    assert not [line for line in spanish if "entradilla" in line]
    assert not [line for line in spanish if "armas" in line.lower() and "detenidas" in line]


def test_exit_code_lines_fit_80_columns(run: Invoke) -> None:
    for args in (["--help"], ["stats", "--help"], ["cite", "--help"]):
        out, _, _ = es(run, *args)
        epilog = out[out.index("  Códigos de salida:") :].splitlines()
        assert epilog == [
            "  Códigos de salida: 0 éxito (también sin resultados), 1 error de datos",
            "  o de ejecución, 2 error de uso, 3 registro inexistente, 4 una cifra",
            "  contradicha (check), 130 interrumpido.",
        ]
        assert max(len(line) for line in epilog) <= 80


def test_check_summary_agrees_in_number() -> None:
    """Both are the article's: 3,337 Last Mile arrests (¶16) and 463 arrests in 2023 (¶13)."""
    text = "La Operación Última Milla dejó 3,337 detenciones. En 2023 hubo 463 detenciones gracias a eTrace.\n"
    found = CliRunner().invoke(cli, ["--lang", "es", "check", "-"], input=text, env=ENGLISH)
    assert found.exit_code == 0
    assert found.stderr.strip() == "2 cifras: 2 respaldadas, 0 contradichas, 0 en disputa, 0 sin verificar."


def test_check_summary_of_one_figure_is_singular() -> None:
    """One figure, the article's 3,337 Last Mile arrests (¶16): its verdict agrees with it ("1 respaldada")."""
    text = "La Operación Última Milla dejó 3,337 detenciones.\n"
    found = CliRunner().invoke(cli, ["--lang", "es", "check", "-"], input=text, env=ENGLISH)
    assert found.exit_code == 0
    assert found.stderr.strip() == "1 cifra: 1 respaldada, 0 contradichas, 0 en disputa, 0 sin verificar."
    assert "\trespaldada\t" in found.stdout  # (piped: the verdict of one figure, as the summary says it)


MONTHS_ES = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
MONTHS_EN = "January February March April May June July August September October November December"


def test_the_project_labels_a_page_without_a_title_in_each_language(raw_data: dict) -> None:
    """A label of ours (in parentheses) reads in English in English and in Spanish in Spanish (issue 18)."""
    labelled = [s for s in raw_data["sources"] if s["title"].startswith("(")]
    assert labelled and all(s.get("title_es") for s in labelled)
    spanish = re.compile(
        rf"sin fecha|copia en|\b(?:{'|'.join(MONTHS_ES.split())}) de [0-9]|[0-9] de (?:{'|'.join(MONTHS_ES.split())})"
    )
    english = re.compile(rf"undated|\bcopy\b|\b(?:{'|'.join(MONTHS_EN.split())})\b")
    assert [s["id"] for s in labelled if spanish.search(s["title"])] == []
    assert [s["id"] for s in labelled if english.search(s["title_es"])] == []


def test_a_page_dated_by_the_project_shows_its_date_in_the_reader_s_language(run: Invoke) -> None:
    # El Sur (Acapulco) shows no headline on the copy read; its report is dated 12 February 2024.
    english = run("source", "elsur-rastreo-2024-02", "--format", "plain")
    spanish = run("--lang", "es", "source", "elsur-rastreo-2024-02", "--format", "plain")
    assert "Title\t(El Sur (Acapulco), 12 February 2024)" in english.stdout.splitlines()
    assert "Título\t(El Sur (Acapulco), 12 de febrero de 2024)" in spanish.stdout.splitlines()
