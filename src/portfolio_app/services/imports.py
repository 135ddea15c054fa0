"""Applying an import: every accepted row lands in one transaction, undone in one step.

The parsed rows come from ``interchange`` (which sits above this layer), so the service
takes anything shaped like its ``ParseResult`` (:class:`ParsedImport`); the domain's
:class:`~portfolio_app.domain.imports.ImportBatch` is one such shape.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from portfolio_app.domain.agreement import Agreement
from portfolio_app.domain.audit import (
    AuditAction,
    AuditEntry,
    created_entry,
    entry_for,
    item_ref,
    partner_of,
    updated_entry,
)
from portfolio_app.domain.errors import NotFoundError, ValidationError
from portfolio_app.domain.ids import ItemKind, ItemRef, PartnerId
from portfolio_app.domain.imports import (
    PARTNER_MISSING,
    PARTNER_UNKNOWN,
    ImportKind,
    ImportRecord,
    ImportUndo,
    MatchMode,
    RowError,
    duplicate_name,
    match_key,
    merge_imported,
    same_contract,
    with_id,
)
from portfolio_app.domain.partner import Partner, name_key
from portfolio_app.services.changes import Changes
from portfolio_app.services.clock import Clock, system_clock
from portfolio_app.services.ports import (
    AuditRepository,
    BulkAuditRepository,
    BulkRepository,
    ChildRepository,
    UnitOfWork,
    UnitOfWorkFactory,
)

logger = logging.getLogger(__name__)

CHUNK_ROWS = 200
"""Rows handled between two database rounds and two calls of ``progress``."""

PARTNER_FIELDS = ("partner_name", "partner")
"""Field names under which a file's partner column may be mapped."""

_ITEM_KINDS = {
    ImportKind.PARTNERS: ItemKind.PARTNER,
    ImportKind.CONTACTS: ItemKind.CONTACT,
    ImportKind.AGREEMENTS: ItemKind.AGREEMENT,
    ImportKind.NOTES: ItemKind.NOTE,
}


class ParsedRow(Protocol):
    """One parsed row (``interchange.rows.ParsedRow`` fits)."""

    @property
    def row(self) -> int:
        """Row number in the file (header = 1)."""
        ...

    @property
    def record(self) -> ImportRecord:
        """The record, ``partner_id`` not yet resolved."""
        ...

    @property
    def partner_name(self) -> str | None:
        """The partner the row names; ``None`` to use the one given for all rows."""
        ...


class RowProblem(Protocol):
    """A parse error (``interchange.rows.RowError`` fits)."""

    @property
    def row(self) -> int:
        """Row number in the file."""
        ...

    @property
    def column(self) -> str:
        """Column header, "" for the whole row."""
        ...

    @property
    def code(self) -> str:
        """Stable code."""
        ...

    @property
    def detail(self) -> str:
        """English detail."""
        ...


