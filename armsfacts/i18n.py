"""The language people read: English by default, Mexican Spanish on request.

`_()` marks and translates an interface string; `pick()` chooses a record's Spanish text when
Spanish is in use and the data has it. English needs nothing loaded: the Spanish catalog
(gettext, `locale/es/LC_MESSAGES/armsfacts.mo`) is read only when Spanish is chosen.

Machine output never changes with the language: JSON keys, ids, codes and CSV headers stay
as they are; the data's Spanish texts are fields of their own (`description_es`, …).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Protocol

from .vocab import Language, choices

LANGUAGES = choices(Language)
DOMAIN = "armsfacts"
LOCALE_DIR = os.path.join(os.path.dirname(os.path.realpath(__file__)), "locale")  # not pathlib: --help never needs it
ENV_VAR = "ARMSFACTS_LANG"


class _Catalog(Protocol):
    def gettext(self, message: str, /) -> str: ...
    def pgettext(self, context: str, message: str, /) -> str: ...


_catalog: _Catalog | None = None
_language = "en"


def detect(environ: Mapping[str, str] | None = None) -> str:
    """ARMSFACTS_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG: any es_* is Spanish), else English."""
    env = os.environ if environ is None else environ
    chosen = env.get(ENV_VAR, "").strip().lower()
    if chosen:
        return "es" if chosen.startswith("es") else "en"
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "").strip()
        if value:  # the first one set decides, as in POSIX
            return "es" if value.lower().startswith("es") else "en"
    return "en"


def unknown_language(environ: Mapping[str, str] | None = None) -> str | None:
    """ARMSFACTS_LANG's value when it names no language armsfacts speaks ('fr'), else None."""
    env = os.environ if environ is None else environ
    chosen = env.get(ENV_VAR, "").strip()
    return chosen if chosen and not chosen.lower().startswith(LANGUAGES) else None


def set_language(language: str) -> None:
    """Use this language from now on ('en' or 'es')."""
    global _catalog, _language
    _language = "es" if language == "es" else "en"
    if _language == "en":
        _catalog = None
        return
    import gettext

    # fallback: a copy installed without its catalog shows English rather than failing
    _catalog = gettext.translation(DOMAIN, LOCALE_DIR, languages=["es"], fallback=True)


def language() -> str:
    return _language


def _(message: str) -> str:
    """The interface string in the language in use."""
    return _catalog.gettext(message) if _catalog is not None and message else message


def pgettext(context: str, message: str) -> str:
    """The interface string in the language in use, as translated in this context."""
    return _catalog.pgettext(context, message) if _catalog is not None and message else message


def with_article(value: str) -> str:
    """A kind of record as the subject of a phrase: 'fact' in English, 'el dato' in Spanish.

    Spanish names a thing with its article ("no se encontró la operación"), and the article
    follows the noun's gender, so each kind has its own entry (context "with article").
    """
    words = {
        "operation": pgettext("with article", "operation"),
        "program": pgettext("with article", "program"),
        "system": pgettext("with article", "system"),
        "law": pgettext("with article", "law"),
        "framework": pgettext("with article", "framework"),
        "dialogue": pgettext("with article", "dialogue"),
        "fact": pgettext("with article", "fact"),
        "unit": pgettext("with article", "unit"),
        "initiative": pgettext("with article", "initiative"),
        "agency": pgettext("with article", "agency"),
        "person": pgettext("with article", "person"),
        "organization": pgettext("with article", "organization"),
        "source": pgettext("with article", "source"),
        "event": pgettext("with article", "event"),
        "metric": pgettext("with article", "metric"),
    }
    return words.get(value) or word(value)


def word(value: str) -> str:
    """A word of the data's vocabularies (kinds, statuses) in the language in use."""
    words = {
        "operation": _("operation"),
        "program": _("program"),
        "system": _("system"),
        "law": _("law"),
        "framework": _("framework"),
        "dialogue": _("dialogue"),
        "news_article": _("news report"),
        "announcement": _("press release"),
        "report": _("government report"),
        "fact_sheet": _("fact sheet"),
        "data_release": _("data release"),
        "study": _("study"),
        "fact": _("fact"),
        "unit": _("unit"),
        "initiative": _("initiative"),
        "agency": _("agency"),
        "person": _("person"),
        "organization": _("organization"),
        "source": _("source"),
        "event": _("event"),
        "metric": _("metric"),
        "exact": _("exact"),
        "more_than": _("more than"),
        "at_least": _("at least"),
        "approximate": _("approximate"),
        "nearly": _("nearly"),
        "at_most": _("up to"),
        "range": _("range"),
        "count": _("count"),
        "amount": _("amount"),
        "share": _("share"),
        "change": _("change"),
        "per_year": _("per year"),
        "single_source": _("single source"),
        "corroborated": _("corroborated"),
        "likely_misprint": _("likely misprint"),
        "disputed": _("disputed"),
        "supported": _("supported"),
        "contradicted": _("contradicted"),
        "unverified": _("unverified"),
        "found": _("found"),
        "elsewhere": _("elsewhere"),
        "missing": _("missing"),
        "error": _("error"),
        "warning": _("warning"),
    }
    return words.get(value, value.replace("_", " "))


def pick(english: str, spanish: str | None) -> str:
    """A record's text: its Spanish version when Spanish is in use and the data has one."""
    return spanish if _language == "es" and spanish else english


def pick_list(english: list[str], spanish: list[str]) -> list[str]:
    return spanish if _language == "es" and spanish else english


_routed_click = False
_saved_language_env: str | None = None


def route_click_strings(language: str) -> None:
    """Let Click's own strings (Usage:, Options:, its errors) follow the language too.

    Click translates through the gettext module's global domain and the LANGUAGE
    variable; the command line points them at armsfacts' catalog for Spanish, and back
    for English. Only the command line calls this: a library user's process is left alone.
    """
    global _routed_click, _saved_language_env
    if language == "es" and not _routed_click:
        import gettext

        gettext.bindtextdomain(DOMAIN, LOCALE_DIR)
        gettext.textdomain(DOMAIN)
        _saved_language_env = os.environ.get("LANGUAGE")
        os.environ["LANGUAGE"] = "es"
        _routed_click = True
    elif language != "es" and _routed_click:
        import gettext

        gettext.textdomain("messages")
        if _saved_language_env is None:
            os.environ.pop("LANGUAGE", None)
        else:
            os.environ["LANGUAGE"] = _saved_language_env
        _routed_click = False
