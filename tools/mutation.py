"""Mutation testing of the modules that decide what a user reads (issue 22). Not part of the tests.

The modules named are mutated together by mutmut, in a copy of this checkout (tracked and untracked
files as they stand, so tests being written count), and the whole suite judges each mutant:
a mutant no test fails on is a change to what users read that would ship unnoticed.

    python tools/mutation.py                    # every module below, in one mutmut run (hours)
    python tools/mutation.py cite display       # only these
    python tools/mutation.py rules --keep       # keep the copy, to look at survivors with mutmut
    python tools/mutation.py numerals --tests tests/test_numerals.py   # judged by these tests only
    python tools/mutation.py numerals --tests tests/test_check.py --deselect tests/test_check.py::test_slow
    python tools/mutation.py verdicts --tests tests/test_check.py --reuse-data   # check's tests in seconds

With --tests (and --deselect, to leave out a slow test of a file) a part of the suite judges: the
score is a floor, and the run ends in minutes rather than hours.

Scores go to stdout as a table and into tools/mutation-results.json (one entry per module,
with the commit and date of its run). A survivor that no test could ever kill (the mutated
program behaves the same for every input) is listed in EQUIVALENT below with the reason, and
shown as such in the results; every other survivor is listed as one to kill. The target is 95 %
of the non-equivalent mutants killed in each module.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "tools" / "mutation-results.json"
TARGET = 0.95

# The modules whose mistakes reach a reader: what the record holds and how it is checked,
# whether a draft's figure agrees with it, how numbers are read and figures written.
MODULES = {
    "rules": "integrity rules run on every load",
    "data": "the one load path",
    "agreement": "whether printings of a figure agree, and slips of the pen",
    "numberwords": "numbers written in words, read as figures",
    "verdicts": "check's verdict on a draft's figure and its note",
    "bearing": "how a claim's interval bears on a figure's printings (out of verdicts since its last run)",
    "notes": "what check's notes say of a recorded figure: its printings, where, what it is about",
    "check": "which recorded figure a number in a draft is about",
    "numerals": "numbers read as people write them",
    "sentences": "a draft's sentences, lines and words, and its language",
    "cite": "citations",
    "display": "figures, numbers, dates and periods in words",
    "loading": "the one load path: parse, validate, run the rules, resolve earlier ids",
    "candidates": "which recorded figures a number in a draft may be about, and how strongly",
    "claim_context": "what a sentence says around a number, and whether a figure can be its quantity (new; not run)",
    "names": "which operations, agencies and people a text names",
}
# Where a module lives when it is not armsfacts/<name>.py (display's words moved into the output package).
PATHS = {"display": "armsfacts/output/words.py"}


def path_of(module: str) -> str:
    return PATHS.get(module, f"armsfacts/{module}.py")


def dotted_name(module: str) -> str:
    """armsfacts/output/words.py -> armsfacts.output.words, as mutmut names its mutants."""
    return path_of(module).removesuffix(".py").replace("/", ".")


# Tests that read the package's source files rather than run them: mutmut's copy of a module
# holds every mutant side by side, so these fail on the copy whatever the mutant.
READS_SOURCE = [
    "tests/test_i18n.py::test_every_interface_string_has_spanish_and_the_mo_is_compiled",
    "tests/test_i18n.py::test_the_catalog_check_catches_a_lost_translation_and_a_stale_mo",
]

# Survivors that cannot be killed, by module: the mutated line (as mutmut writes it, stripped),
# and why the program behaves the same with it. A line listed here that no longer survives is
# dropped from the results, so a stale entry hides nothing.
_FILE_ERROR = (
    "FileError's message and path are never read: load() and validate name the file from the path "
    "they were given, and a FileError never leaves data.py and loading.py"
)
_FLOAT_MEMBER = (
    "a value that fits neither member of `int | float` gets Pydantic's error for the int member first, "
    "and only the first message of a place is kept, so the name given to the float member's never shows"
)
EQUIVALENT: dict[str, dict[str, str]] = {
    "agreement": {
        "if value == 1 or not float(value).is_integer():": (
            "precision() gives 0 for 0 and for 1 either way: neither has ROUND_ZEROS (2) trailing zeros; the test "
            "for 0 guards a smaller ROUND_ZEROS"
        ),
        "return 10 ** min(zeros, max(len(digits) - SIGNIFICANT, 1)) / 2 if zeros >= ROUND_ZEROS else 0.0": (
            "a whole number with two trailing zeros has three digits or more, so len(digits) - SIGNIFICANT is at "
            "least 1 wherever the rounding applies"
        ),
        "group = _widest_agreement(left) or left[:2]": (
            "the widest agreement of printings left is never empty: each printing's interval holds its own low "
            "end (the rules refuse a range whose low is above its high), so the fallback never runs"
        ),
    },
    "numerals": {
        **{
            line: 'a language numbers() does not know reads as English, so a default other than "en" reads as "en"'
            for line in (
                'def numbers(text: str, lang: str = "XXenXX") -> list[Numeral]:',
                'def numbers(text: str, lang: str = "EN") -> list[Numeral]:',
            )
        },
        **{
            line: "a range's digits_start is never read: only an exact figure is merged into a range, and "
            "nothing outside numerals.py reads digits_start"
            for line in (
                'n, start=begin, value=low, bound="range", low=low, high=high, sign=0, digits_start=None',
                'n, start=begin, value=low, bound="range", low=low, high=high, sign=0, )',
            )
        },
        **{
            line: "a second end joined by a word (and, y, to, a) cannot carry a minus sign, which would stand in "
            "the words between: abs() only ever applies to a signed end after a dash"
            for line in (
                "low, high = previous.value, abs(n.value) if (n.sign < 0 and not joined) or True else n.value",
                "low, high = previous.value, abs(n.value) if n.sign < 0 or not joined else n.value",
            )
        },
        'if low < 1001 <= high and low < high / _magnitude(high):  # "3 to 4 million": one scale for both': (
            "a low end of exactly 1,000 is never below high / _magnitude(high), which is under 1,000"
        ),
        "found.sort(key=lambda n: (n.start, +n.end))": (
            "no two numbers found start at the same offset (digits and number words cannot, and a run of words "
            "starts after the 'half' that precedes it), so the order of ties never applies"
        ),
        "kept, reach = [], -2": "every number found ends after offset 0: a reach from -1 or -2 keeps the same",
        **{
            line: "the pattern is matched ignoring case: upper-case alternatives are the same to it"
            for line in (
                'r"(?<!\\w)(?:BETWEEN|FROM|ENTRE|DE)\\s+$",',
                'dash = re.fullmatch(r"\\s*(?:[-–—−]|TO)\\s*\\$?", gap, re.IGNORECASE) and n.bound == "exact"',
                'joined = opener and re.fullmatch(r"\\s*(?:AND|Y|TO|A|AL)\\s+\\$?", gap, re.IGNORECASE) '
                'and n.bound == "exact"',
            )
        },
        **{
            line: "a number with no minus sign is not below zero, so abs() leaves it as it is"
            for line in (
                "low, high = previous.value, abs(n.value) if n.sign <= 0 and not joined else n.value",
                "low, high = previous.value, abs(n.value) if n.sign < 1 and not joined else n.value",
            )
        },
        'if low <= 1000 <= high and low < high / _magnitude(high):  # "3 to 4 million": one scale for both': (
            "a low end of exactly 1,000 is never below high / _magnitude(high), which is under 1,000"
        ),
        'money = re.search(r"(?:US|MX|USD\\s?)?\\$\\s?$", text[max(0, begin - 9) : begin])': (
            "the longest currency the pattern reads, 'USD $ ', is 6 characters: a window of 8 or 9 finds the same"
        ),
        'elif not spelled and re.match(r"[^\\W\\d_]", after) and '
        'not re.match(r"(?:K|M|MN|BN)\\b", after, re.IGNORECASE):': (
            "the pattern is matched ignoring case: K and k are the same to it"
        ),
        'line_start = text.rfind("\\n", 1, start) + 1': (
            "a newline missed at offset 0 leaves it at the head of the text before the number, which is judged stripped"
        ),
        'line_start = text.rfind("\\n", None, start) + 1': "rfind reads a start of None as 0",
        'break  # ", más 12 mil 573": after a comma, a bare "más" adds ("plus"), it bounds nothing': (
            '"más" is the shortest Spanish qualifier, so the longest-first list holds none after it: stopping '
            "there and going on to the end are the same"
        ),
        "if any(a <= start <= b for a, b in dates):": (
            "no number starts where a date ends: every date pattern ends in a digit, and CORE refuses a number "
            "whose character before is a word character"
        ),
    },
    "sentences": {
        'word = before.group(1).casefold() if before else "XXXX"  # "U.S" of "U.S.", "etc" of "etc."': (
            "with no word before a stop the word is one no abbreviation is, of more than one letter, whether "
            "empty or XXXX: the stop ends the sentence either way"
        ),
        'space = text.rfind(" ", None, start + MAX_SENTENCE)': (
            "a space found at or before `start` fails `space > start` as no space (-1) does: the cut is the same"
        ),
        "cut = space if space >= start else start + MAX_SENTENCE": (
            "the space is looked for from start + 1, so it is never `start` itself: >= and > agree"
        ),
        'and previous.end - (text.rfind("\\n", None, previous.end) + 1) <= WRAP_WIDTH': (
            "str.rfind reads a start of None as 0"
        ),
    },
    "verdicts": {
        "def near_miss(value: float, recorded: Sequence[float], digits: bool = False) -> NearMiss | None:": (
            "near_miss's one caller (Judgment.near) gives digits: the default is never read"
        ),
        "alone = len(whole) == 1 or (len(whole) >= 1 and _ties(whole[0]) > _ties(whole[1]))": (
            "a list of one is taken by the first test, so the second is asked only of none or two and more, "
            "where >= 1 and > 1 agree"
        ),
        "elsewhere: list[Judgment] = None": (
            "elsewhere is read only when the chosen figure is contradicted, and on that path it is always set anew"
        ),
        "def says_its_quantity(c: Judgment, mixed_up: bool = True) -> bool:": (
            "the one call without mixed_up asks of a figure that bears the claim out (supported or disputed), "
            "and such a claim is never OTHER_SCALE times from every printing: it holds a side's own value"
        ),
        **{
            line: (
                "how well words name a label (candidates._match, from the weights 1.0, 0.9, 0.6 and 0.3) is "
                "never exactly STRONG_LABEL: for labels of up to 15 words the nearest values are 0.947 and 0.96"
            )
            for line in (
                "if c.match.label <= STRONG_LABEL or c.match.foreign:",
                "return m.label > STRONG_LABEL and not m.foreign and (m.named or m.topical)",
                "return m.label > STRONG_LABEL and not m.foreign",
                "strong = (m for m in matches if m.label > STRONG_LABEL and not m.missing and not m.other_day)",
            )
        },
        "return hull is not None or self._in_unit(m.profile)[0].overlaps(hull)": (
            "every figure has a side (a likely misprint is one printing among others that agree), so its hull "
            "is never None; may_hold only spares judging figures that cannot bear the claim out, as a claim "
            "supported or disputed holds a side's value, which lies in the hull"
        ),
        **{
            line: (
                "a judgment is contradicted only when every source's verdict is (Judgment.verdict): "
                "no source is 'supported' to list either way"
            )
            for line in (
                'return [sid for sid, v in c.verdicts.items() if v == "supported"] '
                'if (c.verdict != "contradicted") or True else []',
                'return [sid for sid, v in c.verdicts.items() if v == "supported"] '
                'if c.verdict != "XXcontradictedXX" else []',
                'return [sid for sid, v in c.verdicts.items() if v == "supported"] '
                'if c.verdict != "CONTRADICTED" else []',
            )
        },
        **{
            line: (
                "a source's verdict is only ever told apart from 'supported' and 'contradicted' "
                "(Judgment.verdict, the disputed note, _agreeing): another word for 'unverified' reads the same"
            )
            for line in (
                'return "XXunverifiedXX" if claim.overlaps(side.pinned) else "contradicted"',
                'return "UNVERIFIED" if claim.overlaps(side.pinned) else "contradicted"',
                'return "XXunverifiedXX" if low > reach else verdict',
                'return "UNVERIFIED" if low > reach else verdict',
                'return "XXunverifiedXX" if claim.high > reach else verdict',
                'return "UNVERIFIED" if claim.high > reach else verdict',
                'verdicts = {sid: "XXunverifiedXX" if v == "contradicted" else v for sid, v in verdicts.items()}',
                'verdicts = {sid: "UNVERIFIED" if v == "contradicted" else v for sid, v in verdicts.items()}',
                'verdicts = {sid: "XXunverifiedXX" if v == "contradicted" or not tied else v '
                "for sid, v in verdicts.items()}",
                'verdicts = {sid: "UNVERIFIED" if v == "contradicted" or not tied else v '
                "for sid, v in verdicts.items()}",
            )
        },
        **{
            line: (
                "a figure has low and high exactly when its bound is range, and a range's value is its low end "
                "(models, checked on load): each way of choosing gives the same low, and a high only a range has"
            )
            for line in (
                'low = float(fig.low) if (fig.bound == "range" and fig.low is not None) and False '
                "else float(fig.value)",
                'low = float(fig.low) if fig.bound == "range" or fig.low is not None else float(fig.value)',
                'low = float(fig.low) if fig.bound != "range" and fig.low is not None else float(fig.value)',
                'low = float(fig.low) if fig.bound == "XXrangeXX" and fig.low is not None else float(fig.value)',
                'low = float(fig.low) if fig.bound == "RANGE" and fig.low is not None else float(fig.value)',
                'low = float(fig.low) if fig.bound == "range" and fig.low is None else float(fig.value)',
                'high = float(fig.high) if fig.bound == "range" or fig.high is not None else float(fig.value)',
            )
        },
        **{
            line: "Judge's cache only spares work: a match judged again gives an equal judgment"
            for line in (
                "found = None",
                "found = self._done.get(None)",
                "found = self._done.get(id(None))",
                "found = self._done[id(None)] = self._judge(m)",
            )
        },
        "if n.percent and (context.fall and value >= 0):": (
            "a fall of 0 % read as -0.0 compares, differs and slips as 0 does"
        ),
        "return Outcome(c.verdict, [c], _agreeing(c), None, _note(ds, None, c))": (
            "these outcomes are of a figure that bears the claim out (supported or disputed), whose note never "
            "quotes the text: only an unverified note does"
        ),
        **{
            line: (
                "claimed() is asked only when every match names an operation or years the text does not: the text "
                "named an initiative or years (a month named comes with its year), so the parts are never empty"
            )
            for line in (
                'return ", ".join(parts) or _(None)',
                'return ", ".join(parts) or _("XXwhat the text namesXX")',
                'return ", ".join(parts) or _("WHAT THE TEXT NAMES")',
            )
        },
    },
    "candidates": {
        "weights[key] = max(weights.get(None, 0.0), weight)": (
            "a word's weight only rises from one call of weigh() to the next (the sentence's ELSEWHERE 0.3, then "
            "BEFORE 0.6, JUST_BEFORE 0.9, AFTER 1.0), so the weight given is always the greater"
        ),
        **{
            line: (
                "every word of a number's own is a word of its sentence, already weighed at ELSEWHERE "
                "(SentenceNames.weights): the default is never read"
            )
            for line in (
                "weights[key] = max(weights.get(key, None), weight)",
                "weights[key] = max(weights.get(key, ), weight)",
                "weights[key] = max(weights.get(key, 1.0), weight)",
            )
        },
        "topic=earlier.topic if (not names.initiatives) or True else frozenset(),": (
            "a sentence's topic is read only where it names no initiative (_score's elif, claimed's `or`)"
        ),
        **{
            line: (
                "these fields of a Match or Context are only ever read for their truth (verdicts.py, check.py): "
                "None is false, as False and 0 are"
            )
            for line in (
                "kind_named = None",
                "day_unsaid = other_day = None",
                "narrower = None",
                "operation=None,",
                "missing=None,",
                "place_count=None,",
                "found.append((at, self.order[p.fact.id], self._score(p, base, label, foreign, None, context)))",
            )
        },
        **{
            line: (
                "a conflict set by a running count's other day is only compared with None and 'initiative': its "
                "spelling reaches the JSON (near_miss) only through verdict_of's `repeated`, which leaves out "
                "matches of another day (`not m.other_day`)"
            )
            for line in (
                'conflict = conflict or ("XXperiodXX" if other_day else None)',
                'conflict = conflict or ("PERIOD" if other_day else None)',
            )
        },
        "identified = identified or named_parts >= 0": (
            "a figure whose parts the sentence leaves unnamed is narrower, and verdict_of reads `identified` only "
            "of the first of `whole`, which leaves narrower figures out"
        ),
        **{
            line: (
                "the guard never skips a kind: a kind is reached by a word of its label or unit that the sentence "
                "holds, and every word found weighs at least ELSEWHERE, so its label or unit match is above 0"
            )
            for line in ("if label < 0 and unit <= 0:", "if label <= 0 and unit < 0:")
        },
        "missing = len(kind.label_distinctive - context.weights.keys()) if (kind.label_distinctive) or True else 0": (
            "with no distinctive words, the words missing are none: len() of an empty set is 0"
        ),
        **{
            line: (
                "(order in the sentence, order in the record) is never the same for two figures, the second being "
                "each figure's own index: the sort never compares further"
            )
            for line in (
                "found.sort(key=None)  # as the words reach them, then as the record lists them",
                "found.sort(key=lambda item: item[:3])  # as the words reach them, then as the record lists them",
            )
        },
        **{
            line: (
                "for the last figure, own_end is still the sentence's end where years_end is set: `i + 1 < "
                "len(figures)` decides nothing that `cut` alone does not"
            )
            for line in (
                "years_end = own_end if cut and i - 1 < len(figures) else sentence.end",
                "years_end = own_end if cut and i + 1 <= len(figures) else sentence.end",
            )
        },
        'weights[stem("DOLLARS")] = AFTER': "stem() folds case: DOLLARS and dollars are one stem",
        "following = [fold(w) for _s, _e, w in after[:3]]": "only the first word of `following` is read (share)",
        "measure = measures.after([fold(w) for _s, _e, w in after[:4]])": (
            "measures.after reads only the first two words it is given"
        ),
    },
    "notes": {
        **{
            line: (
                "a slip slip_in_words is asked to name is one agreement.slip gives (verdicts._note returns "
                "before it for a kind slip, which has its own note): each has its words, so the default is never read"
            )
            for line in ("}.get(near, None)", "}.get(near, )", '}.get(near, "XXXX")')
        },
        **{
            line: (
                "claimed() names what a text ties a figure to only where a match conflicts with it, and every "
                "conflict comes from something named: an initiative (context.initiatives), or years (a period, or "
                "a month named, whose year is among the years): the fallback never shows"
            )
            for line in (
                'return ", ".join(parts) or _(None)',
                'return ", ".join(parts) or _("XXwhat the text namesXX")',
                'return ", ".join(parts) or _("WHAT THE TEXT NAMES")',
            )
        },
    },
    "check": {
        "heading_topic: frozenset[str] = None": "heading_topic is only read for its truth and by `or`: None is false",
        "paragraph = None": (
            "sentences count paragraphs from 1: the first sentence starts a paragraph whether the count starts at "
            "0 or None"
        ),
        "paragraph = 1": (
            "entering the first paragraph sets the topic to `only` and carried to False (the topic being `only`), "
            "the values they start with, so skipping it for the first paragraph changes nothing"
        ),
        **{
            line: (
                "sentences() leaves out only blank stretches of a draft, so every number lies in a sentence and the "
                "loop that skips numbers before a sentence never steps (no test text makes it run)"
            )
            for line in ("position = 1", "position -= 1", "position += 2")
        },
        "while position < len(found) and found[position].start <= sentence.end:": (
            "a sentence ends at a stop followed by a space, or at a line's end: no number starts where one ends"
        ),
        **{
            line: "carried is set on entering the first paragraph, before any sentence reads it"
            for line in (
                "carried = None  # the topic was named in an earlier paragraph only, and may no longer be the subject",
                "carried = True  # the topic was named in an earlier paragraph only, and may no longer be the subject",
            )
        },
        "following = sentences.words(text, n.end, sentence.end)[:2]": (
            "_promote reads only whether a word follows and the first one: one word or two give the same"
        ),
        'return replace(n, kind="figure", year_like=None)': (
            "year_like is only ever read for its truth (check.py, candidates.py): None is false, as False is"
        ),
        **{
            line: (
                "a number made a year is never judged: its kind is only compared with 'figure' (check.py keeps "
                "the figures), and its bound is read only of a figure judged"
            )
            for line in (
                'return replace(n, kind=None, bound="exact", start=n.digits_start)',
                'return replace(n, kind="XXyearXX", bound="exact", start=n.digits_start)',
                'return replace(n, kind="YEAR", bound="exact", start=n.digits_start)',
                'return replace(n, kind="year", bound=None, start=n.digits_start)',
                'return replace(n, kind="year", start=n.digits_start)',
                'return replace(n, kind="year", bound="XXexactXX", start=n.digits_start)',
                'return replace(n, kind="year", bound="EXACT", start=n.digits_start)',
            )
        },
    },
    "cite": {
        "return json_escaped(json.dumps(csl_json(ds, fact), ensure_ascii=None, indent=2))": (
            "json.dumps reads ensure_ascii as true or false, and None is false, as False is"
        ),
        "return shutil.get_terminal_size((80, 25)).columns if out.isatty() else None": (
            "only the columns of the fallback size are read; its rows (24 or 25) never are"
        ),
        **{
            line: "textwrap reads break_long_words and break_on_hyphens as true or false, and None is false"
            for line in (
                'line, width=max(width - 1, 20), subsequent_indent="  ", break_long_words=None, break_on_hyphens=False',
                'line, width=max(width - 1, 20), subsequent_indent="  ", break_long_words=False, break_on_hyphens=None',
            )
        },
    },
    "display": {
        **{
            line: "a figure's country is US or MX (vocab.Country, checked on load): .get's default never applies"
            for line in (
                'return {"US": _("United States"), "MX": _("Mexico")}.get(code, None)',
                'return {"US": _("United States"), "MX": _("Mexico")}.get(code)',
                'return {"US": _("United States"), "MX": _("Mexico")}.get(code, )',
            )
        },
        'if f.agreement == "likely_misprint" or misprint is not None:': (
            "a fact has a misprint in its agreement reason exactly when its agreement is likely_misprint "
            "(models.Fact.agreement_reason), so `and` and `or` take the same branch"
        ),
    },
    "loading": {
        **{
            line: "strict, a problem across files is shown without its line, so the text kept to place it is never read"
            for line in (
                'file = _File(path, text, data) if (collect) or True else _File(path, "", None)',
                "file = _File(path, text, data) if collect else _File(path, None, None)",
                'file = _File(path, text, data) if collect else _File(path, "XXXX", None)',
            )
        },
        "readable = None": "readable is only tested for truth: None is false",
        "parts.extend([found] if (found) or True else [])": (
            "a file not read sets readable false, and then no part is looked at: a None among the parts is never read"
        ),
        "text, data = parse_json(None, read(path))": _FILE_ERROR,
        'data = ""': "strict, the JSON value is never read again (Pydantic parses the text itself)",
        "file = _File(path, text, data if (collect) and False else json.loads(text))": (
            "the text parsed again by json.loads is the value parse_json gave: only data parse_json accepted gets here"
        ),
        "ds, _problems = _assemble(_paths(paths), collect=None)": "collect is only tested for truth: None is false",
        'return f"{value:g}" if (isinstance(value, float)) or True else value': (
            "the models' whole-number limits (1, 1900, 2100) read the same written with :g"
        ),
        "return _nothing_valid(None)": "the guard's call is reached by no input (see NEVER_RUN)",
        **{
            line: (
                "a file kept without its text is one loaded strictly, where problems are errors and their "
                "severity is not shown"
            )
            for line in (
                "return Problem(str(self.path), location, message, severity=None)",
                "return Problem(str(self.path), location, message, )",
            )
        },
        **{
            line: (
                "every_problem's sort is a guard: _assemble already lists every error (each file's, then those "
                "across files) before any warning (unreferenced records, control characters)"
            )
            for line in (
                'return sorted(problems, key=lambda p: p.severity != "XXerrorXX")',
                'return sorted(problems, key=lambda p: p.severity != "ERROR")',
            )
        },
        **{
            line: "the dataset validated anew from the same records is the same dataset: `unchanged` only spares work"
            for line in (
                "unchanged = None",
                "return ds if (unchanged) and False else Dataset.model_validate("
                '{**dict(ds), "facts": facts, "sources": sources_now})',
            )
        },
        **{
            line: (
                "Pydantic's own (English) message is a fallback for an error type MESSAGES lacks; every type the "
                "models raise has its message (greater_than added for a unit's factor of 0), so it never shows"
            )
            for line in (
                'message = explain(err.get("ctx") or {}) if (explain) or True else err["msg"]',
                'message = explain(err.get("ctx") or {}) if explain else err["XXmsgXX"]',
                'message = explain(err.get("ctx") or {}) if explain else err["MSG"]',
            )
        },
        "for err in exc.errors(include_url=True):": "describe() reads an error's loc, type, ctx and msg, never its url",
        'kind = "float_type" if err["loc"] and err["loc"][-1] in ("int", "XXfloatXX") else err["type"]': _FLOAT_MEMBER,
        'kind = "float_type" if err["loc"] and err["loc"][-1] in ("int", "FLOAT") else err["type"]': _FLOAT_MEMBER,
        "if isinstance(node, list) or isinstance(part, int) and 0 <= part < len(node):": (
            "Pydantic puts a number in an error's location only under a list it has indexed, and a name (a "
            "field, a union member) only under an object or after a value: node is a list exactly when part is "
            "a number, so `and` and `or` take the same branch"
        ),
        "if isinstance(node, list) and isinstance(part, int) and 0 <= part <= len(node):": (
            "Pydantic's error locations name only items a list has: an index equal to its length never comes"
        ),
    },
    "data": {
        **{
            line: _FILE_ERROR
            for line in (
                "super().__init__(None)",
                "super().__init__(str(None))",
                "self.path = None",
                "raise FileError(None, [Found((), message, line, column)]) from None",
                "raise FileError(None, [Found((), message, exc.lineno, exc.colno)]) from None",
                'raise FileError(None, [Found((), _("not valid JSON: nested too deeply"))]) from None',
                "raise FileError(None, found) from None",
                'raise FileError(None, [Found((), _("not valid JSON: {reason}").format(reason=exc), '
                "*where)]) from None",
                "raise FileError(None, [Found((), message.format(escape=text[lone : lone + 6]), "
                "*line_column(text, lone))])",
            )
        },
        'text = raw.decode("UTF-8")': "a codec's name is read in any case",
        "where = line_column(text, odd.start()) if (odd) or True else (None, None)": (
            "every number the parser refuses (NaN, Infinity, over 30 digits, out of range, over 60 characters) "
            "is one _ODD_NUMBER finds, so it always finds one"
        ),
        **{
            line: "reading MAX_BYTES + 1 bytes, or more, or all, finds the same files too large: only the size "
            "read is compared with MAX_BYTES"
            for line in ("raw = file.read(None)", "raw = file.read(MAX_BYTES + 2)")
        },
        'line = raw.count(b"\\n", None, bad.start) + 1': "count reads a start of None as 0",
        'column = bad.start - (raw.rfind(b"\\n", None, bad.start) + 1) + 1': "rfind reads a start of None as 0",
        **{
            line: ("`end` is compared only while a first half waits, and is set with it: its first value is never read")
            for line in ("end = None", "end = +1", "end = -2")
        },
    },
}

# Functions no test can run under a mutant, by module: those that run only while their module is
# imported (to build its word tables: mutmut imports the package once, before any mutant is switched
# on), and guards no input reaches. They are listed apart, neither killed nor counted.
NEVER_RUN: dict[str, dict[str, str]] = {
    "numerals": {"_longest_first": "builds numerals' qualifier tables (QUALIFIERS, TRAILING) at import"},
    "sentences": {
        name: "builds the word tables of numerals and sentences (SCALES, MONTHS, ES_WORDS, …) at import"
        for name in ("wordset", "word_table")
    },
    "numberwords": {"_token_pattern": "builds the pattern of each language's number words (_TOKENS) at import"},
    "loading": {
        "_nothing_valid": (
            "a guard: the records left after the broken ones are dropped always validate, a record's errors "
            "being its own (no validator spans records)"
        )
    },
}

STATUSES = ("killed", "timeout", "caught by type check", "survived", "no tests", "suspicious", "skipped", "not checked")


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()


def _copy_checkout(into: Path) -> None:
    """The files of the checkout as they stand, without the venv, caches or .git."""
    listed = _git("ls-files", "--cached", "--others", "--exclude-standard", "-z").split("\0")
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():
            (into / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, into / name)
    # the curators' copies of the source texts live beside a checkout; some tests read them
    shared = ROOT.parent / "shared"
    if shared.is_dir():
        (into / "shared").symlink_to(shared)


def _configure(copy: Path, modules: list[str], tests: list[str], deselected: list[str], reuse: bool) -> None:
    top_level = sorted({p.name for p in copy.iterdir()} - {"armsfacts", "shared", "mutants"})
    config = {
        "source_paths": ["armsfacts"],
        "only_mutate": [path_of(module) for module in modules],
        "also_copy": top_level,
        # one seed for Hypothesis, so that a property test kills the same mutants on every run
        "pytest_add_cli_args": ["-p", "no:cacheprovider", "--no-cov", "-q", "--hypothesis-seed=0"]
        + [arg for test in READS_SOURCE + deselected for arg in ("--deselect", test)]
        + (["-p", "tools.mutation_reuse"] if reuse else []),
    }
    if tests:  # a part of the suite: fewer tests can only kill fewer mutants, so the score is a floor
        config["pytest_add_cli_args_test_selection"] = tests
    lines = ["", "[tool.mutmut]"] + [f"{key} = {json.dumps(value)}" for key, value in config.items()]
    with (copy / "pyproject.toml").open("a", encoding="utf-8") as file:
        file.write("\n".join(lines) + "\n")


# The memory a mutmut run and each mutant it forks may write. A mutant that loops without end,
# appending as it goes (check's `position = 1` in the loop that takes a sentence's numbers), grows by
# hundreds of MB a second, and mutmut's timeout is (estimated test time + 1) x 15 seconds, by which time
# it would hold the machine's memory. Under this cap it raises MemoryError in the test running it: a kill.
# A mutant that loops without allocating ends at mutmut's timeout (a timeout, also detected).
# RLIMIT_DATA, not RLIMIT_AS: Chromium (the page tests) reserves far more address space than it writes,
# and does not start under a cap on address space.
MEMORY_CAP = 3 * 1024**3


def _cap_memory() -> None:
    resource.setrlimit(resource.RLIMIT_DATA, (MEMORY_CAP, MEMORY_CAP))


def _mutmut(copy: Path, *args: str, log: Path | None = None) -> str:
    mutmut = Path(sys.executable).parent / "mutmut"
    env = os.environ | {"PYTHONDONTWRITEBYTECODE": "1"}
    if log is None:
        return subprocess.run([str(mutmut), *args], cwd=copy, capture_output=True, text=True, env=env).stdout
    with log.open("w", encoding="utf-8") as out:
        done = subprocess.run(
            [str(mutmut), *args], cwd=copy, stdout=out, stderr=subprocess.STDOUT, env=env, preexec_fn=_cap_memory
        )
    if done.returncode != 0:
        sys.exit(f"mutmut {' '.join(args)} failed with exit code {done.returncode}; see {log}")
    return ""


def _mutated_line(diff: str) -> str:
    """The line as the mutant writes it: the first added line of the diff, stripped."""
    added = [line[1:].strip() for line in diff.splitlines() if line.startswith("+") and not line.startswith("+++")]
    return added[0] if added else ""


def run_modules(
    modules: list[str], children: int, keep: bool, tests: list[str], deselected: list[str], reuse: bool = False
) -> dict[str, dict[str, Any]]:
    """The modules mutated in one mutmut run: the suite's baseline runs (twice) are paid once."""
    copy = Path(tempfile.mkdtemp(prefix=f"armsfacts-mutation-{'-'.join(modules)}-"))
    commit = _commit()  # of the files as they are copied
    try:
        _copy_checkout(copy)
        (copy / "COMMIT").write_text(commit, encoding="utf-8")
        # what was left out is part of the selection: a test deselected is one that did not judge
        selection = (
            tests + [f"--deselect {test}" for test in deselected] + (["-p tools.mutation_reuse"] if reuse else [])
        )
        (copy / "TESTS").write_text(json.dumps(selection), encoding="utf-8")
        _configure(copy, modules, tests, deselected, reuse)
        _mutmut(copy, "run", "--max-children", str(children), log=copy / "mutmut-run.log")
        return {module: _judge(copy, module, commit, selection) for module in modules}
    finally:
        if keep:
            print(f"kept {copy}", file=sys.stderr)
        else:
            shutil.rmtree(copy, ignore_errors=True)


