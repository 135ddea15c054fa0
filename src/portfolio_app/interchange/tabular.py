"""Read an import file into a table of text cells: CSV as offices write it, or Excel .xlsx.

CSV: the encoding is UTF-8 (with or without byte order mark), UTF-16 with a byte order mark
(Excel's "Unicode text"), else Windows-1252, else Latin-1 (which never fails). The delimiter
(``;``, ``,`` or tab) is the one that splits the header and the following records into the
same number of cells, ties broken by :class:`csv.Sniffer`; Excel's ``sep=;`` first line is
honoured. Quoted cells may hold delimiters and line breaks.

Both: cells are trimmed; the header is the first row that is not empty; blank headers are
named ``Column 3`` and repeated ones ``Notes (2)`` (in a workbook, cells right of the header
give unnamed columns; in CSV, where they mostly come from an unquoted delimiter inside a value,
they make the row fail); trailing empty rows are dropped (empty
rows in between are kept, so that row numbers stay right, and skipped by the parser).
A leading apostrophe that the export put before ``= + - @`` to stop spreadsheet formulas is
taken off again.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from portfolio_app.interchange.rows import MAX_FILE_BYTES, ImportFileError
from portfolio_app.interchange.spreadsheet import xlsx_records, xlsx_sheet_names

CSV_SUFFIXES = frozenset({".csv", ".txt", ".tsv", ".tab"})
XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm"})
DELIMITERS = ";,\t"
"""Candidates in order of preference: German Excel writes ``;``."""

_SAMPLE_CHARS = 64 * 1024
_SNIFF_CHARS = 4 * 1024  # csv.Sniffer's patterns are slow on long, odd input
_SAMPLE_RECORDS = 200
_SEP_LINE = re.compile(r"sep=(.)\r?\n?", re.IGNORECASE)
_NEUTRALISED = re.compile("'(?=[ ]*[=+\\-@\t\r\n\0\uff1d\uff0b\uff0d\uff20])")
_SIGNATURES = {b"PK\x03\x04": "a zip archive (.xlsx, .ods …)", b"\xd0\xcf\x11\xe0": "an old .xls"}


@dataclass(frozen=True, slots=True)
class Table:
    """The text cells of a file below its header row.

    Every row has at least as many cells as there are headers; it has more only when the
    extra cells are not empty.
    """

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    source: str
    """``"csv"`` or ``"xlsx"``."""
    first_row: int = 2
    """The row number (as a spreadsheet shows it) of ``rows[0]``; the header is one above."""


def read_table(path: Path, *, sheet: str | None = None) -> Table:
    """Read a CSV or XLSX file; ``sheet`` chooses a worksheet by name (else the first).

    Raises:
        ImportFileError: ``import.file.format`` (not CSV or XLSX), ``import.file.too_large``,
            ``import.file.unreadable``, ``import.file.empty`` or ``import.xlsx.sheet``.
    """
    data = _read_bytes(path)
    if path.suffix.lower() in XLSX_SUFFIXES:
        return table_from_records(xlsx_records(data, sheet), "xlsx")
    for signature, what in _SIGNATURES.items():
        if data.startswith(signature):
            raise ImportFileError("import.file.format", f"{path.name} is {what}, not CSV")
    return table_from_records(_csv_records(_decode(data)), "csv")


def sheet_names(path: Path) -> list[str]:
    """The worksheet names of an XLSX file, for choosing one; ``[]`` for a CSV file.

    Raises:
        ImportFileError: As :func:`read_table`.
    """
    data = _read_bytes(path)
    return xlsx_sheet_names(data) if path.suffix.lower() in XLSX_SUFFIXES else []


def table_from_records(records: Sequence[Sequence[str]], source: str) -> Table:
    """Build a table from raw rows: find the header, clean cells, name columns.

    Raises:
        ImportFileError: ``import.file.empty`` when no row holds anything.
    """
    cleaned = [tuple(_clean(cell) for cell in record) for record in records]
    filled = [index for index, record in enumerate(cleaned) if any(record)]
    if not filled:
        raise ImportFileError("import.file.empty", "the file holds no header and no rows")
    header_index, last_index = filled[0], filled[-1]
    header = cleaned[header_index]
    body = cleaned[header_index + 1 : last_index + 1]
    width = _width(header)
    if source == "xlsx":  # cells right of the header are a column without a name
        width = max([width, *(_width(record) for record in body)])
        header += ("",) * (width - len(header))
    rows = tuple(_fit(record, width) for record in body)
    return Table(_unique(header[:width]), rows, source, first_row=header_index + 2)


def _read_bytes(path: Path) -> bytes:
    suffix = path.suffix.lower()
    if suffix not in CSV_SUFFIXES | XLSX_SUFFIXES:
        raise ImportFileError(
            "import.file.format", f"{path.name}: only CSV and Excel .xlsx files can be imported"
        )
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ImportFileError("import.file.too_large", f"{path.name} is larger than 50 MB")
        with path.open("rb") as stream:
            data = stream.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise ImportFileError("import.file.unreadable", f"{path.name}: {error}") from error
    if len(data) > MAX_FILE_BYTES:  # it grew since stat()
        raise ImportFileError("import.file.too_large", f"{path.name} is larger than 50 MB")
    return data


def _decode(data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace").replace("\x00", "")
    if b"\x00" in data:
        raise ImportFileError("import.file.format", "binary data, not a text file")
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _csv_records(text: str) -> list[list[str]]:
    sep_line = _SEP_LINE.match(text)
    if sep_line is not None:  # Excel's hint; Excel does not show it as a row either
        delimiter, text = sep_line.group(1), text[sep_line.end() :]
    else:
        delimiter = _delimiter(text)
    try:
        return list(_reader(text, delimiter))
    except csv.Error as error:  # e.g. a cell longer than csv.field_size_limit()
        raise ImportFileError("import.file.unreadable", f"not a readable CSV: {error}") from error


def _reader(text: str, delimiter: str) -> Iterator[list[str]]:
    return csv.reader(
        io.StringIO(text, newline=""),
        delimiter=delimiter,
        quotechar='"',
        doublequote=True,
        skipinitialspace=True,
        strict=False,
    )


def _delimiter(text: str) -> str:
    """The candidate that splits the sample most consistently into the most cells."""
    sample = text[:_SAMPLE_CHARS]
    if len(text) > _SAMPLE_CHARS and "\n" in sample:
        sample = sample[: sample.rindex("\n")]
    scores = {candidate: _consistency(sample, candidate) for candidate in DELIMITERS}
    best = max(scores.values())
    if best[0] == 0:  # one column: pick a delimiter that never occurs, so nothing splits
        return min(DELIMITERS, key=sample.count)
    tied = [candidate for candidate in DELIMITERS if scores[candidate] == best]
    if len(tied) > 1:
        sniffer = csv.Sniffer()
        sniffer.preferred = list(DELIMITERS)
        try:
            sniffed = sniffer.sniff(sample[:_SNIFF_CHARS], delimiters=DELIMITERS).delimiter
        except csv.Error:
            sniffed = ""
        if sniffed in tied:
            return sniffed
    return tied[0]


def _consistency(sample: str, delimiter: str) -> tuple[int, float, int]:
    """(splits the header at all, share of records as wide as the header, header width)."""
    try:
        records = [record for record in _reader(sample, delimiter) if record]
    except csv.Error:
        return (0, 0.0, 0)
    records = records[:_SAMPLE_RECORDS]
    if not records or len(records[0]) < 2:
        return (0, 0.0, 0)
    width = len(records[0])
    same = sum(1 for record in records[1:] if len(record) == width)
    share = same / (len(records) - 1) if len(records) > 1 else 1.0
    return (1, share, width)


def _clean(cell: str) -> str:
    text = cell.replace("\r\n", "\n").replace("\r", "\n").strip()
    return text[1:].strip() if _NEUTRALISED.match(text) else text


def _width(record: tuple[str, ...]) -> int:
    return max((index + 1 for index, cell in enumerate(record) if cell), default=0)


def _fit(record: tuple[str, ...], width: int) -> tuple[str, ...]:
    """Pad to ``width`` cells; keep cells beyond it only up to the last one that is filled."""
    if len(record) <= width:
        return record + ("",) * (width - len(record))
    extra = record[width:]
    filled = [index for index, cell in enumerate(extra) if cell]
    return record[:width] + (extra[: filled[-1] + 1] if filled else ())


def _unique(header: tuple[str, ...]) -> tuple[str, ...]:
    names: list[str] = []
    seen: set[str] = set()
    for index, cell in enumerate(header):
        name = cell or f"Column {index + 1}"
        base, count = name, 1
        while name.casefold() in seen:
            count += 1
            name = f"{base} ({count})"
        seen.add(name.casefold())
        names.append(name)
    return tuple(names)
