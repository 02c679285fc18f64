"""What a command imports: the promises users can feel in start-up time."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import armsfacts


def imported(*args: str) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "armsfacts", *args], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr[-2000:]
    lines = [line for line in result.stderr.splitlines() if line.startswith("import time:")]
    return {line.rsplit("|", 1)[1].strip() for line in lines}


def _rich(modules: set[str]) -> set[str]:
    return {m for m in modules if m == "rich" or m.startswith("rich.")}


@pytest.mark.parametrize("fmt", ["json", "ndjson", "csv", "tsv", "plain", "markdown"])
def test_machine_and_text_formats_do_not_import_rich(fmt: str) -> None:
    modules = imported("stats", "--format", fmt)
    assert "pydantic" in modules  # the command did load the data
    assert not _rich(modules)


def test_a_table_does_import_rich() -> None:
    assert "rich.table" in imported("stats", "--format", "table")


@pytest.mark.parametrize("args", [["--version"], ["--help"], ["-h"]])
def test_version_and_help_import_neither_pydantic_nor_rich(args: list[str]) -> None:
    modules = imported(*args)
    assert "click" in modules
    assert not {m for m in modules if m == "pydantic" or m.startswith("pydantic.")}
    assert not _rich(modules)


def test_a_command_s_modules_show_where_they_are_imported() -> None:
    # Imported where used, not through a lazy registry: -X importtime lists what the command ran on.
    modules = imported("stats", "--format", "plain")
    assert {"armsfacts.query", "armsfacts.models", "armsfacts.output.emit", "armsfacts.output.columns"} <= modules
    assert "armsfacts.output.table" not in modules  # Rich's tables only for a table


def _imports_of(path: Path, module: str) -> set[str]:
    """The package's modules a file imports anywhere in it: at the top, inside functions, under TYPE_CHECKING."""
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = ".".join(package[: len(package) - node.level + 1]) if node.level else ""
            target = ".".join(filter(None, (base, node.module)))
            found.update(f"{target}.{alias.name}" for alias in node.names)
            found.add(target)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_no_module_imports_one_that_imports_it_back() -> None:
    # `from . import x` names the package as well as x; the package itself is no edge of a cycle.
    root = Path(armsfacts.__file__).parent
    files = {".".join(("armsfacts", *p.relative_to(root).with_suffix("").parts)): p for p in root.rglob("*.py")}
    modules = {name.removesuffix(".__init__"): path for name, path in files.items()}
    graph = {m: (_imports_of(p, m) & set(modules)) - {m, "armsfacts"} for m, p in modules.items()}
    cycles = []
    for start in graph:
        seen, frontier = set(), list(graph[start])
        while frontier:
            current = frontier.pop()
            if current == start:
                cycles.append(start)
                break
            if current not in seen:
                seen.add(current)
                frontier.extend(graph[current])
    assert cycles == []


def test_the_rules_depend_on_the_models_and_not_the_reverse() -> None:
    root = Path(armsfacts.__file__).parent
    assert "armsfacts.rules" not in _imports_of(root / "models.py", "armsfacts.models")
    assert "armsfacts.models" in _imports_of(root / "rules.py", "armsfacts.rules")


def test_validate_uses_the_loader_and_no_internals_of_reading() -> None:
    root = Path(armsfacts.__file__).parent
    imports = _imports_of(root / "validate.py", "armsfacts.validate")
    assert "armsfacts.loading.every_problem" in imports
    assert not {name for name in imports if name.startswith("armsfacts.data")}


def test_no_module_is_over_500_lines() -> None:
    # The project's rule: one job per module, none over 500 lines (models.py had grown to 556 unseen).
    root = Path(armsfacts.__file__).parent
    long = {
        str(p.relative_to(root)): n for p in root.rglob("*.py") if (n := len(p.read_text("utf-8").splitlines())) > 500
    }
    assert long == {}
