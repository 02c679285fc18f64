"""`armsfacts cite`: what a citation says of each source, in every style and in Spanish.

Expected values come from the record (each source's title, outlet, date, address, speaker and
role, each report's printing and place), from the README's examples of `cite`, and from the
formats' standards: BibTeX keys and fields, RFC 3986 percent-encoding, CSL-JSON variables.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import bibtexparser
import pytest

from .conftest import ROOT, Invoke
from .controls import obeyed

DEA = "dea-last-mile-2023-05-05"
SALAZAR = "salazar-roundtable-2023-12-04"
DEA_URL = "https://www.justice.gov/usao-ndoh/pr/dea-operation-last-mile-tracks-down-sinaloa-and-jalisco-cartel-associates-operating"
DEA_TITLE = (
    "DEA Operation Last Mile Tracks Down Sinaloa and Jalisco Cartel Associates Operating within the United States"
)


def record() -> dict[str, Any]:
    """The article and the DEA's announcement (tests/fixtures), to change one source at a time."""
    data: dict[str, Any] = json.loads((ROOT / "tests" / "fixtures" / "article-and-dea.json").read_text("utf-8"))
    return data


def with_dea(tmp_path: Path, **changes: Any) -> Path:
    """The record with the DEA's announcement changed; it reports last-mile-arrests (3,337, ¶5)."""
    data = record()
    source = next(s for s in data["sources"] if s["id"] == DEA)
    source |= changes
    if "id" in changes:
        for fact in data["facts"]:
            fact["source"] = changes["id"] if fact["source"] == DEA else fact["source"]
            for report in fact.get("also_reported_by", []):
                report["source"] = changes["id"] if report["source"] == DEA else report["source"]
    path = tmp_path / "d.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def entry(text: str, start: str) -> str:
    """The one line of a plain citation that starts with `start`."""
    (line,) = [line for line in text.splitlines() if line.startswith(start)]
    return line


# ---------------------------------------------------------------------------
# Plain and Markdown.


def test_a_spanish_citation_gives_roles_labels_dates_and_descriptions_in_spanish(run: Invoke) -> None:
    out = run("--lang", "es", "cite", "last-mile-investigations").stdout
    lines = out.splitlines()
    # metric "investigations" is "investigaciones"; the fact's description_es; Mexican dates
    assert lines[0] == (
        "más de 1,436 investigaciones (investigaciones; 1 de mayo de 2022 – 1 de mayo de 2023): "
        "Investigaciones que formaron la Operación Última Milla."
    )
    # people.role_es of Ken Salazar and Anne Milgram, never their English roles
    salazar = entry(out, "Ken Salazar, Embajador de los Estados Unidos en México. “U.S. Ambassador to Mexico says")
    milgram = entry(out, f"Anne Milgram, Administradora de la DEA. “{DEA_TITLE}”.")
    assert "4 de diciembre de 2023" in salazar and "5 de mayo de 2023" in milgram
    assert salazar.endswith("Da “more than 1,436” (párrafo 16).") and milgram.endswith("Da “1,436” (párrafo 5).")
    assert "Ambassador to Mexico." not in out and "Administrator" not in out


def test_markdown_puts_each_address_in_angle_brackets(run: Invoke) -> None:
    out = run("cite", "last-mile-arrests", "--style", "markdown").stdout
    assert f"- Anne Milgram, Administrator of the Drug Enforcement Administration. “{DEA_TITLE}”." in out
    assert f". <{DEA_URL}>. Gives “3,337” (paragraph 5)." in out
    plain = run("cite", "last-mile-arrests").stdout
    assert f". {DEA_URL}. Gives “3,337” (paragraph 5)." in plain and "<https://" not in plain


def test_a_figure_located_by_page_is_cited_by_page(run: Invoke) -> None:
    # Agrawal's study (Goldman School, Berkeley) gives 98,650 on its page 3; no paragraph is kept
    out = run("cite", "agrawal-2019-traced-guns-98650").stdout
    line = entry(out, "“Combating U.S. Gun Trafficking to Mexico”")
    assert line.endswith("Gives “98,650 guns” (page 3).")
    bib = bibtexparser.loads(run("cite", "agrawal-2019-traced-guns-98650", "--style", "bibtex").stdout).entries
    assert bib[0]["author"] == "{Devika Agrawal}"
    assert bib[0]["note"] == "Reports 98,650 guns (armsfacts fact agrawal-2019-traced-guns-98650)"
    csl = json.loads(run("cite", "agrawal-2019-traced-guns-98650", "--style", "csl-json").stdout)
    assert csl[0]["note"] == "Reports 98,650 guns (armsfacts fact agrawal-2019-traced-guns-98650)"
    assert csl[0]["author"] == [{"literal": "Devika Agrawal"}] and csl[0]["type"] == "article-journal"


