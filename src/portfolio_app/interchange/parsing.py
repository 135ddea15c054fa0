"""Turn a table's rows into validated records, and every problem into a :class:`RowError`.

A row is all or nothing: with any error it is reported and left out. Its errors are those of
every cell, in column order, or — when the cells are fine — the first rule of the record's
own validation that fails (its code passed through). Fully empty rows are skipped.
Children get ``partner_id = PartnerId(0)`` and the partner's name from their "Partner" column;
which partner that is, is for the import service to resolve.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import tzinfo

from portfolio_app.domain.errors import ValidationError
from portfolio_app.interchange.amounts import decimal_comma_in, is_plain_number
from portfolio_app.interchange.columns import FIELDS, field_spec, guess_mapping
from portfolio_app.interchange.records import BUILDERS, COMPOSED_OF, Cells
from portfolio_app.interchange.rows import (
    ImportKind,
    ImportRecord,
    ParsedRow,
    ParseResult,
    RowError,
)
from portfolio_app.interchange.tabular import Table
from portfolio_app.interchange.wording import quoted

logger = logging.getLogger(__name__)

REQUIRED = "import.required.missing"
DECIMAL_FIELDS = frozenset({"value"})
MAX_DETAIL_CHARS = 300


def parse_rows(
    kind: ImportKind,
    table: Table,
    mapping: Mapping[str, str] | None = None,
    *,
    zone: tzinfo | None = None,
) -> ParseResult:
    """Build one validated record per row of ``table``.

    Args:
        kind: What the rows hold.
        table: From :func:`~portfolio_app.interchange.tabular.read_table`.
        mapping: File column -> field name (see ``columns.FIELDS``); ``None``: guessed.
            A column mapped to ``""`` is ignored. Unknown columns or fields and a field
            mapped twice are reported as errors in the header row and otherwise ignored.
        zone: Time zone of note times without an offset; ``None``: this computer's zone.

    Returns:
        The records, the errors, and the mapping actually used. When a required field has
        no column at all, the only errors are those of the header row and no row is parsed.
    """
    header_row = table.first_row - 1
    wanted = guess_mapping(kind, table.headers) if mapping is None else dict(mapping)
    used, errors = _checked_mapping(kind, table.headers, wanted, header_row)
    missing = _missing_fields(kind, set(used.values()))
    if missing:
        errors += [
            RowError(header_row, "", REQUIRED, f"no column for the required field {name!r}")
            for name in missing
        ]
        return ParseResult(kind, (), tuple(errors), used)
    parser = _RowParser(kind, table, used, zone)
    rows: list[ParsedRow] = []
    for offset, cells in enumerate(table.rows):
        if not any(cell.strip() for cell in cells):
            continue
        parsed = parser.parse(table.first_row + offset, cells)
        if isinstance(parsed, ParsedRow):
            rows.append(parsed)
        else:
            errors += parsed
    logger.info("Parsed %d %s rows, %d errors", len(rows), kind, len(errors))
    return ParseResult(kind, tuple(rows), tuple(errors), used)


def _checked_mapping(
    kind: ImportKind, headers: tuple[str, ...], wanted: Mapping[str, str], header_row: int
) -> tuple[dict[str, str], list[RowError]]:
    used: dict[str, str] = {}
    errors: list[RowError] = []
    for header, field in wanted.items():
        if not field:
            continue
        if header not in headers:
            errors.append(RowError(header_row, header, "import.mapping.column", "no such column"))
        elif field_spec(kind, field) is None:
            detail = f"{field!r} is not a field of {kind}"
            errors.append(RowError(header_row, header, "import.mapping.field", detail))
        elif field in used.values():
            detail = f"{field!r} is already taken by another column"
            errors.append(RowError(header_row, header, "import.mapping.duplicate", detail))
        else:
            used[header] = field
    order = {header: index for index, header in enumerate(headers)}
    return dict(sorted(used.items(), key=lambda item: order[item[0]])), errors


def _missing_fields(kind: ImportKind, fields: set[str]) -> list[str]:
    return [
        spec.name
        for spec in FIELDS[kind]
        if spec.required and not fields & {spec.name, *COMPOSED_OF.get((kind, spec.name), ())}
    ]


class _RowParser:
    """Parses the rows of one table with one mapping."""

    def __init__(
        self, kind: ImportKind, table: Table, mapping: dict[str, str], zone: tzinfo | None
    ) -> None:
        self._kind = kind
        self._width = len(table.headers)
        self._columns = {field: table.headers.index(header) for header, field in mapping.items()}
        self._headers = {field: header for header, field in mapping.items()}
        self._order = {header: index for index, header in enumerate(table.headers)}
        self._zone = zone
        self._decimal_comma = {
            field: decimal_comma_in(
                cell
                for cell in (_cell(row, index) for row in table.rows)
                if not (table.source == "xlsx" and is_plain_number(cell))
            )
            for field, index in self._columns.items()
            if field in DECIMAL_FIELDS
        }
        self._plain_numbers = table.source == "xlsx"

    def parse(self, row: int, cells: tuple[str, ...]) -> ParsedRow | list[RowError]:
        """The row as a record, or its errors."""
        values = {field: _cell(cells, index) for field, index in self._columns.items()}
        decimal_comma = {
            field: False if self._plain_numbers and is_plain_number(values[field]) else style
            for field, style in self._decimal_comma.items()
        }
        found = Cells(values, decimal_comma, self._zone)
        if len(cells) > self._width:
            found.problem("", "import.row.too_many_cells", self._too_many(cells))
        self._check_required(found)
        record = BUILDERS[self._kind](found)
        if record is not None and not found.problems:
            record = _validated(record, found)
        if record is None or found.problems:
            errors = [
                RowError(row, self._column(field), code, _short(detail))
                for field, code, detail in found.problems
            ]
            return sorted(errors, key=lambda error: self._order.get(error.column, -1))
        partner = found.line("partner") if self._kind is not ImportKind.PARTNERS else ""
        return ParsedRow(row, record, partner or None)

    def _check_required(self, found: Cells) -> None:
        for spec in FIELDS[self._kind]:
            parts = (spec.name, *COMPOSED_OF.get((self._kind, spec.name), ()))
            if spec.required and not any(found.line(part) for part in parts):
                column = self._column(spec.name) or spec.name
                found.problem(spec.name, REQUIRED, f"{quoted(column)} is empty")

    def _column(self, field: str) -> str:
        """The header of the column behind ``field`` (or a column it is composed of)."""
        for part in (field, *COMPOSED_OF.get((self._kind, field), ())):
            if part in self._headers:
                return self._headers[part]
        return ""

    def _too_many(self, cells: tuple[str, ...]) -> str:
        return (
            f"{len(cells)} cells but {self._width} columns: is the delimiter used inside"
            " a value without quotes?"
        )


def _short(detail: str) -> str:
    """Details quote cells; one of a huge cell (e.g. a domain rule's) is cut to size."""
    return detail if len(detail) <= MAX_DETAIL_CHARS else detail[: MAX_DETAIL_CHARS - 1] + "…"


def _cell(cells: tuple[str, ...], index: int) -> str:
    return cells[index] if index < len(cells) else ""  # a Table built by hand may be ragged


def _validated(record: ImportRecord, found: Cells) -> ImportRecord | None:
    try:
        return record.validated()
    except ValidationError as error:
        found.problem(error.field or "", error.code, error.detail or error.code)
        return None