class ParsedImport(Protocol):
    """A parsed file (``interchange.rows.ParseResult`` fits)."""

    @property
    def kind(self) -> str:
        """An :class:`ImportKind` value."""
        ...

    @property
    def rows(self) -> Sequence[ParsedRow]:
        """Rows that parsed."""
        ...

    @property
    def errors(self) -> Sequence[RowProblem]:
        """Rows that did not."""
        ...

    @property
    def mapping(self) -> Mapping[str, str]:
        """File column -> field name."""
        ...


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import did (or, for a dry run, would do).

    ``failed`` counts rows with at least one error; ``errors`` holds parse errors and rows
    refused here, ordered by row. A cancelled import wrote nothing and reports nothing
    but ``cancelled``. A dry run reports the same counts and errors as the real import,
    but no ``changes`` and no ``undo``.
    """

    created: int
    updated: int
    skipped: int
    failed: int
    errors: tuple[RowError, ...]
    changes: Changes
    undo: ImportUndo | None
    cancelled: bool = False


class ImportService:
    """Apply parsed files to the stored records and undo what an import did."""

    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock = system_clock) -> None:
        self._uow_factory = uow_factory
        self._clock = clock

    def apply(
        self,
        parsed: ParsedImport,
        *,
        match: MatchMode = MatchMode.SKIP,
        partner: str | None = None,
        dry_run: bool = False,
        progress: Callable[[int, int], bool] | None = None,
    ) -> ImportReport:
        """Import the parsed rows in one transaction.

        Partners match live partners by name (ignoring case and spacing); contacts match
        a contact of their partner by name and e-mail, agreements by title (and contract
        number, when the row has one); notes are always created, except that under
        ``SKIP`` a note with the same subject and moment as one of its partner's is
        skipped. A match is skipped, updated with the row's filled-in fields (see
        :func:`~portfolio_app.domain.imports.merge_imported`), or — for ``DUPLICATE`` —
        created again, a partner under the first free name ``"<name> (2)"``, ``"(3)"``….
        An update that changes nothing counts as skipped. Contacts, agreements and notes
        belong to the partner their row names, else to ``partner``.

        Rows that break a rule or name an unknown partner fail and the others go on.
        ``progress(done, total)`` is called after every :data:`CHUNK_ROWS` rows; when it
        returns ``False`` (anything else goes on), everything is rolled back and the
        report says ``cancelled``. A dry run does all the work, then rolls it back.

        Raises:
            Exception: Anything unexpected (a storage error, a bug); nothing was written.
        """
        kind = ImportKind(parsed.kind)
        rows = parsed.rows
        total = len(rows)
        with self._uow_factory() as uow:
            run = _ImportRun(uow, kind, match, self._clock(), partner, parsed.mapping)
            for start in range(0, total, CHUNK_ROWS):
                for row in rows[start : start + CHUNK_ROWS]:
                    run.apply_row(row)
                run.write()
                done = min(start + CHUNK_ROWS, total)
                if progress is not None and progress(done, total) is False:
                    logger.info("import of %s cancelled after %d of %d rows", kind, done, total)
                    return _CANCELLED
            if not dry_run:
                uow.commit()
        report = run.report(parsed.errors, dry_run=dry_run)
        logger.info(
            "import of %s%s: %d created, %d updated, %d skipped, %d failed",
            kind,
            " (dry run)" if dry_run else "",
            report.created,
            report.updated,
            report.skipped,
            report.failed,
        )
        return report

    def undo(self, undo: ImportUndo) -> Changes:
        """Take back an import in one transaction.

        Records it created are deleted for good, not moved to the trash: for the user
        they never existed. Their partner's history gets a "deleted" entry, unless the
        partner goes too (its history goes with it). Records it updated get their
        previous fields back, with an "updated" audit entry. Records deleted since are
        left alone (one in the trash stays there).
        """
        with self._uow_factory() as uow:
            now = self._clock()
            restored = _restore(uow, undo.previous, now)
            removed = _remove(uow, undo.created, now)
            uow.commit()
        touched = restored + removed
        return Changes(
            items=frozenset(item_ref(record) for record in touched),
            partners=frozenset(partner_of(record) for record in touched),
        )


_CANCELLED = ImportReport(0, 0, 0, 0, (), Changes(), None, cancelled=True)


@dataclass(eq=False)
class _Slot:
    """A record the import may match: stored, or created by this import."""

    record: ImportRecord
    created: bool
    before: ImportRecord | None = None
    """The stored version before the import (``None`` for created records)."""
    written: ImportRecord | None = None
    """The version now in the database (``None`` until a created record is added)."""
    changed: bool = False


class _ImportRun:
    """The state of one import inside its unit of work."""

    def __init__(
        self,
        uow: UnitOfWork,
        kind: ImportKind,
        match: MatchMode,
        now: datetime,
        partner: str | None,
        mapping: Mapping[str, str],
    ) -> None:
        self._uow = uow
        self._kind = kind
        self._match = match
        self._now = now
        self._partner = partner
        self._columns = {field: column for column, field in mapping.items()}
        self._repository = _repository(uow, _ITEM_KINDS[kind])
        self._index: dict[Hashable, list[_Slot]] = {}
        self._loaded: set[PartnerId] = set()
        self._partner_ids: dict[str, PartnerId | None] = {}
        self._new: list[_Slot] = []
        self._dirty: list[_Slot] = []
        self._touched: list[_Slot] = []
        self._errors: list[RowError] = []
        self._counts = {"updated": 0, "skipped": 0}
        if kind is ImportKind.PARTNERS:
            for stored in uow.partners.list_all():
                self._remember(_Slot(stored, created=False, before=stored, written=stored))

    def apply_row(self, row: ParsedRow) -> None:
        """Match, then create, update or skip the row's record; or note why it failed."""
        try:
            self._place(self._prepare(row))
        except ValidationError as error:
            column = self._columns.get(error.field or "", "")
            if error.code in (PARTNER_MISSING, PARTNER_UNKNOWN) and row.partner_name:
                column = next((self._columns[f] for f in PARTNER_FIELDS if f in self._columns), "")
            self._errors.append(RowError(row.row, column, error.code, error.detail or error.code))

    def write(self) -> None:
        """Store what the rows so far created and changed, with their audit entries."""
        entries: list[AuditEntry] = []
        if self._new:
            ids = _add_all(self._repository, [slot.record for slot in self._new])
            for slot, new_id in zip(self._new, ids, strict=True):
                slot.record = slot.written = with_id(slot.record, new_id)
                entries.append(created_entry(slot.record, self._now))
            self._new.clear()
        if self._dirty:
            _update_all(self._repository, [slot.record for slot in self._dirty])
            for slot in self._dirty:
                assert slot.written is not None
                entry = updated_entry(slot.written, slot.record, self._now)
                if entry is not None:
                    entries.append(entry)
                slot.written = slot.record
            self._dirty.clear()
        _add_entries(self._uow.audit, entries)

    def report(self, parse_errors: Sequence[RowProblem], *, dry_run: bool) -> ImportReport:
        """The report of the finished import (after :meth:`write`)."""
        errors = [RowError(e.row, e.column, e.code, e.detail) for e in parse_errors]
        errors = sorted(errors + self._errors, key=lambda error: error.row)
        created = [slot for slot in self._touched if slot.created]
        undo = ImportUndo(
            created=tuple(item_ref(slot.record) for slot in created),
            previous=tuple(s.before for s in self._touched if s.before is not None),
        )
        changes = Changes(
            items=frozenset(item_ref(slot.record) for slot in self._touched),
            partners=frozenset(partner_of(slot.record) for slot in self._touched),
        )
        return ImportReport(
            created=len(created),
            updated=self._counts["updated"],
            skipped=self._counts["skipped"],
            failed=len({error.row for error in errors}),
            errors=tuple(errors),
            changes=Changes() if dry_run else changes,
            undo=None if dry_run else undo,
        )

    def _prepare(self, row: ParsedRow) -> ImportRecord:
        record = row.record
        if not isinstance(record, Partner):
            record = dataclasses.replace(record, partner_id=self._partner_for(row))
        return record.validated()

    def _partner_for(self, row: ParsedRow) -> PartnerId:
        name = (row.partner_name or "").strip() or (self._partner or "").strip()
        if not name:
            raise ValidationError(PARTNER_MISSING, "the row names no partner")
        key = name_key(name)
        if key not in self._partner_ids:
            self._partner_ids[key] = self._uow.partners.id_for_name(name)
        partner_id = self._partner_ids[key]
        if partner_id is None:
            raise ValidationError(PARTNER_UNKNOWN, f"no partner is named {name!r}")
        return partner_id

    def _place(self, record: ImportRecord) -> None:
        slot = self._find(record)
        if slot is not None and self._match is MatchMode.SKIP:
            self._counts["skipped"] += 1
        elif slot is not None and self._match is MatchMode.UPDATE and self._updatable:
            self._update(slot, record)
        elif slot is not None and isinstance(record, Partner):
            name = duplicate_name(record.name, self._name_taken)
            self._create(dataclasses.replace(record, name=name).validated())
        else:
            self._create(record)

    @property
    def _updatable(self) -> bool:
        return self._kind is not ImportKind.NOTES

    def _find(self, record: ImportRecord) -> _Slot | None:
        if not isinstance(record, Partner):
            self._load(record.partner_id)
        for slot in self._index.get(match_key(record), ()):
            if not isinstance(record, Agreement) or same_contract(_agreement(slot), record):
                return slot
        return None

    def _load(self, partner_id: PartnerId) -> None:
        if partner_id in self._loaded:
            return
        self._loaded.add(partner_id)
        for stored in _children(self._uow, self._kind).list_for_partner(partner_id):
            self._remember(_Slot(stored, created=False, before=stored, written=stored))

    def _name_taken(self, name: str) -> bool:
        return bool(self._index.get(name_key(name)))

    def _remember(self, slot: _Slot) -> None:
        self._index.setdefault(match_key(slot.record), []).append(slot)

    def _create(self, record: ImportRecord) -> None:
        slot = _Slot(record, created=True)
        self._remember(slot)
        self._new.append(slot)
        self._touched.append(slot)

    def _update(self, slot: _Slot, record: ImportRecord) -> None:
        merged = merge_imported(slot.record, record).validated()
        if merged == slot.record:
            self._counts["skipped"] += 1
            return
        slot.record = merged
        self._counts["updated"] += 1
        if slot.written is not None and slot not in self._dirty:
            self._dirty.append(slot)
        if not slot.changed:
            slot.changed = True
            if not slot.created:
                self._touched.append(slot)


