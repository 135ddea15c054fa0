"""Importing records from files: row problems, match modes, and the rules for merging.

The file formats live in ``interchange``; what is decided here is independent of them:
which stored record an imported one matches, what an update takes from the import, and
what name a duplicate partner gets.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from portfolio_app.domain.agreement import Agreement
from portfolio_app.domain.contact import ContactPerson
from portfolio_app.domain.ids import AgreementId, ContactId, ItemRef, NoteId, PartnerId
from portfolio_app.domain.note import CommunicationNote
from portfolio_app.domain.partner import Partner, clean_tags, name_key

ImportRecord = Partner | ContactPerson | Agreement | CommunicationNote
"""The records a file can bring in."""

R = TypeVar("R", bound=ImportRecord)

KEPT_FIELDS = frozenset(
    {"id", "partner_id", "created_at", "updated_at", "name", "title", "email", "contract_number"}
)
"""Fields an update never takes from the import: bookkeeping, and the fields a record was
matched by, which can differ only in case and spacing (the stored spelling stays)."""

PARTNER_UNKNOWN = "import.partner.unknown"
"""Row error code: the row's partner (or the one given for all rows) does not exist."""

PARTNER_MISSING = "import.partner.missing"
"""Row error code: the row names no partner and none was given for all rows."""


class ImportKind(enum.StrEnum):
    """What a file holds."""

    PARTNERS = "partners"
    CONTACTS = "contacts"
    AGREEMENTS = "agreements"
    NOTES = "notes"


class MatchMode(enum.StrEnum):
    """What to do with an imported record that matches a stored one."""

    SKIP = "skip"
    UPDATE = "update"
    DUPLICATE = "duplicate"


@dataclass(frozen=True, slots=True)
class RowError:
    """A row that could not be imported.

    ``row`` is the 1-based row number as the user sees it in the file (the header is row
    1), ``column`` the file's column header ("" for whole-row problems), ``code`` a stable
    code for the UI, ``detail`` English text for logs and the command line.
    """

    row: int
    column: str
    code: str
    detail: str


@dataclass(frozen=True, slots=True)
class ImportRow:
    """One parsed row: its record (``partner_id`` unresolved) and the partner it names."""

    row: int
    record: ImportRecord
    partner_name: str | None = None


@dataclass(frozen=True, slots=True)
class ImportBatch:
    """Parsed rows of one file, ready to apply (the shape of ``interchange``'s result)."""

    kind: ImportKind
    rows: tuple[ImportRow, ...]
    errors: tuple[RowError, ...] = ()
    mapping: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ImportUndo:
    """What undoing an import needs.

    ``created`` are the records it created, ``previous`` the stored versions of the
    records it changed, as they were before the import.
    """

    created: tuple[ItemRef, ...]
    previous: tuple[ImportRecord, ...]


def merge_imported(stored: R, imported: R) -> R:
    """``stored`` with every field that the import fills in.

    A field counts as filled in when its imported value differs from the field's default
    (an empty text, no date, the default status…), so an import never blanks a field or
    resets it to its default. Tags are merged; :data:`KEPT_FIELDS` are never taken.
    The result is not validated.
    """
    changes: dict[str, Any] = {}
    for each in dataclasses.fields(imported):
        if each.name in KEPT_FIELDS:
            continue
        value = getattr(imported, each.name)
        if value == _default(each):
            continue
        if each.name == "tags":
            value = clean_tags(tuple(getattr(stored, "tags", ())) + tuple(value))
        changes[each.name] = value
    return dataclasses.replace(stored, **changes)


def duplicate_name(name: str, taken: Callable[[str], bool]) -> str:
    """Return ``name`` if it is free, else the first free ``"<name> (2)"``, ``"(3)"``…."""
    if not taken(name):
        return name
    number = 2
    while taken(f"{name} ({number})"):
        number += 1
    return f"{name} ({number})"


def match_key(record: ImportRecord) -> Hashable:
    """What an imported record shares with the stored records it may match.

    Partners: the name (case and spacing ignored); contacts of a partner: name and e-mail;
    agreements of a partner: the title (see :func:`same_contract`); notes of a partner:
    subject and moment.
    """
    if isinstance(record, Partner):
        return name_key(record.name)
    if isinstance(record, ContactPerson):
        return record.partner_id, name_key(record.name), record.email.casefold()
    if isinstance(record, Agreement):
        return record.partner_id, name_key(record.title)
    return record.partner_id, name_key(record.subject), record.when


def same_contract(stored: Agreement, imported: Agreement) -> bool:
    """An imported contract number must match the stored one; without one, any does."""
    number = imported.contract_number.casefold()
    return not number or stored.contract_number.casefold() == number


def with_id(record: ImportRecord, record_id: int) -> ImportRecord:
    """The record as stored under ``record_id``."""
    if isinstance(record, Partner):
        return dataclasses.replace(record, id=PartnerId(record_id))
    if isinstance(record, ContactPerson):
        return dataclasses.replace(record, id=ContactId(record_id))
    if isinstance(record, Agreement):
        return dataclasses.replace(record, id=AgreementId(record_id))
    return dataclasses.replace(record, id=NoteId(record_id))


def _default(each: dataclasses.Field[Any]) -> object:
    if each.default is not dataclasses.MISSING:
        return each.default
    if each.default_factory is not dataclasses.MISSING:
        return each.default_factory()
    return dataclasses.MISSING
