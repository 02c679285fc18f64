"""The version of armsfacts: the one place it is written. The build takes it from here into the
package's metadata (pyproject's `[tool.hatch.version]`), so the two cannot differ, and
`armsfacts --version` reads it without loading `importlib.metadata`.
"""

__version__ = "0.1.0"