def _agreement(slot: _Slot) -> Agreement:
    assert isinstance(slot.record, Agreement)
    return slot.record


class _Repository(Protocol):
    """What partner and child repositories have in common."""

    def get(self, record_id: Any) -> Any: ...

    def add(self, record: Any) -> int: ...

    def update(self, record: Any) -> None: ...

    def delete(self, record_id: Any) -> None: ...


def _repository(uow: UnitOfWork, kind: ItemKind) -> _Repository:
    if kind is ItemKind.PARTNER:
        return uow.partners
    return _children(uow, kind)


def _children(uow: UnitOfWork, kind: ItemKind | ImportKind) -> ChildRepository[Any]:
    if kind in (ItemKind.CONTACT, ImportKind.CONTACTS):
        return uow.contacts
    if kind in (ItemKind.AGREEMENT, ImportKind.AGREEMENTS):
        return uow.agreements
    return uow.notes


def _add_all(repository: _Repository, records: Sequence[ImportRecord]) -> list[int]:
    if isinstance(repository, BulkRepository):
        return repository.add_many(records)
    return [repository.add(record) for record in records]


def _update_all(repository: _Repository, records: Sequence[ImportRecord]) -> None:
    if isinstance(repository, BulkRepository):
        repository.update_many(records)
        return
    for record in records:
        repository.update(record)