def test_an_official_page_that_names_no_one_has_no_author(run: Invoke) -> None:
    # ICE's feature on Operation Without a Trace: a fact sheet with no author and no speaker
    fact = "ice-woat-feature-currency-seized"  # "$16.5 million", ¶3, no other source
    bib = bibtexparser.loads(run("cite", fact, "--style", "bibtex").stdout).entries
    assert [e["ID"] for e in bib] == ["ice-without-a-trace-feature"] and "author" not in bib[0]
    assert bib[0]["howpublished"] == "U.S. Immigration and Customs Enforcement"
    (csl,) = json.loads(run("cite", fact, "--style", "csl-json").stdout)
    assert (
        "author" not in csl
        and csl["type"] == "document"
        and csl["container-title"] == ("U.S. Immigration and Customs Enforcement")
    )
    plain = run("cite", fact).stdout
    assert (
        plain.splitlines()[0]
        == "16.5 million US dollars (currency seized; 1 October 2019 – not given): "
        + (json.loads(run("show", fact, "--json").stdout)["description"])
    )
    # the title is the project's note on a page that shows none, so it is not quoted as a title
    assert entry(plain, "(U.S. Immigration").startswith(
        "(U.S. Immigration and Customs Enforcement, undated feature page). Fact sheet. "
        "U.S. Immigration and Customs Enforcement. Date unknown. https://ice.gov/features/without-a-trace. "
        "Gives “$16.5 million” (paragraph 3)."
    )


@pytest.mark.parametrize("title", ["(Draft) report on seizures", "Seizures (draft)"])
def test_a_title_in_part_in_parentheses_is_still_quoted(run: Invoke, tmp_path: Path, title: str) -> None:
    path = with_dea(tmp_path, title=title)
    out = run("--data", str(path), "cite", "last-mile-arrests").stdout
    assert f"Anne Milgram, Administrator of the Drug Enforcement Administration. “{title}”. Press release." in out


def test_what_a_source_does_not_give_is_said(run: Invoke, tmp_path: Path) -> None:
    path = with_dea(tmp_path, outlet=None, url=None, date=None, kind="fact_sheet")
    out = run("--data", str(path), "cite", "last-mile-arrests").stdout
    assert entry(out, "Anne Milgram").endswith(
        f"“{DEA_TITLE}”. Fact sheet. Outlet unknown. Date unknown. Address unknown. Gives “3,337” (paragraph 5)."
    )
    bib = {e["ID"]: e for e in bibtexparser.loads(run("--data", str(path), "cite", "last-mile-arrests",
                                                      "--style", "bibtex").stdout).entries}  # fmt: skip
    # with no outlet, BibTeX's howpublished says what kind of document it is, in words
    assert bib[DEA]["howpublished"] == "fact sheet" and "url" not in bib[DEA] and "year" not in bib[DEA]
    (_, csl) = json.loads(run("--data", str(path), "cite", "last-mile-arrests", "--style", "csl-json").stdout)
    assert set(csl) == {"id", "type", "title", "author", "note"}


def test_a_figure_with_no_place_in_its_source_says_so(run: Invoke, tmp_path: Path) -> None:
    data = record()
    fact = next(f for f in data["facts"] if f["id"] == "last-mile-fentanyl-pills")  # the DEA's, ¶5
    fact["paragraph"] = None
    path = tmp_path / "d.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    out = run("--data", str(path), "cite", "last-mile-fentanyl-pills").stdout
    assert entry(out, "Anne Milgram").endswith("Gives “nearly 44 million” (paragraph not recorded).")
    bib = bibtexparser.loads(run("--data", str(path), "cite", "last-mile-fentanyl-pills", "--style", "bibtex").stdout)
    assert bib.entries[0]["note"] == "Reports nearly 44 million (armsfacts fact last-mile-fentanyl-pills)"
    (csl,) = json.loads(run("--data", str(path), "cite", "last-mile-fentanyl-pills", "--style", "csl-json").stdout)
    assert csl["note"] == "Reports nearly 44 million (armsfacts fact last-mile-fentanyl-pills)"


# ---------------------------------------------------------------------------
# BibTeX: keys and addresses BibTeX reads whole.


def test_a_bibtex_key_is_the_source_id_whole(run: Invoke, tmp_path: Path) -> None:
    # BibTeX reads letters, digits and - _ : . as one key; an id holds only a-z, 0-9, - and _
    path = with_dea(tmp_path, id="dea_2023-last-mile-05")
    out = run("--data", str(path), "cite", "last-mile-arrests", "--style", "bibtex").stdout
    assert "@misc{dea_2023-last-mile-05,\n" in out
    assert [e["ID"] for e in bibtexparser.loads(out).entries] == [SALAZAR, "dea_2023-last-mile-05"]


@pytest.mark.parametrize("bad", ["DEA_2023:Last.Mile {día}, #1%", "", "dea 2023", "dea,2023"])
def test_a_source_id_bibtex_could_not_read_as_a_key_is_refused_at_load(run: Invoke, tmp_path: Path, bad: str) -> None:
    # a space, a brace, a comma, '#', '%', an accent or nothing at all would end or break a key
    result = run("--data", str(with_dea(tmp_path, id=bad)), "cite", "last-mile-arrests", "--style", "bibtex")
    assert result.exit_code == 1 and result.stdout == ""
    assert "].id: an id is lower-case ASCII letters and digits with single - or _ between, like arrests-2023\n" in (
        result.stderr
    )


