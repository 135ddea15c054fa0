"""Hand a parsed file to the import service.

``ImportService.apply`` takes a :class:`~portfolio_app.interchange.rows.ParseResult` as it
is: the service, one layer down, cannot import it and is typed against a protocol that it
fits. :func:`as_parsed_import` is where mypy checks that fit; :func:`to_batch` turns a
result into the domain's plain :class:`~portfolio_app.domain.imports.ImportBatch`.
"""

from __future__ import annotations

from portfolio_app.domain.imports import ImportBatch, ImportKind, ImportRow, RowError
from portfolio_app.interchange.rows import ParseResult
from portfolio_app.services.imports import ParsedImport


def as_parsed_import(result: ParseResult) -> ParsedImport:
    """The parse result, as the import service takes it."""
    return result


def to_batch(result: ParseResult) -> ImportBatch:
    """The parse result as domain types (same rows, errors and mapping)."""
    return ImportBatch(
        kind=ImportKind(result.kind.value),
        rows=tuple(ImportRow(row.row, row.record, row.partner_name) for row in result.rows),
        errors=tuple(RowError(e.row, e.column, e.code, e.detail) for e in result.errors),
        mapping=dict(result.mapping),
    )
