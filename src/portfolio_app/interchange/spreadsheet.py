"""Excel workbooks (.xlsx) as lists of text rows, read as untrusted input.

Cells are read with ``data_only=True``: a formula cell gives the value Excel last computed
and saved (nothing is evaluated here); a formula never computed by Excel reads as empty.
External links are not loaded (``keep_links=False``). openpyxl parses XML through
``defusedxml`` (a dependency of the application). The unpacked size of the archive is
checked before anything is parsed, so a small file cannot expand into gigabytes.
"""

from __future__ import annotations

import io
import logging
import warnings
import zipfile
from collections.abc import Iterator
from datetime import date, datetime, time
from decimal import Decimal
from typing import TYPE_CHECKING

from portfolio_app.interchange.rows import ImportFileError

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

logger = logging.getLogger(__name__)

MAX_UNPACKED_BYTES = 200 * 1024 * 1024
"""Workbooks whose parts unpack to more than this are refused (``import.file.too_large``)."""
MAX_CELLS = 2_000_000
"""Sheets spanning more cells (rows times columns, up to the last used cell) are refused."""


def xlsx_sheet_names(data: bytes) -> list[str]:
    """The names of the workbook's worksheets, in order (chart sheets left out).

    Raises:
        ImportFileError: ``import.file.unreadable`` or ``import.file.too_large``.
    """
    workbook = _load(data)
    try:
        return [sheet.title for sheet in workbook.worksheets]
    finally:
        workbook.close()


def xlsx_records(data: bytes, sheet: str | None) -> list[list[str]]:
    """The cells of the first worksheet (or the one named ``sheet``) as text, row by row.

    Raises:
        ImportFileError: ``import.file.unreadable``, ``import.file.too_large``,
            ``import.file.empty`` (no worksheet) or ``import.xlsx.sheet`` (no such sheet).
    """
    workbook = _load(data)
    try:
        worksheet = _worksheet(workbook, sheet)
        try:
            return [[cell_text(value) for value in row] for row in _values(worksheet)]
        except ImportFileError:
            raise
        except Exception as error:  # a damaged sheet can fail in many ways while cells load
            logger.info("Cannot read the sheet's cells", exc_info=True)
            raise ImportFileError("import.file.unreadable", f"damaged sheet: {error}") from error
    finally:
        workbook.close()


def cell_text(value: object) -> str:
    """A cell's value as the text a user would type for it.

    Dates become ISO (``2026-12-31``, with `` 14:30:00`` when there is a time), numbers
    plain decimals without float artefacts (``1234.5``, ``0.1``, ``12``), booleans
    ``true``/``false``.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.replace(microsecond=0).isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, float | Decimal):
        return _number_text(Decimal(str(value)))
    return str(value)  # text, whole numbers, durations, error values such as "#DIV/0!"


def _number_text(number: Decimal) -> str:
    if not number.is_finite():
        return str(number)
    text = format(number.normalize(), "f")
    return "0" if text in {"-0", "0"} else text


def _load(data: bytes) -> Workbook:
    _check_archive(data)
    with warnings.catch_warnings():
        # openpyxl warns about unsupported extensions, odd styles and the like; they do
        # not matter for the values, and the warnings would end up in the user's log.
        warnings.simplefilter("ignore")
        import openpyxl  # loads in a tenth of a second: only when a workbook is read

        try:
            return openpyxl.load_workbook(
                io.BytesIO(data), read_only=False, data_only=True, keep_links=False
            )
        except Exception as error:  # openpyxl raises many kinds of errors on a broken file
            logger.info("Cannot open the workbook", exc_info=True)
            raise ImportFileError("import.file.unreadable", f"not a workbook: {error}") from error


def _check_archive(data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError) as error:
        raise ImportFileError("import.file.unreadable", f"not a workbook: {error}") from error
    if unpacked > MAX_UNPACKED_BYTES:
        raise ImportFileError(
            "import.file.too_large", f"unpacks to {unpacked} bytes (> {MAX_UNPACKED_BYTES})"
        )


def _worksheet(workbook: Workbook, sheet: str | None) -> Worksheet:
    from openpyxl.worksheet.worksheet import Worksheet  # already loaded with the workbook

    sheets = workbook.worksheets
    if sheet is None:
        if not sheets:
            raise ImportFileError("import.file.empty", "the workbook has no worksheet")
        first = sheets[0]
        assert isinstance(first, Worksheet)  # read_only=False gives ordinary worksheets
        return first
    key = sheet.strip().casefold()
    exact = [candidate for candidate in sheets if candidate.title == sheet]
    loose = [candidate for candidate in sheets if candidate.title.strip().casefold() == key]
    matches = exact + loose  # the exact name first, then ignoring case and spaces
    if matches:
        assert isinstance(matches[0], Worksheet)  # read_only=False gives ordinary worksheets
        return matches[0]
    names = ", ".join(repr(candidate.title) for candidate in sheets)
    raise ImportFileError("import.xlsx.sheet", f"no sheet {sheet!r}; the workbook has {names}")


def _values(worksheet: Worksheet) -> Iterator[tuple[object, ...]]:
    # Iterating creates every cell of the rectangle up to the last used one, so one value
    # in the far corner of an otherwise empty sheet would cost gigabytes: refuse that.
    span = worksheet.max_row * worksheet.max_column
    if span > MAX_CELLS:
        raise ImportFileError("import.file.too_large", f"the sheet spans {span} cells")
    # min_row/min_col make the row numbers those Excel shows, even above the first data.
    yield from worksheet.iter_rows(min_row=1, min_col=1, values_only=True)
