"""armsfacts start-up and scale benchmark. Not part of the test suite; it asserts nothing.

    python benchmarks/run.py                 # everything: about two minutes on 2 cores
    python benchmarks/run.py --runs 31       # more runs per command
    python benchmarks/run.py --sizes 1000    # only the small scale dataset

Start-up: each armsfacts command and its baseline run alternately (A B A B ...), whole
processes, and the table gives the median of each and their ratio (the machines are
shared and noisy, so the ratio is what to compare). Baselines:

  1. Python importing click and pydantic's BaseModel and json.load-ing the same data file;
  2. baseline 1 plus importing rich's Console and Table.

Scale: datasets of 1,000, 10,000 and 100,000 valid facts (made by this script) queried with
`armsfacts --data FILE stats --metric arrests --json`, against a plain-Python script that
json.loads the file and filters the same facts. Peak memory is the child's maximum RSS.
Results are printed and written as JSON (benchmarks/results.json unless --output).
"""

from __future__ import annotations

import argparse
import copy
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


def armsfacts_command() -> list[str]:
    """The installed console script beside this Python, else `python -m armsfacts`."""
    script = Path(sys.executable).parent / "armsfacts"
    if script.exists():
        return [str(script)]
    found = shutil.which("armsfacts")
    return [found] if found else [sys.executable, "-m", "armsfacts"]


def run_once(command: list[str]) -> tuple[float, int]:
    """Wall time in seconds and peak RSS in bytes of one whole process (stdout discarded)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    stderr = process.stderr.read() if process.stderr else b""
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}): {stderr.decode()[:500]}")
    return elapsed, usage.ru_maxrss * 1024  # ru_maxrss is in KiB on Linux


def alternate(a: list[str], b: list[str], runs: int) -> dict[str, Any]:
    """Run a and b alternately `runs` times each (after one warm-up of each); medians and ratio."""
    run_once(a)
    run_once(b)
    times_a, times_b, peak_a, peak_b = [], [], 0, 0
    for _ in range(runs):
        t, m = run_once(a)
        times_a.append(t)
        peak_a = max(peak_a, m)
        t, m = run_once(b)
        times_b.append(t)
        peak_b = max(peak_b, m)
    median_a, median_b = statistics.median(times_a), statistics.median(times_b)
    return {
        "median_s": median_a,
        "baseline_median_s": median_b,
        "ratio": median_a / median_b,
        "peak_mib": peak_a / 2**20,
        "baseline_peak_mib": peak_b / 2**20,
        "runs": runs,
    }


def baseline(extra_imports: str = "") -> list[str]:
    code = f"import json, click; from pydantic import BaseModel{extra_imports}; json.load(open({str(DATA)!r}, 'rb'))"
    return [sys.executable, "-c", code]


def make_dataset(size: int, folder: Path) -> Path:
    """The built-in data with its facts repeated, renamed, to `size` valid facts.

    Made in a child process: a child's peak memory, as the kernel reports it, includes the
    memory of the process that started it, so this process must stay small.
    """
    path = folder / f"facts-{size}.json"
    subprocess.run([sys.executable, __file__, "--generate", str(size), str(path)], check=True)
    return path


def generate(size: int, path: Path) -> None:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    originals = data["facts"]
    facts = []
    for i in range(size):
        fact = copy.deepcopy(originals[i % len(originals)])
        fact["id"] = f"{fact['id']}-{i}"
        facts.append(fact)
    data["facts"] = facts
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


PLAIN_FILTER = (
    "import json, sys\n"
    "data = json.load(open(sys.argv[1], 'rb'))\n"
    "json.dump([f for f in data['facts'] if f['metric'] == 'arrests'], sys.stdout, ensure_ascii=False, indent=2)\n"
)


def machine() -> dict[str, Any]:
    cpu = platform.processor()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"python": platform.python_version(), "platform": platform.platform(), "cpu": cpu, "cores": os.cpu_count()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15, help="runs of each command (default 15)")
    parser.add_argument("--sizes", default="1000,10000,100000", help="fact counts for the scale runs")
    parser.add_argument("--output", type=Path, default=ROOT / "benchmarks" / "results.json")
    parser.add_argument("--generate", nargs=2, metavar=("SIZE", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.generate:
        generate(int(args.generate[0]), Path(args.generate[1]))
        return
    arm = armsfacts_command()
    env_note = {k: os.environ[k] for k in ("ARMSFACTS_DATA",) if k in os.environ}
    if env_note:
        raise SystemExit("unset ARMSFACTS_DATA: the benchmark measures the built-in data")

    startup = {
        "stats --json": alternate([*arm, "stats", "--json"], baseline(), args.runs),
        "stats --format table": alternate(
            [*arm, "stats", "--format", "table"],
            baseline("; from rich.console import Console; from rich.table import Table"),
            args.runs,
        ),
        "operation last-mile --json": alternate([*arm, "operation", "last-mile", "--json"], baseline(), args.runs),
    }
    scale = {}
    with tempfile.TemporaryDirectory() as folder:
        for size in (int(s) for s in args.sizes.split(",") if s):
            path = make_dataset(size, Path(folder))
            command = [*arm, "--data", str(path), "stats", "--metric", "arrests", "--json"]
            plain = [sys.executable, "-c", PLAIN_FILTER, str(path)]
            # Same facts found? Counted on the bytes: parsing them here would grow this process.
            ours = subprocess.run(command, capture_output=True, check=True).stdout
            theirs = subprocess.run(plain, capture_output=True, check=True).stdout
            matched = ours.count(b'"metric": "arrests"')
            assert matched == theirs.count(b'"metric": "arrests"') > 0, "armsfacts and the plain script disagree"
            del ours, theirs
            scale[str(size)] = alternate(command, plain, max(5, args.runs // 3)) | {"matched": matched}

    results = {"machine": machine(), "command": arm, "startup": startup, "scale": scale}
    args.output.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")

    print(
        f"machine: {results['machine']['cpu']}, {results['machine']['cores']} cores, Python {platform.python_version()}"
    )
    print(f"{'start-up (median of ' + str(args.runs) + ')':<34}{'armsfacts':>11}{'baseline':>11}{'ratio':>8}")
    for name, r in startup.items():
        print(f"{name:<34}{r['median_s'] * 1000:>9.0f}ms{r['baseline_median_s'] * 1000:>9.0f}ms{r['ratio']:>7.2f}x")
    print(f"\n{'scale: stats --metric arrests':<34}{'armsfacts':>11}{'plain py':>11}{'ratio':>8}{'peak MiB':>10}")
    for size, r in scale.items():
        print(
            f"{int(size):>12,} facts{'':<16}{r['median_s']:>10.2f}s{r['baseline_median_s']:>10.2f}s"
            f"{r['ratio']:>7.2f}x{r['peak_mib']:>10.0f}"
        )
    print(f"\nwritten to {args.output}")


if __name__ == "__main__":
    main()
