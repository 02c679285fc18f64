"""armsfacts against its performance targets (issue 9). Not part of the test suite.

Start-up: each command and its floor run alternately (A B A B ...) as whole processes; the
ratio of their median wall times is what is compared to the target. The ratio of their CPU
times (user + system) is shown beside it: it moves less when other work shares the machine.
The floor for the data commands is a script that defines one Pydantic model, validates the
same data file with it and writes the facts as JSON (plus importing Rich for the table);
for `--version` and `--help` it is `python -c "import click"`. The table is measured as a
terminal draws it, at 80, 100 and 120 columns (COLUMNS), against a floor that validates the
same file and draws the same rows in the same sections with Rich's Table (FLOOR_TABLE).

Check: `armsfacts check --json` on a draft of 5,000 words made from the record's own descriptions,
each followed by its figure, against `stats --json` in the same alternating run (issue 17: under 2x);
and on an empty text, which shows what check costs before it reads a word.

Exports: `export sqlite` and `export html` against floors that validate the same file and write
its facts with the same libraries (sqlite-utils, Jinja2): FLOOR_SQLITE, FLOOR_HTML.

Scale: 10,000 facts (the built-in ones cloned with new ids) through the one load path,
`armsfacts --data FILE stats --metric arrests --json`: median wall time and peak RSS.

    python benchmarks/run.py                  # about a minute
    python benchmarks/run.py --label after    # stored under that label in the results file
    python benchmarks/run.py --instructions   # also count instructions under valgrind (slow)

Figures are printed and kept in benchmarks/results.json, one entry per label.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import datetime as dt
import importlib.util
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data" / "armsfacts.json"
SCALE = 10_000
DRAFT_WORDS = 5_000  # issue 17: a 5,000-word draft checked in under twice the time of `stats --json`

# Every floor first validates the data file as one Pydantic model, the least a loader can do.
VALIDATE = """\
from typing import Any
from pydantic import BaseModel, ConfigDict

class DataFile(BaseModel):
    model_config = ConfigDict(strict=True, extra="allow")
    schema_version: int
    facts: list[dict[str, Any]]

with open(sys.argv[1], "rb") as file:
    data = DataFile.model_validate_json(file.read())
"""
FLOOR = (
    """\
import json, sys
"""
    + VALIDATE
    + """\
json.dump(data.facts, sys.stdout, ensure_ascii=False, indent=2)
"""
)
CLICK = "import click"
# The floor of the terminal table: the same file validated as FLOOR does, and the same rows
# (what each figure counts, the figure, the period, the source's short name), in the same
# sections (by initiative), drawn with Rich's Table configured as armsfacts configures it, at
# the width COLUMNS gives. Its cells are made the cheapest way: no rules, no translation.
FLOOR_TABLE = (
    """\
import json, os, sys
from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text
"""
    + VALIDATE
    + """\
extra = data.model_extra or {}
labels = {m["id"]: m["label"] for m in extra["metrics"]}
units = {u["id"]: u["label"] for u in extra["units"]}
people = {p["id"]: p for p in extra["people"]}
sources = {s["id"]: s for s in extra["sources"]}
names = {i["id"]: i["name"] for i in extra["initiatives"]}

def short(source_id):
    s = sources[source_id]
    person = people.get(s.get("speaker") or "")
    return s.get("outlet") or (person and (person.get("agency") or person["name"])) or source_id

def period(p):
    if not p:
        return "not given"
    return str(p.get("year") or p.get("as_of") or f"{p.get('start')} – {p.get('end')}")

groups = {}
for f in data.facts:
    groups.setdefault(names.get(f.get("initiative") or "", "Not tied to an initiative"), []).append(f)
console = Console(width=int(os.environ["COLUMNS"]), highlight=False, markup=False, emoji=False)
for heading, facts in groups.items():
    table = Table(box=box.SIMPLE_HEAVY, show_edge=False, pad_edge=False, header_style="bold")
    for header in ("Metric", "Figure", "Period", "Source"):
        table.add_column(header, overflow="fold")
    for f in facts:
        cells = (labels[f["metric"]], f"{f['as_printed']} {units[f['unit']]}", period(f["period"]), short(f["source"]))
        table.add_row(*(Text(c) for c in cells))
    console.print(Text(heading, style="bold"))
    console.print(table)
    console.print()
