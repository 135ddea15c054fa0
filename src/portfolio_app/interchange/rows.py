"""What an import file turns into: parsed records, and the rows that could not be used.

Row numbers are the ones a spreadsheet program shows: the header is row 1 (or the row it
really stands on in a sheet whose first rows are empty) and a CSV record counts as one row even
when a quoted cell spans several lines, so a text editor's line numbers can differ.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from portfolio_app.domain.agreement import Agreement
from portfolio_app.domain.contact import ContactPerson
from portfolio_app.domain.errors import PortfolioError
from portfolio_app.domain.note import CommunicationNote
from portfolio_app.domain.partner import Partner

MAX_FILE_BYTES = 50 * 1024 * 1024
"""Files larger than this are refused (``import.file.too_large``)."""


class ImportKind(enum.StrEnum):
    """What a file holds, one record per row."""

    PARTNERS = "partners"
    CONTACTS = "contacts"
    AGREEMENTS = "agreements"
    NOTES = "notes"


class ImportFileError(PortfolioError):
    """The file as a whole cannot be read.

    Codes: ``import.file.unreadable``, ``import.file.empty``, ``import.file.format``,
    ``import.file.too_large`` and ``import.xlsx.sheet``.
    """


@dataclass(frozen=True, slots=True)
class RowError:
    """Why one row (or, with ``row`` 1, the header or the mapping) cannot be imported."""

    row: int
    """1-based row number as the user sees it in the file; the header is row 1."""
    column: str
    """The file's column header; ``""`` for a problem of the whole row."""
    code: str
    """Stable code: ``import.date.invalid``, or a domain code like ``contact.email.invalid``."""
    detail: str
    """English detail for logs and the command line."""


ImportRecord = Partner | ContactPerson | Agreement | CommunicationNote


@dataclass(frozen=True, slots=True)
class ParsedRow:
    """One row turned into a validated record."""

    row: int
    record: ImportRecord
    """Children carry ``partner_id = PartnerId(0)`` until the service resolves the partner."""
    partner_name: str | None
    """The partner named in the row (contacts, agreements, notes); ``None``: use ``--partner``."""


@dataclass(frozen=True, slots=True)
class ParseResult:
    """Everything usable in a file, and every row that is not."""

    kind: ImportKind
    rows: tuple[ParsedRow, ...]
    errors: tuple[RowError, ...]
    """Rows with errors are not in ``rows``; errors in row 1 concern the header or mapping."""
    mapping: dict[str, str]
    """File column -> field name used."""