def _judge(copy: Path, module: str, commit: str, tests: list[str]) -> dict[str, Any]:
    statuses: dict[str, str] = {}
    for line in _mutmut(copy, "results", "--all", "true").splitlines():
        name, _, status = line.strip().rpartition(": ")
        if name.startswith(dotted_name(module) + "."):
            statuses[name] = status
    known = EQUIVALENT.get(module, {})
    never = NEVER_RUN.get(module, {})
    equivalent, to_kill, never_run = [], [], []
    for name, status in sorted(statuses.items(), key=lambda item: _order(item[0])):
        if status in ("killed", "timeout", "caught by type check", "not checked"):
            continue
        function = _order(name)[0].rpartition(".x_")[2]
        if function in never:
            never_run.append({"mutant": name, "status": status, "why": never[function]})
            continue
        diff = _mutmut(copy, "show", name).split("\n", 1)[-1].strip()
        mutated = _mutated_line(diff)
        entry = {"mutant": name, "status": status, "line": mutated}
        if status == "survived" and mutated in known:
            equivalent.append(entry | {"why": known[mutated]})
        else:
            to_kill.append(entry | {"diff": diff})
    counts = {status: sum(1 for s in statuses.values() if s == status) for status in STATUSES}
    total = len(statuses) - len(never_run)
    detected = counts["killed"] + counts["timeout"] + counts["caught by type check"]
    # a run stopped early: the share is of the mutants that were run
    judged = total - len(equivalent) - counts["not checked"]
    return {
        "module": path_of(module),
        "what": MODULES[module],
        "commit": commit,
        "date": dt.date.today().isoformat(),
        "tests": tests or "the whole suite",
        "mutants": total,
        "counts": counts,
        "killed_share": round(detected / (total - counts["not checked"]), 4) if total > counts["not checked"] else None,
        "killed_share_of_non_equivalent": round(detected / judged, 4) if judged else None,
        "target": TARGET,
        # stopped early, mutmut having run the mutants with the quickest tests first: a share of those
        "complete": counts["not checked"] == 0,
        "met": bool(judged) and detected / judged >= TARGET,
        "equivalent": equivalent,
        "never_run": never_run,
        "to_kill": to_kill,
    }


