"""The built wheel carries the dataset, and an installed copy runs from any folder."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from .conftest import ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    # --no-isolation: hatchling is a test dependency, so no download is needed here.
    result = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(ROOT)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    (built,) = out.glob("armsfacts-*.whl")
    return built


def test_wheel_contains_data_and_marker(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "armsfacts/data/armsfacts.json" in names
    assert "armsfacts/py.typed" in names
    assert "armsfacts/locale/es/LC_MESSAGES/armsfacts.mo" in names  # the Spanish catalog, compiled
    assert "armsfacts/cli.py" in names
    with zipfile.ZipFile(wheel) as zf:
        shipped = zf.read("armsfacts/data/armsfacts.json")
    assert shipped == (ROOT / "data" / "armsfacts.json").read_bytes()


def test_installed_wheel_runs_from_another_folder(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    install = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--target", str(target), str(wheel)],
        capture_output=True,
        text=True,
    )
    assert install.returncode == 0, install.stderr
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = subprocess.run(
        [sys.executable, "-c", "import armsfacts, sys; from armsfacts import data; print(data.builtin_path()); "
         "print(armsfacts.load().fact_by_id['last-mile-firearms-seized'].value); "
         "from armsfacts import i18n; i18n.set_language('es'); print(i18n._('Figure'))"],
        cwd=elsewhere,
        env={"PYTHONPATH": str(target), "PATH": ""},
        capture_output=True,
        text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    path, value, spanish = result.stdout.splitlines()
    assert Path(path).is_relative_to(target)  # the packaged copy, not the checkout's data/
    assert value == "8496"
    assert spanish == "Cifra"  # the translations travel with the package
