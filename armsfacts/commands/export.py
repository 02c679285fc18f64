"""Commands that write the record to a file for other tools: a SQLite database, an HTML page."""

from __future__ import annotations

from pathlib import Path

import click

from ..i18n import LANGUAGES, _, set_language
from ..options import EXIT_CODES_HELP, LocalizedGroup, dataset_in_use

FILE = click.Path(dir_okay=False, path_type=Path)


replace_option = click.option("--replace", is_flag=True, help="Overwrite the files if they exist.")


@click.group(cls=LocalizedGroup, epilog=EXIT_CODES_HELP)
def export() -> None:
    """Write the record to a file: a SQLite database for Datasette, or one HTML page.

    \b
    Examples:
      armsfacts export sqlite armsfacts.db --metadata metadata.json
      armsfacts export html armsfacts.html
      armsfacts --data mine.json export html mine.html --lang es
    """


@export.command(name="sqlite", epilog=EXIT_CODES_HELP)
@click.argument("path", type=FILE)
@click.option(
    "--metadata",
    type=FILE,
    metavar="PATH",
    help="Also write Datasette's metadata to this JSON file: licence, every table and column, canned queries.",
)
@click.option(
    "--lang",
    type=click.Choice(LANGUAGES),
    help="Language of the metadata: en or es (Mexican Spanish). Default: the language in use.",
)
@replace_option
@click.pass_context
def sqlite(ctx: click.Context, path: Path, metadata: Path | None, lang: str | None, replace: bool) -> None:
    """A SQLite database of the record: a table per kind of record, foreign keys, full-text search.

    \b
    Examples:
      armsfacts export sqlite armsfacts.db
      armsfacts export sqlite armsfacts.db --metadata metadata.json --replace
      armsfacts export sqlite armsfacts.db --metadata metadata-es.json --lang es
      datasette armsfacts.db -m metadata.json
    """
    from .. import datasette_metadata, export_sqlite, writing

    if lang:
        set_language(lang)
    ds = dataset_in_use(ctx)
    for target in (path, *([metadata] if metadata else [])):
        writing.destination(target, replace)  # refused before the work, not after it
    with writing.written(path, replace) as temporary:
        built = export_sqlite.write(ds, temporary)
    if metadata:
        with writing.written(metadata, replace) as temporary:
            datasette_metadata.write_metadata(built, path.stem, temporary)
    message = _("Wrote {path}: {figures} figures in {tables} tables.")
    click.echo(message.format(path=writing.shown(path), figures=len(ds.facts), tables=len(built)), err=True)


@export.command(name="html", epilog=EXIT_CODES_HELP)
@click.argument("path", type=FILE)
@click.option(
    "--lang",
    type=click.Choice(LANGUAGES),
    help="Language of the page: en or es (Mexican Spanish). Default: the language in use.",
)
@replace_option
@click.pass_context
def html(ctx: click.Context, path: Path, lang: str | None, replace: bool) -> None:
    """One self-contained HTML page of the record: search, filter and sort the figures, in a browser.

    \b
    Examples:
      armsfacts export html armsfacts.html
      armsfacts export html armsfacts.html --lang es --replace
    """
    from .. import export_html, writing

    if lang:
        set_language(lang)
    ds = dataset_in_use(ctx)
    writing.destination(path, replace)
    page = export_html.render(ds)
    with writing.written(path, replace) as temporary:
        temporary.write_text(page, encoding="utf-8")
    message = _("Wrote {path}: {figures} figures.")
    click.echo(message.format(path=writing.shown(path), figures=len(ds.facts)), err=True)


COMMANDS = (export,)
