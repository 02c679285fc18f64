"""`armsfacts check`: fact-check the figures in a draft against the record."""

from __future__ import annotations

import datetime
import sys
from typing import IO, Any

import click

from ..errors import ArmsfactsError, ExitCode
from ..i18n import LANGUAGES, _, pgettext, word
from ..options import command, dataset_in_use, output_options
from ..terminal import quoted
from ..vocab import Format, Verdict, choices

VERDICTS = choices(Verdict)
# The most of a text `check` reads: a long article is some 50 KB, a speech less; a text past
# this is a book or a mistake (a binary, an endless stream), and its cost is not bounded by
# what a reader waits for. Documented in the README.
MAX_TEXT_BYTES = 1024 * 1024
# A text past this takes seconds to check (about 3 s per 100 KB on the machine the benchmarks ran on): a person at
# a terminal is told, so that the wait is not taken for a hang.
LONG_TEXT_BYTES = 100 * 1024


def _verdicts(ctx: click.Context, param: Any, value: str | None) -> list[str] | None:
    if value is None:
        return None
    wanted = [v.strip().lower() for v in value.split(",") if v.strip()]
    for name in wanted:
        if name not in VERDICTS:
            message = _("no verdict {name}; choose from {verdicts}.").format(
                name=quoted(name), verdicts=", ".join(VERDICTS)
            )
            raise click.BadParameter(message, ctx, param)
    if not wanted:
        raise click.BadParameter(_("name at least one verdict, e.g. --only contradicted,disputed"), ctx, param)
    return wanted


def _day(ctx: click.Context, param: Any, value: str | None) -> datetime.date | None:
    if value is None:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(_("a date as YYYY-MM-DD is needed here"), ctx, param) from None


@command(name="check")
@click.argument("file", type=click.File("rb"), default="-", required=False)
@click.option(
    "--only",
    callback=_verdicts,
    metavar="VERDICT[,VERDICT]",
    help="List only these verdicts: supported, contradicted, disputed, unverified.",
)
@click.option("--text-lang", type=click.Choice(LANGUAGES), help="The language of the text. Default: detected.")
@click.option(
    "--written",
    callback=_day,
    metavar="YYYY-MM-DD",
    help="The day the text was written: figures made known later are not judged against it.",
)
@output_options
@click.pass_context
def check_command(
    ctx: click.Context,
    file: IO[bytes],
    only: list[str] | None,
    text_lang: str | None,
    written: datetime.date | None,
    fmt: Format,
    fields: list[str] | None,
) -> None:
    """Fact-check the figures in a text against the record (exit 4 if one is contradicted).

    \b
    Examples:
      armsfacts check draft.md
      armsfacts check draft.md --only contradicted,disputed
      pbpaste | armsfacts check --text-lang es --json
      armsfacts check article-2011.txt --written 2011-03-15

    Reads FILE, or standard input when FILE is - or absent, in English or Spanish (at most
    1 MiB). Each figure is matched to the recorded figures its sentence speaks of (what it
    counts, the operation, agency and years named) and judged: supported, contradicted,
    disputed (the sources disagree and it takes one side) or unverified (the record cannot
    decide). Years, dates, ordinals, ages and numbers that name things ("Article 5") are
    never judged. An older text is judged against what was known when it was written:
    give that day with --written. A date alone on a line near the top (a page's dateline)
    is read as that day unless --written is given.
    """
    from .. import check as checking
    from ..datelines import dateline
    from ..output.columns import claim_columns
    from ..output.emit import check_fields, emit_list
    from ..sentences import clear_language

    ds = dataset_in_use(ctx)
    if (
        getattr(file, "name", None) == "<stdin>" and sys.stdin.isatty()
    ):  # else a person sees a pause and takes it for a hang
        click.echo(_("Reading the text to check from standard input; end it with Ctrl-D."), err=True)
    raw = file.read(MAX_TEXT_BYTES + 1)  # never more: standard input may not end
    if len(raw) > MAX_TEXT_BYTES:
        message = _("{file}: the text is longer than the {limit} MiB check reads; check it in parts.")
        raise ArmsfactsError(message.format(file=file.name, limit=MAX_TEXT_BYTES // 2**20))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ArmsfactsError(_("{file}: not UTF-8 text").format(file=file.name)) from None
    if len(raw) > LONG_TEXT_BYTES and sys.stderr.isatty():
        message = _("Checking a long text ({size} KB): this takes a while.")
        click.echo(message.format(size=len(raw) // 1024), err=True)
    if text_lang is not None and (reads_as := clear_language(text)) not in (None, text_lang):
        # (a number is read as the language given writes it: "44 million" in a text read as Spanish is 44)
        misread = {
            "en": _("The text reads as English, and is read as Spanish (--text-lang es): its figures may be misread."),
            "es": _("The text reads as Spanish, and is read as English (--text-lang en): its figures may be misread."),
        }
        click.echo(misread[reads_as], err=True)
    header = dateline(text)
    if written is None and header is not None:
        written = header.day  # a pasted page's own date: a 2016 note is never borne out by a figure of 2025
        message = _("Judged as of {day}, the date on line {line}; --written gives another day.")
        click.echo(message.format(day=header.day.isoformat(), line=header.line), err=True)
    elif header is not None and header.day != written:  # (else the page's own date would seem to be in use)
        message = _("Judged as of {day} (--written), not {dated}, the date on line {line}.")
        click.echo(message.format(day=written, dated=header.day.isoformat(), line=header.line), err=True)
    claims = checking.check(ds, text, text_lang, written)
    shown = [c for c in claims if only is None or c.verdict in only]
    if shown or fmt.lists_empty:
        emit_list(ctx, fmt, fields, shown, checking.Claim, claim_columns(ds))
    else:
        check_fields(fields, checking.Claim)  # an unknown field is a usage error, with claims or without
    sys.stdout.flush()  # the summary follows the claims, also when stdout is a buffered pipe
    # (an empty file or stream is told apart from a text with no figures: the wrong file, or nothing piped in)
    click.echo(summary(claims) if text.strip() else _("The text is empty: there is nothing to check."), err=True)
    if any(c.verdict == "contradicted" for c in claims):
        ctx.exit(ExitCode.CONTRADICTED)


def summary(claims: list[Any]) -> str:
    """'5 figures: 2 supported, 1 contradicted, 1 disputed, 1 unverified.'"""
    if not claims:
        return _("No figures found in the text.")
    counts = {v: sum(c.verdict == v for c in claims) for v in VERDICTS}
    head = _("1 figure") if len(claims) == 1 else _("{count} figures").format(count=len(claims))
    # "1 respaldada", "2 respaldadas": Spanish makes the verdict agree with how many figures
    plural = {
        "supported": pgettext("figures", "supported"),
        "contradicted": pgettext("figures", "contradicted"),
        "disputed": pgettext("figures", "disputed"),
        "unverified": pgettext("figures", "unverified"),
    }
    parts = [f"{counts[v]} {word(v) if counts[v] == 1 else plural[v]}" for v in VERDICTS]
    return f"{head}: {', '.join(parts)}."


COMMANDS = (check_command,)