"""
)
TABLE_WIDTHS = (80, 100, 120)
# The floors of the exports: the same file validated as FLOOR does, then the facts and sources
# written with the library armsfacts uses for the job (sqlite-utils; Jinja2, one row per figure
# with its figure, metric, period and source). The exports do more (agreement, intervals, views,
# charts, search text): the ratio says what that costs.
FLOOR_SQLITE = (
    """\
import sys
import sqlite_utils
"""
    + VALIDATE
    + """\
db = sqlite_utils.Database(sys.argv[2], recreate=True)
flat = lambda r: {k: (v if isinstance(v, (str, int, float)) or v is None else str(v)) for k, v in r.items()}
db["sources"].insert_all((flat(s) for s in (data.model_extra or {})["sources"]), pk="id", alter=True)
db["facts"].insert_all((flat(f) for f in data.facts), pk="id", alter=True, foreign_keys=[("source", "sources")])
db["facts"].enable_fts(["description"], create_triggers=False)
"""
)
FLOOR_HTML = (
    """\
import sys
from jinja2 import Environment
"""
    + VALIDATE
    + """\
page = Environment(autoescape=True).from_string(
    "<table>{% for f in facts %}<tr><th>{{ f.as_printed }}</th><td>{{ f.metric }}</td>"
    "<td>{{ f.period }}</td><td>{{ f.source }}</td><td>{{ f.description }}</td></tr>{% endfor %}</table>"
)
with open(sys.argv[2], "w", encoding="utf-8") as out:
    out.write(page.render(facts=data.facts))
