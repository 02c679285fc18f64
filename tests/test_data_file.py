"""What JSON a data file may hold (data.py's strict reading), as a curator is told it: the reason in
words, at the line and column of the offending text (counted by hand in each text below, columns
from 1), from `load` (a command's error) and `every_problem` (`armsfacts validate`)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import armsfacts
from armsfacts.data import data_specs
from armsfacts.errors import ArmsfactsError
from armsfacts.loading import every_problem

HEAD = '{"schema_version": 1,\n "facts": ['  # line 2: ' "facts": [' is 11 characters, a value starts at column 12


@pytest.mark.parametrize(
    ("text", "message", "line", "column"),
    [
        (HEAD + "NaN]}", "not valid JSON: NaN is not a number JSON allows", 2, 12),
        (HEAD + "Infinity]}", "not valid JSON: Infinity is not a number JSON allows", 2, 12),
        (HEAD + "-Infinity]}", "not valid JSON: -Infinity is not a number JSON allows", 2, 12),
        (HEAD + "1" * 31 + "]}", "not valid JSON: a number of 31 digits is not a figure", 2, 12),
        (HEAD + "-" + "1" * 31 + "]}", "not valid JSON: a number of 31 digits is not a figure", 2, 12),
        (HEAD + "1e400]}", "not valid JSON: the number 1e400 is out of range", 2, 12),
        (HEAD + "-1e400]}", "not valid JSON: the number -1e400 is out of range", 2, 12),
        (HEAD + "}", "not valid JSON: Expecting value", 2, 12),
        ('{"schema_version": 1,\n "facts": [],\n "facts": []}', "the key 'facts' is given twice in one object", 3, 2),
        # a lone half of a surrogate pair: ' "x": "ab' is 9 characters, the backslash at column 10
        ('{"schema_version": 1,\n "x": "ab\\udc00"}', "not valid JSON: \\udc00 is half of a character (a lone surrogate)", 2, 10),
        ('{"schema_version": 1,\n "x": "ab\\ud800"}', "not valid JSON: \\ud800 is half of a character (a lone surrogate)", 2, 10),
        ('{"schema_version": 1,\n "x": "ab\\ud800\\u0041"}', "not valid JSON: \\ud800 is half of a character (a lone surrogate)", 2, 10),
        ('{"schema_version": 1,\n "x": "ab\\ud800\\udbff"}', "not valid JSON: \\ud800 is half of a character (a lone surrogate)", 2, 10),
        ('{"schema_version": 1,\n "x": "ab\\ud800 \\udc00"}', "not valid JSON: \\ud800 is half of a character (a lone surrogate)", 2, 10),
        ('{"schema_version": 1,\n "x": "\\\\\\ud800"}', "not valid JSON: \\ud800 is half of a character (a lone surrogate)", 2, 10),
        ('{"schema_version": 1,\n "x": "ab\\ud800\\ue000"}', "not valid JSON: \\ud800 is half of a character (a lone surrogate)", 2, 10),
        ('{"schema_version": 1,\n "x": "ab\\udc00\\udc01"}', "not valid JSON: \\udc00 is half of a character (a lone surrogate)", 2, 10),
        ('{"schema_version": 1,\n "x": "ab\\udfff"}', "not valid JSON: \\udfff is half of a character (a lone surrogate)", 2, 10),
        # a pair, then a lone half further on: the lone one
        ('{"schema_version": 1,\n "x": "\\ud83d\\ude00", "y": "ab\\ud800"}', "not valid JSON: \\ud800 is half of a character (a lone surrogate)", 2, 31),
        # NaN in an object that gives a key twice: NaN is what stops the reading, before the object ends
        ('{"schema_version": 1,\n "facts": [NaN], "facts": []}', "not valid JSON: NaN is not a number JSON allows", 2, 12),
        ('{"schema_version": 1,\n "facts": [], "facts": [NaN]}', "not valid JSON: NaN is not a number JSON allows", 2, 25),
    ],
)  # fmt: skip
def test_json_that_is_no_data_is_refused_at_its_place(
    tmp_path: Path, text: str, message: str, line: int, column: int
) -> None:
    path = tmp_path / "mine.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ArmsfactsError) as failed:
        armsfacts.load(path)
    where = f"{'facts: ' if 'twice' in message else ''}"
    assert failed.value.message == f"{path}: invalid data\n  line {line}, column {column}: {where}{message}"
    (problem,) = every_problem(path)
    assert (problem.file, problem.message, problem.line, problem.column) == (str(path), message, line, column)
    assert problem.location == (("facts",) if "twice" in message else ())  # the file's, not a value's


@pytest.mark.parametrize(
    "text",
    [
        '{"schema_version": 1,\n "facts": [], "x": "ab\\ud83d\\ude00"}',  # a pair: one character
        '{"schema_version": 1,\n "facts": [], "x": "ab\\\\ud800"}',  # a backslash, then the text "ud800"
        '{"schema_version": 1,\n "facts": [], "x": "\\\\\\\\ud800"}',  # two backslashes, then text
        '{"schema_version": 1,\n "facts": [], "x": "ab\\u00e9"}',
        '{"schema_version": 1,\n "facts": [], "x": "\\ud800\\udc00"}',  # the first pair of all
        '{"schema_version": 1,\n "facts": [], "x": "\\udbff\\udfff"}',  # the last
        '{"schema_version": 1,\n "facts": [], "x": "\\ue000"}',  # past the surrogates: a character
        '{"schema_version": 1,\n "facts": [], "x": "\\ud83d\\ude00\\ue000"}',  # and after a pair
        '{"schema_version": 1,\n "facts": [], "x": 1' + "1" * 29 + "}",  # 30 digits: still a number
        '{"schema_version": 1,\n "facts": [], "x": 1.5e300}',
    ],
)
def test_json_that_is_plain_data_passes_the_reading(tmp_path: Path, text: str) -> None:
    path = tmp_path / "mine.json"
    path.write_text(text, encoding="utf-8")
    # read and parsed: the only problem left is the field the schema does not know, at its value
    (problem,) = every_problem(path)
    assert (problem.location, problem.message, problem.line) == (
        ("x",),
        "unknown field (not in the schema: misspelt?)",
        2,
    )


def test_text_that_is_no_utf8_is_refused_at_its_byte(tmp_path: Path) -> None:
    path = tmp_path / "mine.json"
    path.write_bytes(b'{"schema_version": 1,\n "x": "\xc3"}')  # ' "x": "' is 7 bytes: the byte at column 8
    (problem,) = every_problem(path)
    assert (problem.message, problem.line, problem.column) == ("not UTF-8 text (byte 0xc3)", 2, 8)


@pytest.mark.parametrize(
    ("raw", "line", "column"),
    [
        (b'{\n "schema_version": 1,\n "x": "\xc3"\n}', 3, 8),  # lines before and after
        (b'\n{"schema_version": 1, "x": "\xc3"}', 2, 29),  # a line break first of all
    ],
)
def test_a_byte_that_is_no_utf8_is_placed_by_its_line(tmp_path: Path, raw: bytes, line: int, column: int) -> None:
    path = tmp_path / "mine.json"
    path.write_bytes(raw)
    (problem,) = every_problem(path)
    assert (problem.location, problem.message, problem.line, problem.column) == (
        (),
        "not UTF-8 text (byte 0xc3)",
        line,
        column,
    )


def test_a_byte_order_mark_is_no_part_of_the_text(tmp_path: Path) -> None:
    path = tmp_path / "mine.json"
    path.write_bytes(b'\xef\xbb\xbf{"schema_version": 1, "x": 1}')  # the value 1 at column 28 after the mark
    (problem,) = every_problem(path)
    assert (problem.location, problem.line, problem.column) == (("x",), 1, 28)


def test_json_nested_too_deeply_is_refused_without_a_place(tmp_path: Path) -> None:
    path = tmp_path / "mine.json"
    path.write_text("[" * 100_000, encoding="utf-8")
    with pytest.raises(ArmsfactsError) as failed:
        armsfacts.load(path)
    assert failed.value.message == f"{path}: invalid data\n  not valid JSON: nested too deeply"
    assert [(p.location, p.message, p.line) for p in every_problem(path)] == [
        ((), "not valid JSON: nested too deeply", None)
    ]


@pytest.mark.parametrize("text", ["", "  \n\t \n"])
def test_an_empty_file_is_told_so(tmp_path: Path, text: str) -> None:
    path = tmp_path / "mine.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ArmsfactsError) as failed:
        armsfacts.load(path)
    assert failed.value.message == f"{path}: the file is empty"
    assert [(p.file, p.location, p.message) for p in every_problem(path)] == [(str(path), (), "the file is empty")]


def test_a_folder_without_data_files_is_told_so(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    (tmp_path / ".#lock.json").write_text("{}", encoding="utf-8")  # an editor's lock file is no data file
    with pytest.raises(ArmsfactsError) as failed:
        armsfacts.load(tmp_path)
    assert failed.value.message == f"{tmp_path}: the folder holds no .json files"


def test_a_folders_data_files_are_read_in_name_order(tmp_path: Path) -> None:
    for name in ("b.JSON", "a.json"):
        (tmp_path / name).write_text('{"schema_version": 1, "x": 1}', encoding="utf-8")
    assert [Path(p.file).name for p in every_problem(tmp_path)] == ["a.json", "b.JSON"]


def test_a_missing_file_is_told_so(tmp_path: Path) -> None:
    with pytest.raises(ArmsfactsError) as failed:
        armsfacts.load(tmp_path / "gone.json")
    assert failed.value.message == f"{tmp_path / 'gone.json'}: no such file or folder"


def test_a_number_written_with_more_than_sixty_characters_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "mine.json"
    sixty = "1." + "5" * 58  # sixty characters: a long decimal, still a number
    path.write_text('{"schema_version": 1, "x": ' + sixty + "}", encoding="utf-8")
    (problem,) = every_problem(path)
    assert problem.location == ("x",)
    sixty_one = sixty + "5"
    path.write_text('{"schema_version": 1, "x": ' + sixty_one + "}", encoding="utf-8")
    (problem,) = every_problem(path)
    # the number shown cut to its first forty characters
    assert problem.message == f"not valid JSON: the number {sixty_one[:40]} is out of range"


@pytest.mark.parametrize(
    ("value", "specs"),
    [
        ("", ["builtin"]),
        ("a.json", ["a.json"]),
        (f"a.json{os.pathsep}b", ["a.json", "b"]),
        (f"{os.pathsep}a.json{os.pathsep} {os.pathsep}", ["a.json"]),  # empty entries are none
        ("my data.json", ["my data.json"]),  # a space is part of a name
    ],
)
def test_the_environment_names_the_data_files_separated_as_paths_are(
    monkeypatch: pytest.MonkeyPatch, value: str, specs: list[str]
) -> None:
    monkeypatch.setenv("ARMSFACTS_DATA", value)
    assert data_specs() == specs
    assert data_specs(["given.json"]) == ["given.json"]  # --data wins


def test_the_builtin_data_is_found_in_the_package_before_the_checkout(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from armsfacts import data

    package = tmp_path / "checkout" / "armsfacts"
    package.mkdir(parents=True)
    monkeypatch.setattr(data, "__file__", str(package / "data.py"))
    # a source checkout: the top-level data/ folder
    assert data.builtin_path() == tmp_path / "checkout" / "data" / "armsfacts.json"
    # a wheel: the data inside the package wins
    (package / "data").mkdir()
    (package / "data" / "armsfacts.json").write_text("{}", encoding="utf-8")
    assert data.builtin_path() == package / "data" / "armsfacts.json"


def test_a_pipe_is_refused_without_being_opened(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.json"
    os.mkfifo(pipe)  # opening it to read would wait for a writer: it is refused by its type first
    message = f"{pipe}: not a regular file (a device, a pipe or a socket is not read)"
    with pytest.raises(ArmsfactsError) as failed:
        armsfacts.load(pipe)
    assert failed.value.message == message
    assert [(p.file, p.location, p.message) for p in every_problem(pipe)] == [
        (str(pipe), (), message.removeprefix(f"{pipe}: "))
    ]


def test_a_file_over_64_mib_is_refused_and_one_of_64_mib_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as file:  # sparse: no disk is written
        file.truncate(64 * 2**20 + 1)
    with pytest.raises(ArmsfactsError) as failed:
        armsfacts.load(path)
    assert failed.value.message == f"{path}: the file is larger than the 64 MiB armsfacts reads"
    with path.open("r+b") as file:
        file.truncate(64 * 2**20)
    with pytest.raises(ArmsfactsError) as failed:
        armsfacts.load(path)
    assert "larger than" not in failed.value.message  # read, and refused for what it holds