def _order(name: str) -> tuple[str, int]:
    """armsfacts.cite.x_bibtex__mutmut_12 sorts by function, then by number."""
    match = re.fullmatch(r"(.*)__mutmut_(\d+)", name)
    return (match.group(1), int(match.group(2))) if match else (name, 0)


def _commit() -> str:
    commit = _git("rev-parse", "--short", "HEAD")
    return commit + ("+changes" if _git("status", "--porcelain", "--untracked-files=no") else "")


def _table(results: dict[str, dict[str, Any]]) -> str:
    rows = [("module", "mutants", "run", "killed", "equivalent", "left", "killed %", "of non-equiv.", "target")]
    for module, r in results.items():
        c = r["counts"]
        detected = c["killed"] + c["timeout"] + c["caught by type check"]
        share, of_judged = r["killed_share"], r["killed_share_of_non_equivalent"]
        verdict = ("met" if r["met"] else "NOT MET") + ("" if r["complete"] else " so far")
        rows.append(
            (
                module,
                str(r["mutants"]),
                str(r["mutants"] - c["not checked"]),
                str(detected),
                str(len(r["equivalent"])),
                str(len(r["to_kill"])),
                "—" if share is None else f"{100 * share:.1f}",
                "—" if of_judged is None else f"{100 * of_judged:.1f}",
                "not run" if share is None else verdict,
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("modules", nargs="*", metavar="MODULE", help="any of: " + ", ".join(MODULES))
    parser.add_argument("--children", type=int, default=os.cpu_count() or 2, help="mutants run at once")
    parser.add_argument("--keep", action="store_true", help="keep each copy (its path is printed)")
    parser.add_argument("--judge", type=Path, metavar="COPY", help="only read the results of a kept copy's run")
    parser.add_argument(
        "--tests", nargs="+", default=[], metavar="PATH", help="judge with these test files only (a floor)"
    )
    parser.add_argument(
        "--deselect",
        action="append",
        default=[],
        metavar="NODEID",
        help="leave out this test (e.g. a slow property test); may be given again (a floor)",
    )
    parser.add_argument(
        "--reuse-data",
        action="store_true",
        help="load the built-in data and check's matcher once per mutant (tools/mutation_reuse.py)",
    )
    args = parser.parse_args()
    modules = args.modules or list(MODULES)
    unknown = [m for m in modules if m not in MODULES]
    if unknown:
        parser.error(f"no module {', '.join(unknown)}: choose from {', '.join(MODULES)}")
    stored: dict[str, Any] = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else {}
    stored.setdefault("modules", {})
    print(f"mutating {', '.join(path_of(m) for m in modules)} …", file=sys.stderr)
    if args.judge:  # a run stopped early: its mutants not yet run count as "not checked"
        commit = (args.judge / "COMMIT").read_text(encoding="utf-8")
        tests = json.loads((args.judge / "TESTS").read_text(encoding="utf-8"))
        done = {module: _judge(args.judge, module, commit, tests) for module in modules}
    else:
        done = run_modules(modules, args.children, args.keep, args.tests, args.deselect, args.reuse_data)
    stored["modules"] |= done
    stored["modules"] = {m: stored["modules"][m] for m in MODULES if m in stored["modules"]}
    RESULTS.write_text(json.dumps(stored, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(_table(done))
    for module, r in done.items():
        for mutant in r["to_kill"]:
            print(f"  {module}: {mutant['status']}: {mutant['mutant']}: {mutant['line']}")


if __name__ == "__main__":
    main()