"""
)
EXPORT_TARGET = 3.0  # no target is set for the exports; this one flags a regression


def armsfacts_command() -> list[str]:
    """The console script beside this Python, else the one on PATH."""
    script = Path(sys.executable).parent / "armsfacts"
    found = str(script) if script.exists() else shutil.which("armsfacts")
    if not found:
        raise SystemExit("install armsfacts in this Python first: pip install -e .")
    return [found]


def compile_package(env: dict[str, str]) -> None:
    """Write armsfacts' bytecode, as pip does when it installs a wheel (an editable install does not)."""
    spec = importlib.util.find_spec("armsfacts")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("install armsfacts in this Python first: pip install -e .")
    folder = next(iter(spec.submodule_search_locations))
    env = {k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([sys.executable, "-m", "compileall", "-q", folder], check=True, env=env)


def run_once(command: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    """Wall time and CPU time in seconds, and peak RSS in bytes, of one whole process (stdout discarded).

    `check` exits 4 when it finds a contradiction: that is a result, not a failure.
    """
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    stderr = process.stderr.read() if process.stderr else b""
    if os.waitstatus_to_exitcode(status) not in (0, 4 if "check" in command else 0):
        raise SystemExit(f"{' '.join(command)} failed: {stderr.decode()[:500]}")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024  # KiB on Linux


def alternate(a: list[str], b: list[str], runs: int, env: dict[str, str]) -> dict[str, Any]:
    """a and b run alternately `runs` times each, after one warm-up of each."""
    run_once(a, env)
    run_once(b, env)
    measured: dict[str, list[tuple[float, float, int]]] = {"a": [], "b": []}
    for _ in range(runs):
        for key, command in (("a", a), ("b", b)):
            measured[key].append(run_once(command, env))
    wall_a, wall_b = (statistics.median(m[0] for m in measured[k]) for k in "ab")
    cpu_a, cpu_b = (statistics.median(m[1] for m in measured[k]) for k in "ab")
    return {
        "median_s": wall_a,
        "floor_median_s": wall_b,
        "value": wall_a / wall_b,
        "cpu_median_s": cpu_a,
        "floor_cpu_median_s": cpu_b,
        "cpu_ratio": cpu_a / cpu_b,
        "runs": runs,
    }


def instructions(command: list[str], env: dict[str, str]) -> int:
    """Instructions one run executes, counted by valgrind: the same on a busy machine as on an idle one."""
    tool = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null"]
    done = subprocess.run([*tool, *command], capture_output=True, env=env | {"PYTHONHASHSEED": "0"}, check=True)
    line = next(x for x in done.stderr.decode().splitlines() if "I   refs:" in x or "I refs:" in x)
    return int(line.rsplit(":", 1)[1].replace(",", ""))


def repeat(command: list[str], runs: int, env: dict[str, str]) -> dict[str, Any]:
    run_once(command, env)
    measured = [run_once(command, env) for _ in range(runs)]
    return {
        "median_s": statistics.median(t for t, _, _ in measured),
        "cpu_median_s": statistics.median(c for _, c, _ in measured),
        "peak_mib": max(m for _, _, m in measured) / 2**20,
        "runs": runs,
    }


def generate(size: int, path: Path) -> None:
    """The built-in data with its facts cloned under new ids, `size` facts in all."""
    data = json.loads(DATA.read_text(encoding="utf-8"))
    originals = data["facts"]
    facts = []
    for i in range(size):
        fact = copy.deepcopy(originals[i % len(originals)])
        fact["id"] = f"{fact['id'][:24].rstrip('-_')}-{i}"  # still at most 32 characters
        fact["aliases"] = []  # an earlier id names one record only
        facts.append(fact)
    data["facts"] = facts
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def draft(words: int, path: Path) -> None:
    """A draft of about `words` words: each fact's description (the project's own words), then its figure and unit."""
    data = json.loads(DATA.read_text(encoding="utf-8"))
    facts, units = data["facts"], {u["id"]: u["label"] for u in data["units"]}
    paragraphs: list[str] = []
    count = 0
    while count < words:
        fact = facts[len(paragraphs) % len(facts)]
        value = fact["value"]
        shown = f"{value:,}" if isinstance(value, int) else f"{value:,.1f}"
        paragraph = f"{fact['description']} The report gave {shown} {units.get(fact['unit'], fact['unit'])}."
        paragraphs.append(paragraph)
        count += len(paragraph.split())
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")


def expected_matches(size: int, metric: str) -> int:
    metrics = [f["metric"] for f in json.loads(DATA.read_text(encoding="utf-8"))["facts"]]
    return sum(metrics[i % len(metrics)] == metric for i in range(size))


def machine() -> dict[str, Any]:
    cpu = platform.processor()
    with contextlib.suppress(OSError, StopIteration):
        lines = Path("/proc/cpuinfo").read_text().splitlines()
        cpu = next(line.split(":", 1)[1].strip() for line in lines if line.startswith("model name"))
    return {"python": platform.python_version(), "platform": platform.platform(), "cpu": cpu, "cores": os.cpu_count()}


def commit() -> str | None:
    try:
        head = subprocess.run(["git", "-C", str(ROOT), "describe", "--always", "--dirty"], capture_output=True)
    except OSError:
        return None
    return head.stdout.decode().strip() or None


def measure(runs: int, count: bool) -> dict[str, dict[str, Any]]:
    arm = armsfacts_command()
    env = {k: v for k, v in os.environ.items() if not k.startswith("ARMSFACTS_")}
    compile_package(env)
    python, data = sys.executable, str(DATA)
    floor = [python, "-c", FLOOR, data]
    floor_table = [python, "-c", FLOOR_TABLE, data]
    click = [python, "-c", CLICK]
    pairs: dict[str, tuple[list[str], list[str], float, dict[str, str]]] = {
        "stats --json": ([*arm, "stats", "--json"], floor, 1.25, env),
        **{
            f"stats table, {columns} columns": (
                [*arm, "stats", "--format", "table"],
                floor_table,
                1.25,
                env | {"COLUMNS": str(columns)},
            )
            for columns in TABLE_WIDTHS
        },
        "operation last-mile --json": ([*arm, "operation", "last-mile", "--json"], floor, 1.25, env),
        "--version": ([*arm, "--version"], click, 1.5, env),
        "--help": ([*arm, "--help"], click, 1.5, env),
    }
    figures = {}
    with tempfile.TemporaryDirectory() as folder:
        text = Path(folder) / "draft.txt"
        draft(DRAFT_WORDS, text)
        check = [*arm, "check", "--json", "--text-lang", "en", str(text)]
        figures[f"check {DRAFT_WORDS:,} words"] = alternate(check, pairs["stats --json"][0], runs, env) | {
            "target": 2.0,
            "floor": "stats --json",
        }
        # What `check` costs before it reads a word (imports, the record read for matching): the part of the
        # target's budget left for the draft's figures is what this leaves.
        empty = Path(folder) / "empty.txt"
        empty.write_text("", encoding="utf-8")
        check_empty = [*arm, "check", "--json", "--text-lang", "en", str(empty)]
        figures["check, an empty text"] = alternate(check_empty, pairs["stats --json"][0], runs, env) | {
            "target": 2.0,
            "floor": "stats --json",
        }
        for kind, floor_script in (("sqlite", FLOOR_SQLITE), ("html", FLOOR_HTML)):
            written, floor_written = str(Path(folder) / f"export.{kind}"), str(Path(folder) / f"floor.{kind}")
            export = [*arm, "export", kind, written, "--replace"]
            figures[f"export {kind}"] = alternate(
                export, [python, "-c", floor_script, data, floor_written], runs, env
            ) | {"target": EXPORT_TARGET}
    for name, (command, base, target, command_env) in pairs.items():
        figures[name] = alternate(command, base, runs, command_env) | {"target": target}
        if count:
            ours, theirs = instructions(command, command_env), instructions(base, command_env)
            figures[name] |= {"instructions": ours, "floor_instructions": theirs, "instruction_ratio": ours / theirs}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"facts-{SCALE}.json"
        # Made in a child, so that this process stays small (a child's peak RSS can include its parent's).
        subprocess.run([python, __file__, "--generate", str(SCALE), str(path)], check=True)
        command = [*arm, "--data", str(path), "stats", "--metric", "arrests", "--json"]
        out = subprocess.run(command, capture_output=True, check=True, env=env).stdout
        if out.count(b'"metric": "arrests"') != expected_matches(SCALE, "arrests"):
            raise SystemExit("the scale run found the wrong facts")
        del out
        scale = repeat(command, max(5, runs // 3), env)
    figures[f"{SCALE:,} facts: wall"] = {
        "value": scale["median_s"],
        "cpu_median_s": scale["cpu_median_s"],
        "target": 1.0,
        "runs": scale["runs"],
    }
    figures[f"{SCALE:,} facts: peak RSS"] = {"value": scale["peak_mib"], "target": 200.0, "runs": scale["runs"]}
    for figure in figures.values():
        figure["met"] = figure["value"] <= figure["target"]
    return figures


def show(name: str, f: dict[str, Any], count: bool) -> str:
    """One line of the table: the figures, the target, and whether it is met."""
    ratio = "floor_median_s" in f
    times = f"{f['median_s'] * 1000:>7.0f} ms {f['floor_median_s'] * 1000:>7.0f} ms" if ratio else ""
    if ratio:
        value, cpu, target = f"{f['value']:.2f}×", f"{f['cpu_ratio']:.2f}×", f"≤ {f['target']:.2f}×"
    elif name.endswith("RSS"):
        value, cpu, target = f"{f['value']:.0f} MiB", "", f"≤ {f['target']:.0f} MiB"
    else:
        value, cpu, target = f"{f['value']:.2f} s", f"{f['cpu_median_s']:.2f} s", f"≤ {f['target']:.2f} s"
    instr = f"{f['instruction_ratio']:.2f}×" if ratio and count else ""
    line = f"{name:<28}{times:>22}{value:>9}{cpu:>9}" + (f"{instr:>8}" if count else "")
    return f"{line}{target:>12}  {'met' if f['met'] else 'NOT MET'}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=21, help="runs of each start-up command (default 21)")
    parser.add_argument("--label", default="latest", help="name of this run in the results file")
    parser.add_argument("--instructions", action="store_true", help="also count instructions (needs valgrind)")
    parser.add_argument("--output", type=Path, default=ROOT / "benchmarks" / "results.json")
    parser.add_argument("--generate", nargs=2, metavar=("SIZE", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.generate:
        generate(int(args.generate[0]), Path(args.generate[1]))
        return

    load_before = os.getloadavg()[0]
    figures = measure(args.runs, args.instructions)
    about = machine() | {"load_average": [round(load_before, 2), round(os.getloadavg()[0], 2)]}
    print(f"{about['cpu']}, {about['cores']} cores, Python {about['python']}; medians of {args.runs} runs")
    print(f"load average (1 min) before and after: {about['load_average'][0]}, {about['load_average'][1]}")
    instr = f"{'instr':>8}" if args.instructions else ""
    print(f"{'':<28}{'armsfacts':>11}{'floor':>11}{'wall':>9}{'CPU':>9}{instr}{'target':>12}")
    for name, figure in figures.items():
        print(show(name, figure, args.instructions))

    try:
        results = json.loads(args.output.read_text(encoding="utf-8"))
        runs = results["runs"] if isinstance(results.get("runs"), dict) else {}
    except (OSError, ValueError):
        runs = {}
    runs[args.label] = {
        "date": dt.date.today().isoformat(),
        "commit": commit(),
        "machine": about,
        "figures": figures,
    }
    args.output.write_text(json.dumps({"runs": runs}, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwritten to {args.output} as {args.label!r}")


if __name__ == "__main__":
    main()
