"""`armsfacts check` on real reporting (issue 17). Not part of the test suite.

benchmarks/check_corpus.json lists real articles and releases on firearms trafficking into Mexico,
read in the search tool's stored pages, with every figure `check` reported and every figure on the
record's topics judged by hand against data/armsfacts.json. The texts are not in the repository:
each is read from DIR/<slug>.txt (--texts, default /work/cache/articles); a missing one is skipped, and so is
one whose judged figures are not at their line and column (a copy of the page other than the one judged).

    python benchmarks/check_eval.py [--verbose] [--json] [--label NAME]

A reported claim belongs to the judgment on its line whose number as written overlaps it (a number
read in two pieces gives two claims to one judgment; the first piece is its outcome). Recognition:
a figure the record holds came back supported or disputed naming its fact. Planted slips: each
supported figure is changed (a count's leading digit, a share by 20 points, in the direction that
makes it incompatible with the record) and must come back contradicted; a lower bound against a
lower bound can never be, a number in words has no digit: those are skipped and counted. Each run
is written to benchmarks/check_results.json ("latest", and under --label) with commit and date, and
the figures of each set of articles apart ("heldout-2": read after the code was tuned on the rest).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import subprocess
import sys
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "benchmarks" / "check_corpus.json"
RESULTS = ROOT / "benchmarks" / "check_results.json"
DATA = ROOT / "data" / "armsfacts.json"
TEXTS = Path("/work/cache/articles")

LOWER = re.compile(r"^(more than|over|exceeding|upwards of|at least|más del?|más|al menos)\b", re.I)
UP_TO = re.compile(r"^(up to|hasta|as many as)\b", re.I)
NEARLY = re.compile(r"^(nearly|almost|casi|close to)\b", re.I)
RECORD_LOWER = {"more_than", "at_least"}
COLUMNS = ("slug", "lang", "claims_judged", "reported", "false_contradicted", "recognised", "planted_slips")

Claim = dict[str, Any]


@dataclass
class Tally:
    """What one article (or the whole corpus) scored: counts by name, slips skipped by why, misses."""

    n: Counter[str] = field(default_factory=Counter)
    skipped: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.n.update(other.n)
        self.skipped.update(other.skipped)
        self.misses += other.misses


def run_check(text: str, lang: str) -> list[Claim]:
    """`armsfacts check --json --text-lang LANG -` on TEXT, as a user would run it."""
    cmd = [sys.executable, "-m", "armsfacts", "check", "--json", "--text-lang", lang, "-"]
    done = subprocess.run(cmd, input=text, capture_output=True, text=True, encoding="utf-8", check=False)
    if done.returncode not in (0, 4):
        raise RuntimeError(f"check exited {done.returncode}: {done.stderr.strip()}")
    claims: list[Claim] = json.loads(done.stdout)
    return claims


def overlaps(claim: Claim, line: int, column: int, length: int) -> bool:
    if claim["line"] != line:
        return False
    start = int(claim["column"])
    return start < column + length and column < start + len(str(claim["text"]))


def align(judgments: list[Claim], reported: list[Claim]) -> tuple[list[list[Claim]], list[Claim]]:
    """The reported claims of each judgment, and those that belong to none."""
    pieces: list[list[Claim]] = [[] for _ in judgments]
    orphans = []
    for claim in sorted(reported, key=lambda c: (c["line"], c["column"])):
        near = [i for i, j in enumerate(judgments) if overlaps(claim, j["line"], j["column"], len(j["text"]))]
        if near:
            best = min(near, key=lambda i: abs(judgments[i]["column"] - claim["column"]))
            pieces[best].append(claim)
        else:
            orphans.append(claim)
    return pieces, orphans


def slip(judgment: Claim, fact: dict[str, Any]) -> str | tuple[str]:
    """The number as written with a planted slip, or (why not,) when none can be planted."""
    text: str = judgment["text"]
    if "slip" in judgment or "no_slip" in judgment:
        return str(judgment["slip"]) if "slip" in judgment else (judgment["no_slip"],)
    digits = re.search(r"\d+(?:[.,]\d+)*", text)
    if digits is None:
        return ("number in words",)
    lower, up_to, nearly = (bool(p.match(text)) for p in (LOWER, UP_TO, NEARLY))
    record_lower = fact["bound"] in RECORD_LOWER
    if lower and record_lower:
        return ("lower bound against a lower bound",)
    run = digits.group()
    if fact["unit"] == "percent":
        value = float(run.replace(",", "."))
        step = -20 if up_to or nearly or record_lower or (not lower and value > 80) else 20
        if value + step < 0:
            return ("share too small to move",)
        changed = f"{value + step:g}".replace(".", "," if "," in run else ".")
    elif up_to or (record_lower and not lower) or (not lower and not nearly and run[0] == "9"):
        places = [i for i, ch in enumerate(run) if ch.isdigit()]  # smaller: the leading digit, or the next after a 1
        i = places[0] if run[0] != "1" else places[1] if len(places) > 1 else -1
        if i < 0 or run[i] == "0":
            return ("no smaller figure by one digit",)
        changed = run[:i] + str(int(run[i]) - 1) + run[i + 1 :]
    else:
        changed = ("10" if run[0] == "9" else str(int(run[0]) + 1)) + run[1:]
    return text[: digits.start()] + changed + text[digits.end() :]


def misplaced(article: Claim, text: str) -> list[Claim]:
    """The judged figures not written at their line and column: a text rebuilt from another copy of the page."""
    lines = text.split("\n")

    def at(c: Claim) -> str:
        row = lines[c["line"] - 1] if c["line"] <= len(lines) else ""
        return row[c["column"] - 1 : c["column"] - 1 + len(c["text"])]

    return [c for c in article["claims"] if at(c) != c["text"]]


def planted(article: Claim, text: str, facts: dict[str, dict[str, Any]], tally: Tally) -> list[tuple[str, Claim]]:
    """One text per supported figure, with that figure slipped; skips are counted in TALLY."""
    lines = text.split("\n")
    out = []
    for judgment in article["claims"]:
        if judgment["verdict"] != "supported" or judgment["fact"] is None:
            continue
        new = slip(judgment, facts[judgment["fact"]])
        if isinstance(new, tuple):
            tally.skipped[new[0]] += 1
            continue
        row = lines[judgment["line"] - 1]
        start = judgment["column"] - 1
        assert row[start : start + len(judgment["text"])] == judgment["text"], (article["slug"], judgment)
        changed = [*lines[: judgment["line"] - 1], row[:start] + new + row[start + len(judgment["text"]) :]]
        out.append(("\n".join(changed + lines[judgment["line"] :]), {**judgment, "text": new}))
    return out


def score(article: Claim, reported: list[Claim], slips: list[tuple[Claim, list[Claim]]]) -> Tally:
    tally = Tally(Counter(reported=len(reported)))
    pieces, orphans = align(article["claims"], reported)
    tally.n["unjudged"] = len(orphans)
    slug = article["slug"]
    for claim in orphans:
        tally.misses.append(f"{slug}:{claim['line']} {claim['text']!r} reported {claim['verdict']}, no judgment")
        if claim["verdict"] == "contradicted":
            tally.n["contradicted_reported"] += 1
    for judgment, got in zip(article["claims"], pieces, strict=True):
        ok = {judgment["verdict"], *judgment.get("also_ok", [])}
        if judgment["verdict"] == "not_a_claim":
            tally.n["non_claims"] += 1
            tally.n["non_claims_judged"] += len(got)
        else:
            tally.n["claims"] += 1
        for claim in got:
            if claim["verdict"] == "contradicted":
                tally.n["contradicted_reported"] += 1
                if "contradicted" in ok:
                    tally.n["contradicted_right"] += 1
                else:
                    tally.n["false_contradicted"] += 1
        first = got[0] if got else None
        if judgment["verdict"] == "contradicted":
            tally.n["contradicted_expected"] += 1
            tally.n["contradicted_found"] += bool(first and first["verdict"] == "contradicted")
        wanted = {judgment["fact"], *judgment.get("facts_ok", [])} - {None}
        if judgment["verdict"] in ("supported", "disputed") and wanted:
            tally.n["recognisable"] += 1
            recognised = bool(first and first["verdict"] in ("supported", "disputed") and wanted & set(first["facts"]))
            tally.n["recognised"] += recognised
            # the right verdict, given on another figure
            if first and first["verdict"] == judgment["verdict"] and not recognised:
                tally.misses.append(
                    f"{slug}:{judgment['line']} {judgment['text']!r} is {judgment['fact']}; got {first['facts'][:2]}"
                )
        outcome = first["verdict"] if first else "not_a_claim"
        if outcome in ok:
            tally.n["agree"] += 1
        else:
            read = f"{first['text']!r} {first['verdict']} {first['facts'][:2]}" if first else "not reported"
            tally.misses.append(f"{slug}:{judgment['line']} {judgment['text']!r} is {judgment['verdict']}; got {read}")
    for new, got_slip in slips:
        tally.n["slips_tried"] += 1
        hit = [c for c in got_slip if overlaps(c, new["line"], new["column"], len(new["text"]))]
        if any(c["verdict"] == "contradicted" for c in hit):
            tally.n["slips_caught"] += 1
        else:
            verdicts = ",".join(c["verdict"] for c in hit) or "not reported"
            tally.misses.append(f"{slug}:{new['line']} planted {new['text']!r}: {verdicts}")
    return tally


def ratio(n: int, d: int) -> float | None:
    return round(n / d, 3) if d else None


def figures(t: Tally) -> dict[str, Any]:
    return {
        "claims_judged": t.n["claims"],
        "non_claims_judged": t.n["non_claims"],
        "reported": t.n["reported"],
        "reported_without_judgment": t.n["unjudged"],
        "false_contradicted": t.n["false_contradicted"],
        "false_contradicted_per_100_claims": round(100 * t.n["false_contradicted"] / t.n["claims"], 2)
        if t.n["claims"]
        else None,
        "contradicted_precision": ratio(t.n["contradicted_right"], t.n["contradicted_reported"]),
        "contradicted_recall": ratio(t.n["contradicted_found"], t.n["contradicted_expected"]),
        "recognition_recall": ratio(t.n["recognised"], t.n["recognisable"]),
        "recognised": [t.n["recognised"], t.n["recognisable"]],
        "non_claims_wrongly_judged": t.n["non_claims_judged"],
        "verdict_agreement": ratio(t.n["agree"], t.n["claims"] + t.n["non_claims"]),
        "planted_slips_caught": ratio(t.n["slips_caught"], t.n["slips_tried"]),
        "planted_slips": [t.n["slips_caught"], t.n["slips_tried"]],
        "planted_slips_skipped": dict(sorted(t.skipped.items())),
    }


def commit() -> str:
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=False).stdout.strip()

    dirty = git("status", "--porcelain", "--", "armsfacts", "data")
    return git("rev-parse", "--short", "HEAD") + (" (with uncommitted changes)" if dirty else "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", type=Path, default=TEXTS, help="folder of <slug>.txt (default %(default)s)")
    parser.add_argument("--verbose", action="store_true", help="a line per article and each miss")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--label", help="also keep this run under LABEL in check_results.json")
    args = parser.parse_args()
    corpus = json.loads(CORPUS.read_text(encoding="utf-8"))
    facts = {f["id"]: f for f in json.loads(DATA.read_text(encoding="utf-8"))["facts"]}
    present = []
    for article in corpus["articles"]:
        path = args.texts / f"{article['slug']}.txt"
        text = path.read_text(encoding="utf-8") if path.exists() else None
        wrong = misplaced(article, text) if text is not None else []
        if text is not None and not wrong:
            present.append((article, text))
        elif wrong:
            where = f"{len(wrong)} judged figures not at their line and column"
            print(f"skipped {article['slug']}: {where}", file=sys.stderr)
        else:
            print(f"skipped {article['slug']}: no {path}", file=sys.stderr)
    if not present:
        sys.exit(f"no article texts in {args.texts}")
    jobs: list[tuple[int, str, str, Claim | None]] = []
    setup = Tally()
    for i, (article, text) in enumerate(present):
        jobs.append((i, text, article["lang"], None))
        jobs += [(i, t, article["lang"], c) for t, c in planted(article, text, facts, setup)]
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        outputs = list(pool.map(lambda job: run_check(job[1], job[2]), jobs))
    total, rows = Tally(skipped=setup.skipped), []
    by_set: dict[str, Tally] = {}  # "set": "heldout-2" for articles read after the code was tuned; else "first"
    for i, (article, _) in enumerate(present):
        mine = [(job, out) for job, out in zip(jobs, outputs, strict=True) if job[0] == i]
        reported = next(out for job, out in mine if job[3] is None)
        slips = [(job[3], out) for job, out in mine if job[3] is not None]
        tally = score(article, reported, slips)
        total.add(tally)
        by_set.setdefault(article.get("set", "first"), Tally()).add(tally)
        rows.append({"slug": article["slug"], "lang": article["lang"], **figures(tally)})
    result: dict[str, Any] = {
        "date": dt.date.today().isoformat(),
        "commit": commit(),
        "corpus": {
            "articles": len(present),
            "languages": {lang: sum(a["lang"] == lang for a, _ in present) for lang in ("en", "es")},
            "cited_by_the_record": sum(a["cites_record"] for a, _ in present),
        },
        "figures": figures(total),
        "by_set": {name: figures(tally) for name, tally in sorted(by_set.items())},
    }
    stored = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else {"runs": {}}
    stored["latest"] = {**result, "articles": rows}
    if args.label:
        stored["runs"][args.label] = result
    RESULTS.write_text(json.dumps(stored, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if args.json:
        print(json.dumps({**result, "articles": rows} if args.verbose else result, ensure_ascii=False, indent=1))
        return
    corp = result["corpus"]
    print(
        f"{corp['articles']} articles {corp['languages']}, {corp['cited_by_the_record']} cited by the record;"
        f" commit {result['commit']}"
    )
    for name, value in result["figures"].items():
        print(f"  {name:36} {value}")
    for name, shown in result["by_set"].items():
        keys = ("false_contradicted", "recognised", "planted_slips")
        print(f"  set {name}: " + ", ".join(f"{key} {shown[key]}" for key in keys))
    if args.verbose:
        print("\n" + "\t".join(COLUMNS))
        for row in rows:
            print("\t".join(str(row[k]) for k in COLUMNS))
        print("\nmisses:\n  " + "\n  ".join(total.misses))


if __name__ == "__main__":
    main()
