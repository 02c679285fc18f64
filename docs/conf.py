"""Sphinx configuration: the docs are Markdown (MyST), the command reference is read from the Click commands."""

from __future__ import annotations

import os
from importlib.metadata import version as installed_version

# The reference is generated from the commands' help, which follows the reader's language:
# the docs are written in English, so the help is read in English whatever the shell's locale.
os.environ["ARMSFACTS_LANG"] = "en"
for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
    os.environ.pop(name, None)

project = "armsfacts"
author = "armsfacts contributors"
copyright = "armsfacts contributors"
release = installed_version("armsfacts")
version = release

extensions = ["myst_parser", "sphinx_click"]
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build"]
myst_heading_anchors = 3  # `[text](page.md#a-heading)` links to headings, as on GitHub
html_theme = "alabaster"
html_title = f"armsfacts {release}"