def _delete_all(repository: _Repository, record_ids: Sequence[int]) -> list[ImportRecord]:
    if isinstance(repository, BulkRepository):
        return repository.delete_many(record_ids)
    removed = []
    for record_id in record_ids:
        try:
            record = repository.get(record_id)
        except NotFoundError:
            continue
        repository.delete(record_id)
        removed.append(record)
    return removed


def _add_entries(audit: AuditRepository, entries: Sequence[AuditEntry]) -> None:
    if isinstance(audit, BulkAuditRepository):
        audit.add_many(entries)
        return
    for entry in entries:
        audit.add(entry)


def _restore(
    uow: UnitOfWork, previous: Sequence[ImportRecord], now: datetime
) -> list[ImportRecord]:
    """Put the previous versions back where the records still exist."""
    restored: list[ImportRecord] = []
    entries: list[AuditEntry] = []
    for kind in _ITEM_KINDS.values():
        repository = _repository(uow, kind)
        batch: list[ImportRecord] = []
        for record in previous:
            if item_ref(record).kind is not kind:
                continue
            try:
                current = repository.get(record.id)
            except NotFoundError:
                continue
            batch.append(record)
            entry = updated_entry(current, record, now)
            if entry is not None:
                entries.append(entry)
        _update_all(repository, batch)
        restored += batch
    _add_entries(uow.audit, entries)
    return restored


def _remove(uow: UnitOfWork, created: Sequence[ItemRef], now: datetime) -> list[ImportRecord]:
    """Delete what the import created: other records first, partners last."""
    partners = {ref.id for ref in created if ref.kind is ItemKind.PARTNER}
    removed: list[ImportRecord] = []
    for kind in (ItemKind.CONTACT, ItemKind.AGREEMENT, ItemKind.NOTE, ItemKind.PARTNER):
        ids = [ref.id for ref in created if ref.kind is kind]
        if ids:
            removed += _delete_all(_repository(uow, kind), ids)
    entries = [
        entry_for(AuditAction.DELETED, record, now)
        for record in removed
        if not isinstance(record, Partner) and record.partner_id not in partners
    ]
    _add_entries(uow.audit, entries)
    return removed
