"""Commands that write the record to a file for other tools: a SQLite database, an HTML page."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..errors import ArmsfactsError
from ..i18n import LANGUAGES, _, set_language
from ..options import EXIT_CODES_HELP, LocalizedGroup, dataset, lazy_module

if TYPE_CHECKING:
    from .. import datasette_metadata, export_html, export_sqlite
else:
    datasette_metadata = lazy_module("armsfacts.datasette_metadata")
    export_html = lazy_module("armsfacts.export_html")
    export_sqlite = lazy_module("armsfacts.export_sqlite")

FILE = click.Path(dir_okay=False, path_type=Path)


def check_target(path: Path, replace: bool) -> None:
    """Refuse to overwrite a file without --replace, and to write into a folder that is not there."""
    if path.is_dir():
        raise ArmsfactsError(_("{path} is a folder; name a file to write.").format(path=click.format_filename(path)))
    if path.exists() and not replace:
        message = _("{path} exists; add --replace to overwrite it.").format(path=click.format_filename(path))
        raise ArmsfactsError(message)
    if not path.parent.is_dir():
        message = _("no folder {folder} to write {name} in.")
        raise ArmsfactsError(message.format(folder=click.format_filename(path.parent), name=path.name))


@contextlib.contextmanager
def written(path: Path) -> Iterator[Path]:
    """A temporary file beside `path`, renamed to it once written: never a half-written file at `path`."""
    try:
        handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    except OSError as exc:
        raise _cannot_write(path, exc) from exc
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(temporary, 0o666 & ~mask)  # what a file created with open() would get, not mkstemp's 0600
        os.replace(temporary, path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise _cannot_write(path, exc) from exc
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _cannot_write(path: Path, exc: OSError) -> ArmsfactsError:
    message = _("cannot write {path} ({reason}).")
    return ArmsfactsError(message.format(path=click.format_filename(path), reason=exc.strerror or exc))


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
    if lang:
        set_language(lang)
    ds = dataset(ctx)
    for target in (path, *([metadata] if metadata else [])):
        check_target(target, replace)
    with written(path) as temporary:
        built = export_sqlite.write(ds, temporary)
    if metadata:
        with written(metadata) as temporary:
            datasette_metadata.write_metadata(built, path.stem, temporary)
    message = _("Wrote {path}: {figures} figures in {tables} tables.")
    click.echo(message.format(path=click.format_filename(path), figures=len(ds.facts), tables=len(built)), err=True)


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
    if lang:
        set_language(lang)
    ds = dataset(ctx)
    check_target(path, replace)
    page = export_html.render(ds)
    with written(path) as temporary:
        temporary.write_text(page, encoding="utf-8")
    message = _("Wrote {path}: {figures} figures.")
    click.echo(message.format(path=click.format_filename(path), figures=len(ds.facts)), err=True)


COMMANDS = (export,)
