"""The Spanish catalog: list the strings to translate, check the catalog, compile it.

    python tools/catalog.py check      # every interface string has a translation; .mo is current
    python tools/catalog.py compile    # write armsfacts.mo from armsfacts.po
    python tools/catalog.py missing    # print, as .po entries, the strings still to translate

The strings are every `_("…")` in the package, every help text of the command line, and
the Click strings armsfacts shows (CLICK_STRINGS, CLICK_PLURALS): Click looks them up in
the same catalog. The .mo file is committed and shipped in the package; `check` (and a
test) fail when it is not what the .po compiles to.
"""

from __future__ import annotations

import ast
import inspect
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "armsfacts"
PO = PACKAGE / "locale" / "es" / "LC_MESSAGES" / "armsfacts.po"
MO = PO.with_suffix(".mo")

CLICK_STRINGS = [
    "Usage:",
    "Options",
    "Commands",
    "Show this message and exit.",
    "Show the version and exit.",
    "Error: {message}",
    "Try '{command} {option}' for help.",
    "No such option {name!r}.",
    "No such command {name!r}.",
    "Missing argument",
    "Missing option",
    "Invalid value for {param_hint}: {message}",
    "Invalid value: {message}",
    "{value!r} is not a valid {number_type}.",
    "Aborted!",
    "default",
    "required",
]
# Click's strings with a plural form, (singular, plural): in a catalog as "singular\0plural".
CLICK_PLURALS = [
    ("Did you mean {possibility}?", "(Did you mean one of: {possibilities}?)"),
    ("{value!r} is not {choice}.", "{value!r} is not one of {choices}."),
    ("Got unexpected extra argument ({args})", "Got unexpected extra arguments ({args})"),
    ("Option {name!r} requires an argument.", "Option {name!r} requires {nargs} arguments."),
]


def source_strings() -> list[str]:
    """The literal arguments of every `_()` call in the package, in file order."""
    found: list[str] = []
    for path in sorted(PACKAGE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "_"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.append(node.args[0].value)
    return found


def help_strings() -> list[str]:
    """Every help text of the command line, as it is looked up: cleaned of its indentation."""
    from armsfacts.cli import cli

    found: list[str] = []
    for command in [cli, *cli.commands.values()]:
        for text in [command.help, command.epilog, *(getattr(p, "help", None) for p in command.params)]:
            if text:
                found.append(inspect.cleandoc(text))
    return found


def interface_strings() -> list[str]:
    plurals = [f"{one}\0{many}" for one, many in CLICK_PLURALS]
    return list(dict.fromkeys([*source_strings(), *help_strings(), *CLICK_STRINGS, *plurals]))


# --- .po files ---------------------------------------------------------------------------


def _unquote(text: str) -> str:
    value = ast.literal_eval(text.strip())
    assert isinstance(value, str)
    return value


def read_po(path: Path = PO) -> dict[str, str]:
    """msgid -> msgstr of a .po file (the header entry, msgid "", included).

    A plural entry is read as "singular\\0plural" -> "form0\\0form1", as a .mo file holds it.
    """
    entries: dict[str, str] = {}
    parts: dict[str, str] = {}
    current = ""

    def finish() -> None:
        if "msgid" in parts:
            key = parts["msgid"] + ("\0" + parts["msgid_plural"] if "msgid_plural" in parts else "")
            forms = [parts[k] for k in sorted(parts) if k.startswith("msgstr[")]
            entries[key] = "\0".join(forms) if forms else parts.get("msgstr", "")
        parts.clear()

    for raw in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        line = raw.strip()
        if line.startswith("#"):
            continue
        if not line:
            finish()
        elif line.startswith('"'):
            parts[current] += _unquote(line)
        else:
            current, _, rest = line.partition(" ")
            if current == "msgid" and "msgid" in parts:
                finish()
            parts[current] = _unquote(rest)
    return entries


def _quote(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t").replace("\b", "\\b")
    lines = escaped.split("\n")
    if len(lines) == 1:
        return f'"{escaped}"'
    parts = [line + "\\n" for line in lines[:-1]] + ([lines[-1]] if lines[-1] else [])
    return '""\n' + "\n".join(f'"{part}"' for part in parts)


def po_entry(msgid: str, msgstr: str) -> str:
    if "\0" in msgid:
        one, many = msgid.split("\0")
        forms = msgstr.split("\0") if msgstr else ["", ""]
        lines = [f"msgid {_quote(one)}", f"msgid_plural {_quote(many)}"]
        lines += [f"msgstr[{i}] {_quote(form)}" for i, form in enumerate(forms)]
        return "\n".join(lines) + "\n"
    return f"msgid {_quote(msgid)}\nmsgstr {_quote(msgstr)}\n"


def write_po(entries: dict[str, str], path: Path = PO) -> None:
    path.write_text("\n".join(po_entry(k, v) for k, v in entries.items()), encoding="utf-8")


# --- .mo files ---------------------------------------------------------------------------


def compile_mo(entries: dict[str, str]) -> bytes:
    """The GNU .mo form of a catalog (what gettext reads); untranslated entries are left out."""
    pairs = sorted((k.encode(), v.encode()) for k, v in entries.items() if v or not k)
    count = len(pairs)
    ids_table, strs_table = 28, 28 + count * 8
    position = strs_table + count * 8
    offsets: list[tuple[int, int]] = []
    for text in [k for k, _ in pairs] + [v for _, v in pairs]:
        offsets.append((len(text), position))
        position += len(text) + 1
    out = struct.pack("<7I", 0x950412DE, 0, count, ids_table, strs_table, 0, 0)
    out += b"".join(struct.pack("<2I", length, offset) for length, offset in offsets)
    return out + b"".join(k + b"\0" for k, _ in pairs) + b"".join(v + b"\0" for _, v in pairs)


def problems() -> list[str]:
    entries = read_po()
    found = [f"no Spanish for: {s!r}" for s in interface_strings() if not entries.get(s)]
    if not MO.exists() or MO.read_bytes() != compile_mo(entries):
        found.append(f"{MO.relative_to(ROOT)} is not compiled from the .po: run python tools/catalog.py compile")
    return found


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "compile":
        MO.write_bytes(compile_mo(read_po()))
        return 0
    if command == "missing":
        entries = read_po()
        for text in interface_strings():
            if not entries.get(text):
                print(po_entry(text, ""))
        return 0
    found = problems()
    print("\n".join(found) or "catalog complete")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
