"""Import files are untrusted: whatever they hold, reading either refuses the file or
yields only valid records — never any other exception."""

from __future__ import annotations

import io
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from portfolio_app.interchange.columns import FIELDS
from portfolio_app.interchange.parsing import parse_rows
from portfolio_app.interchange.rows import ImportFileError, ImportKind, ParseResult
from portfolio_app.interchange.tabular import Table, read_table

ZONE = timezone(timedelta(hours=1))
FUZZ = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

HEADERS = sorted({header for specs in FIELDS.values() for spec in specs for header in spec.headers})
TYPICAL = [
    "31.12.2026",
    "2026-12-31",
    "31.12.26",
    "29.02.2027",
    "12/31/2026",
    "31.12.9999",
    "2026-12-31T14:30:00+01:00",
    "1.234,50 €",
    "1,234.50",
    "-5",
    "1e9",
    "9" * 40,
    "0,125",
    "3 Monate zum Quartalsende",
    "6 Wochen",
    "0 Tage",
    "99999 Jahre",
    "ja",
    "x",
    "Aktiv",
    "Leasing",
    "monatlich",
    "Telefonat",
    "EUR",
    "Taler",
    "a@b.de",
    "@@",
    "=SUM(A1)",
    "'+49 30",
    "14:30",
    "25:99",
    "120, 60, 0",
    "offen",
    "",
    " ",
    "-",
]
cell = st.one_of(st.sampled_from(TYPICAL), st.text(max_size=30))
moments = st.datetimes(min_value=datetime(1900, 3, 1), max_value=datetime(2200, 1, 1))
csv_alphabet = st.sampled_from(list(";,\t\"\r\n .-:/€äöüß'=") + list("aAzZ09") + TYPICAL[:8])


def _check(result: ParseResult, table: Table) -> None:
    last = table.first_row + len(table.rows) - 1
    parsed = {row.row for row in result.rows}
    failed = {error.row for error in result.errors}
    assert not parsed & failed
    assert all(table.first_row <= number <= last for number in parsed)
    assert all(table.first_row - 1 <= number <= last for number in failed)
    for row in result.rows:
        assert row.record.validated() == row.record


def _read_and_parse(path: Path) -> None:
    try:
        table = read_table(path)
    except ImportFileError as error:
        refused = error.code
    else:
        refused = ""
        for kind in ImportKind:
            _check(parse_rows(kind, table, zone=ZONE), table)
    assert refused == "" or refused.startswith("import.")


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@FUZZ
@given(data=st.binary(max_size=2000))
def test_random_bytes_never_break_the_reader(folder: Path, data: bytes) -> None:
    path = folder / "random.csv"
    path.write_bytes(data)

    _read_and_parse(path)


@FUZZ
@given(
    text=st.lists(csv_alphabet, max_size=300).map("".join),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]),
    header=st.lists(st.sampled_from(HEADERS), min_size=1, max_size=6),
    delimiter=st.sampled_from([";", ",", "\t"]),
)
def test_random_csv_text_never_breaks_the_reader(
    folder: Path, text: str, encoding: str, header: list[str], delimiter: str
) -> None:
    path = folder / "random.csv"
    path.write_bytes((delimiter.join(header) + "\r\n" + text).encode(encoding, errors="ignore"))

    _read_and_parse(path)


@FUZZ
@given(
    kind=st.sampled_from(list(ImportKind)),
    headers=st.lists(st.sampled_from(HEADERS), min_size=1, max_size=8, unique=True),
    rows=st.lists(st.lists(cell, max_size=9), max_size=6),
    source=st.sampled_from(["csv", "xlsx"]),
)
def test_random_cells_give_errors_or_valid_records(
    kind: ImportKind, headers: list[str], rows: list[list[str]], source: str
) -> None:
    width = len(headers)
    table = Table(
        tuple(headers),
        tuple(tuple(row[:width]) + ("",) * (width - len(row)) for row in rows),
        source,
    )

    _check(parse_rows(kind, table, zone=ZONE), table)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    headers=st.lists(st.sampled_from(HEADERS), min_size=1, max_size=5),
    rows=st.lists(
        st.lists(st.one_of(cell, st.integers(), st.floats(allow_nan=False), moments), max_size=5),
        max_size=4,
    ),
)
def test_random_workbooks_give_errors_or_valid_records(
    folder: Path, headers: list[str], rows: list[list[object]]
) -> None:
    workbook = Workbook()
    sheet_rows: list[list[object]] = [list(headers), *rows]
    for row in sheet_rows:
        workbook.active.append(
            [
                ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value
                for value in row
            ]
        )
    path = folder / "random.xlsx"
    buffer = io.BytesIO()
    workbook.save(buffer)
    path.write_bytes(buffer.getvalue())

    _read_and_parse(path)


@FUZZ
@given(data=st.binary(max_size=500))
def test_random_bytes_named_xlsx_are_refused_calmly(folder: Path, data: bytes) -> None:
    path = folder / "random.xlsx"
    path.write_bytes(b"PK\x03\x04" + data)

    _read_and_parse(path)


def test_huge_odd_cells_and_headers_are_refused_quickly() -> None:
    odd = "1" + " " * 100_000 + "x"
    headers = ("Titel", "Betrag", "Beginn", "Kündigungsfrist", "(" * 100_000, "a" + odd)
    table = Table(headers, (("A", odd, odd, odd, odd, odd),), "csv")
    started = time.perf_counter()

    result = parse_rows(ImportKind.AGREEMENTS, table)

    assert time.perf_counter() - started < 2.0  # quadratic patterns would take minutes
    assert [error.code for error in result.errors] == [
        "import.number.invalid",
        "import.date.invalid",
        "import.notice.invalid",
    ]
    assert all(len(error.detail) < 400 for error in result.errors)