def test_a_bibtex_url_is_the_address_as_written(run: Invoke, tmp_path: Path) -> None:
    # a url field is verbatim: % & # _ ~ stay as they are, where a title's would be escaped
    url = "https://example.org/a_b/~x?q=1&r=%41#f"
    path = with_dea(tmp_path, url=url, title="50% & more_#1")
    out = run("--data", str(path), "cite", "last-mile-arrests", "--style", "bibtex").stdout
    assert f"  url = {{{url}}},\n" in out and "  title = {50\\% \\& more\\_\\#1},\n" in out
    (dea,) = [e for e in bibtexparser.loads(out).entries if e["ID"] == DEA]
    assert dea["url"] == url


@pytest.mark.parametrize("url", ["https://example.org/a b", "https://example.org/{x}", "https://example.org/a\\y"])
def test_an_address_that_would_break_bibtex_braces_is_refused_at_load(run: Invoke, tmp_path: Path, url: str) -> None:
    # RFC 3986 has no space, brace or backslash in an address; BibTeX's url field could not hold them
    result = run("--data", str(with_dea(tmp_path, url=url)), "cite", "last-mile-arrests", "--style", "bibtex")
    assert result.exit_code == 1 and result.stdout == ""
    assert "].url: an address is an http or https URL, like https://example.org/page\n" in result.stderr


def test_a_control_code_in_bibtex_becomes_the_replacement_character(run: Invoke, tmp_path: Path) -> None:
    # in LaTeX a backslash escape would be a command, so the control is replaced, not escaped
    path = with_dea(tmp_path, title="Last\x1b[2J Mile\u202e")
    out = run("--data", str(path), "cite", "last-mile-arrests", "--style", "bibtex").stdout
    assert "  title = {Last\ufffd[2J Mile\ufffd},\n" in out and obeyed(out) == []


# ---------------------------------------------------------------------------
# CSL-JSON as written.


def test_csl_json_is_printed_indented_with_accents_as_they_are(run: Invoke) -> None:
    out = run("cite", "last-mile-arrests", "--style", "csl-json").stdout
    assert out.startswith('[\n  {\n    "id": "salazar-roundtable-2023-12-04",\n    "type": "article-newspaper",\n')
    assert '\n    "container-title": "Punto Crítico (puntocritico.mx)",\n' in out  # not "Punto Cr\u00edtico"
    assert out.endswith("\n  }\n]\n")


def test_a_plain_citation_keeps_the_characters_markdown_escapes(run: Invoke, tmp_path: Path) -> None:
    # only Markdown gets backslashes: a plain citation is pasted as text, so it shows the title as written
    title = "[Draft] *Seizures* of AR_15s & <more> #2"
    path = with_dea(tmp_path, title=title)
    plain = run("--data", str(path), "cite", "last-mile-arrests").stdout
    assert f"“{title}”" in plain and "\\" not in plain
    markdown = run("--data", str(path), "cite", "last-mile-arrests", "--style", "markdown").stdout
    assert "“\\[Draft\\] \\*Seizures\\* of AR\\_15s \\& \\<more\\> \\#2”" in markdown


def test_a_plain_citation_is_the_figure_its_sources_and_where_it_came_from(run: Invoke) -> None:
    # Last Mile's 3,337 arrests, four printings that agree; Operation Last Mile's 8,496 firearms, disputed
    agreed = run("cite", "last-mile-arrests").stdout.split("\n")
    assert agreed[0].startswith("3,337 people (arrests; ")
    assert agreed[1] == ""  # the figure, then its sources
    assert agreed[-3:] == ["", "Via armsfacts, fact last-mile-arrests.", ""]
    assert len([line for line in agreed if line]) == 1 + 4 + 1  # the figure, a line per source, the fact
    disputed = run("cite", "last-mile-firearms-seized").stdout.split("\n")
    assert disputed[1:3] == ["The sources disagree on this figure; each gives its own below.", ""]


def test_a_bibtex_entry_gives_the_day_the_outlet_and_the_paragraph(run: Invoke) -> None:
    # The DEA's announcement of 5 May 2023, on the U.S. Attorney's Office (N.D. Ohio) site, by its administrator
    # Anne Milgram; it prints 3,337 in paragraph 5 (data/armsfacts.json)
    out = run("cite", "last-mile-arrests", "--style", "bibtex").stdout
    entry = out[out.index("@misc{dea-last-mile-2023-05-05,") :].split("\n}\n")[0].split("\n")
    assert entry[2:] == [
        "  author = {{Anne Milgram}},",
        "  year = {2023},",
        "  month = {5},",
        "  day = {5},",
        "  howpublished = {U.S. Attorney's Office for the Northern District of Ohio},",
        "  url = {https://www.justice.gov/usao-ndoh/pr/dea-operation-last-mile-tracks-down-sinaloa-and-jalisco-cartel-"
        "associates-operating},",
        "  note = {Reports 3,337, paragraph 5 (armsfacts fact last-mile-arrests)}",
    ]
