"""Repositories: domain objects in, domain objects out, SQLAlchemy inside."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from types import SimpleNamespace
from typing import Any, Generic, TypeVar, cast

from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.sql._typing import _ColumnExpressionOrStrLabelArgument

from portfolio_app.domain.audit import AuditEntry
from portfolio_app.domain.errors import ConflictError, NotFoundError
from portfolio_app.domain.goal import GoalUpdate
from portfolio_app.domain.ids import GoalId, GoalUpdateId, PartnerId
from portfolio_app.domain.partner import Partner, name_key
from portfolio_app.storage import search_index
from portfolio_app.storage.mappers import (
    audit_entry_to_domain,
    audit_entry_to_record,
    goal_update_to_domain,
    partner_to_domain,
    partner_to_record,
)
from portfolio_app.storage.partner_list import live_partners
from portfolio_app.storage.queries import only_live
from portfolio_app.storage.schema import (
    AuditEntryRecord,
    GoalUpdateRecord,
    PartnerRecord,
    TagRecord,
    partner_tag,
)

T = TypeVar("T")
Rec = TypeVar("Rec", bound=Any)


class SqlPartnerRepository:
    """Partners and their tags."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, partner_id: PartnerId) -> Partner:
        """Return the live partner or raise ``NotFoundError``."""
        return partner_to_domain(self._record(partner_id))

    def list_all(self) -> list[Partner]:
        """Every live partner, in the order of their ids.

        Read as plain columns (:func:`~portfolio_app.storage.partner_list.live_partners`):
        with ten thousand partners this is what the window waits for before it shows its list.
        """
        self._session.flush()  # as a query through the session would: pending ones count
        return live_partners(self._session.connection())

    def id_for_name(self, name: str) -> PartnerId | None:
        """The id of the live partner with this name, ignoring case and spacing."""
        found = self._session.scalar(
            select(PartnerRecord.id).where(
                PartnerRecord.name_key == name_key(name), PartnerRecord.deleted_at.is_(None)
            )
        )
        return None if found is None else PartnerId(found)

    def add(self, partner: Partner) -> PartnerId:
        """Store a new partner and return its id."""
        record = PartnerRecord()
        self._fill(partner, record)
        self._session.add(record)
        self._flush(partner.name)
        return PartnerId(record.id)

    def update(self, partner: Partner) -> None:
        """Overwrite the stored partner with the same id."""
        assert partner.id is not None
        self._fill(partner, self._record(partner.id))
        self._flush(partner.name)

    def delete(self, partner_id: PartnerId) -> None:
        """Delete the partner for good; the database cascades to everything of it."""
        self._session.delete(self._record(partner_id))
        self._session.flush()

    def add_many(self, partners: Sequence[Partner]) -> list[int]:
        """Store new partners with a few bulk statements; their ids, in order (imports)."""
        values = []
        for partner in partners:
            record = _plain_record(PartnerRecord)
            partner_to_record(partner, record)
            record.name_key = name_key(partner.name)
            values.append(vars(record))
        try:
            ids = _insert_with_ids(self._session, PartnerRecord, values)
        except IntegrityError as error:
            names = ", ".join(partner.name for partner in partners[:5])
            raise ConflictError("partner.name.duplicate", names, field="name") from error
        tags = self._all_tags()
        with self._session.no_autoflush:
            links = [
                (partner_id, self._cached_tag(tags, name))
                for partner_id, partner in zip(ids, partners, strict=True)
                for name in partner.tags
            ]
        self._session.flush()  # gives new tags their ids
        if links:
            rows = [{"partner_id": pid, "tag_id": tag.id} for pid, tag in links]
            self._session.execute(insert(partner_tag), rows)
        return ids

    def update_many(self, partners: Sequence[Partner]) -> None:
        """Overwrite stored partners with one flush (for imports)."""
        records = self._live_records([PartnerId(partner.id or 0) for partner in partners])
        tags = self._all_tags()
        for partner in partners:
            record = records.get(partner.id or 0)
            if record is None:
                raise NotFoundError("partner.not_found", str(partner.id))
            with self._session.no_autoflush:
                record.tags = [self._cached_tag(tags, name) for name in partner.tags]
                partner_to_record(partner, record)
                record.name_key = name_key(partner.name)
        self._flush(", ".join(partner.name for partner in partners[:5]))

    def delete_many(self, partner_ids: Sequence[int]) -> list[Partner]:
        """Delete the live ones of these partners for good, with everything of them."""
        records = self._live_records(partner_ids)
        removed = [partner_to_domain(record) for record in records.values()]
        for record in records.values():
            self._session.delete(record)
        self._session.flush()
        return removed

    def categories_in_use(self) -> list[str]:
        """Distinct categories of live partners."""
        query = select(PartnerRecord.category).where(PartnerRecord.deleted_at.is_(None))
        return list(self._session.scalars(query.distinct()))

    def tags_in_use(self) -> list[str]:
        """Every tag attached to at least one live partner."""
        query = (
            select(TagRecord.name)
            .join(partner_tag)
            .join(PartnerRecord, PartnerRecord.id == partner_tag.c.partner_id)
            .where(PartnerRecord.deleted_at.is_(None))
            .distinct()
        )
        return list(self._session.scalars(query))

    def _record(self, partner_id: PartnerId) -> PartnerRecord:
        record = self._session.get(PartnerRecord, partner_id)
        if record is None or record.deleted_at is not None:
            raise NotFoundError("partner.not_found", str(partner_id))
        return record

    def _fill(self, partner: Partner, record: PartnerRecord) -> None:
        with self._session.no_autoflush:  # a duplicate name must surface in _flush
            record.tags = [self._tag(name) for name in partner.tags]
            partner_to_record(partner, record)
            record.name_key = name_key(partner.name)

    def _tag(self, name: str) -> TagRecord:
        key = name.casefold()
        tag = self._session.scalar(select(TagRecord).where(TagRecord.name_key == key))
        if tag is None:
            tag = TagRecord(name=name, name_key=key)
            self._session.add(tag)
        return tag

    def _all_tags(self) -> dict[str, TagRecord]:
        return {tag.name_key: tag for tag in self._session.scalars(select(TagRecord))}

    def _live_records(self, partner_ids: Sequence[int]) -> dict[int, PartnerRecord]:
        records: dict[int, PartnerRecord] = {}
        for chunk in _chunks(partner_ids):
            query = select(PartnerRecord).where(
                PartnerRecord.id.in_(chunk), PartnerRecord.deleted_at.is_(None)
            )
            records.update((record.id, record) for record in self._session.scalars(query))
        return records

    def _cached_tag(self, tags: dict[str, TagRecord], name: str) -> TagRecord:
        key = name.casefold()
        tag = tags.get(key)
        if tag is None:
            tag = tags[key] = TagRecord(name=name, name_key=key)
            self._session.add(tag)
        return tag

    def _flush(self, name: str) -> None:
        try:
            self._session.flush()
        except IntegrityError as error:
            raise ConflictError("partner.name.duplicate", name, field="name") from error


class SqlChildRepository(Generic[T, Rec]):
    """Records that belong to a partner, mapped by a pair of functions."""

    def __init__(
        self,
        session: Session,
        record_type: type[Rec],
        to_domain: Callable[[Rec], T],
        to_record: Callable[[T, Rec], None],
        order_by: Sequence[_ColumnExpressionOrStrLabelArgument[Any]],
    ) -> None:
        self._session = session
        self._record_type = record_type
        self._to_domain = to_domain
        self._to_record = to_record
        self._order_by = order_by

    def get(self, record_id: int) -> T:
        """Return the record or raise ``NotFoundError``."""
        return self._to_domain(self._record(record_id))

    def list_for_partner(self, partner_id: PartnerId) -> list[T]:
        """The partner's records not in the trash, in their natural order."""
        query = (
            select(self._record_type)
            .where(
                self._record_type.partner_id == partner_id,
                self._record_type.deleted_at.is_(None),
            )
            .order_by(*self._order_by)
        )
        return [self._to_domain(record) for record in self._session.scalars(query)]

    def add(self, record: T) -> int:
        """Store a new record and return its id."""
        row = self._record_type()
        self._to_record(record, row)
        self._session.add(row)
        self._session.flush()
        return int(row.id)

    def update(self, record: T) -> None:
        """Overwrite the stored record with the same id."""
        record_id = getattr(record, "id", None)
        assert record_id is not None
        self._to_record(record, self._record(record_id))
        self._session.flush()

    def delete(self, record_id: int) -> None:
        """Delete the record for good or raise ``NotFoundError``."""
        self._session.delete(self._record(record_id))
        self._session.flush()

    def add_many(self, records: Sequence[T]) -> list[int]:
        """Store new records with one bulk statement; their ids, in order (imports)."""
        values = []
        for record in records:
            row = _plain_record(self._record_type)
            self._to_record(record, row)
            values.append(vars(row))
        return _insert_with_ids(self._session, self._record_type, values)

    def update_many(self, records: Sequence[T]) -> None:
        """Overwrite stored records with one flush (for imports)."""
        ids = [int(getattr(record, "id", None) or 0) for record in records]
        rows = self._live_rows(ids)
        for record_id, record in zip(ids, records, strict=True):
            row = rows.get(record_id)
            if row is None:
                raise NotFoundError(f"{self._record_type.__tablename__}.not_found", str(record_id))
            self._to_record(record, row)
        self._session.flush()

    def delete_many(self, record_ids: Sequence[int]) -> list[T]:
        """Delete the live ones of these records for good; return them as they were."""
        rows = self._live_rows(record_ids)
        removed = [self._to_domain(row) for row in rows.values()]
        for row in rows.values():
            self._session.delete(row)
        self._session.flush()
        return removed

    def _live_rows(self, record_ids: Sequence[int]) -> dict[int, Rec]:
        """The rows among ``record_ids`` that neither are nor whose partner is in the trash."""
        rows: dict[int, Rec] = {}
        for chunk in _chunks(record_ids):
            query = only_live(select(self._record_type), self._record_type)
            found = self._session.scalars(query.where(self._record_type.id.in_(chunk)))
            rows.update((row.id, row) for row in found)
        return rows

    def _record(self, record_id: int) -> Rec:
        """The row if neither it nor its partner is in the trash."""
        row = self._session.get(self._record_type, record_id)
        if row is None or row.deleted_at is not None or not self._partner_isonly_live(row):
            raise NotFoundError(f"{self._record_type.__tablename__}.not_found", str(record_id))
        return row

    def _partner_isonly_live(self, row: Rec) -> bool:
        partner = self._session.get(PartnerRecord, row.partner_id)
        return partner is not None and partner.deleted_at is None


class SqlGoalUpdateRepository:
    """Goal history entries."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, update: GoalUpdate) -> int:
        """Store a history entry and return its id."""
        row = GoalUpdateRecord(
            goal_id=update.goal_id,
            on=update.on,
            status=update.status.value if update.status else None,
            value=update.value,
            comment=update.comment,
            is_creation=update.created,
        )
        self._session.add(row)
        self._session.flush()
        return row.id

    def list_for_goals(self, goal_ids: Sequence[GoalId]) -> list[GoalUpdate]:
        """History of the given goals, oldest first."""
        if not goal_ids:
            return []
        query = (
            select(GoalUpdateRecord)
            .where(GoalUpdateRecord.goal_id.in_(goal_ids))
            .order_by(GoalUpdateRecord.on, GoalUpdateRecord.id)
        )
        return [goal_update_to_domain(row) for row in self._session.scalars(query)]

    def get(self, update_id: GoalUpdateId) -> GoalUpdate:
        """The history entry, or raise ``NotFoundError("goal_update.not_found")``."""
        return goal_update_to_domain(self._row(update_id))

    def delete(self, update_id: GoalUpdateId) -> None:
        """Remove a history entry for good (raise ``NotFoundError``)."""
        self._session.delete(self._row(update_id))
        self._session.flush()

    def _row(self, update_id: GoalUpdateId) -> GoalUpdateRecord:
        row = self._session.get(GoalUpdateRecord, update_id)
        if row is None:
            raise NotFoundError("goal_update.not_found", str(update_id))
        return row


class SqlAuditRepository:
    """The audit trail."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, entry: AuditEntry) -> int:
        """Store an entry and return its id."""
        row = audit_entry_to_record(entry)
        self._session.add(row)
        self._session.flush()
        return row.id

    def add_many(self, entries: Sequence[AuditEntry]) -> None:
        """Store entries with one bulk statement (for imports)."""
        if entries:
            values = [_column_values(audit_entry_to_record(entry)) for entry in entries]
            self._session.execute(insert(AuditEntryRecord), values)

    def list_for_partner(self, partner_id: PartnerId) -> list[AuditEntry]:
        """The partner's entries, newest first."""
        query = (
            select(AuditEntryRecord)
            .where(AuditEntryRecord.partner_id == partner_id)
            .order_by(AuditEntryRecord.at.desc(), AuditEntryRecord.id.desc())
        )
        return [audit_entry_to_domain(row) for row in self._session.scalars(query)]


def _chunks(ids: Sequence[int], size: int = 500) -> list[Sequence[int]]:
    """``ids`` in slices small enough for an ``IN (…)`` list."""
    return [ids[start : start + size] for start in range(0, len(ids), size)]


def _plain_record(record_type: type[Rec]) -> Rec:
    """A plain object for a mapper to fill, its ``vars`` then the values of a bulk INSERT.

    The ``*_to_record`` mappers only assign attributes; a plain object spares the ORM's
    attribute instrumentation, which costs more than the INSERT itself.
    """
    return cast("Rec", SimpleNamespace())


def _column_values(record: object) -> dict[str, Any]:
    """The attributes a mapper set on a new, unsaved record: the values of a bulk INSERT."""
    return {key: value for key, value in vars(record).items() if not key.startswith("_")}


def _insert_with_ids(
    session: Session, record_type: type[Any], values: list[dict[str, Any]]
) -> list[int]:
    """INSERT the rows with one statement per few hundred; their ids, in order.

    The ids are the ones SQLite itself would pick (one above the largest, the tables have
    no AUTOINCREMENT), given up front, because SQLite does not promise the order of
    ``RETURNING`` rows (SQLAlchemy would then insert row by row). The unit of work holds
    the database's write lock once it has written; should another connection insert
    first, the INSERT fails and the transaction is rolled back whole. Column defaults
    (``created_at``…) apply as with ``session.add``; the rows do not enter the session.
    """
    if not values:
        return []
    first = (session.scalar(select(func.max(record_type.id))) or 0) + 1
    ids = list(range(first, first + len(values)))
    rows = [{**row, "id": new_id} for new_id, row in zip(ids, values, strict=True)]
    session.execute(insert(record_type), rows)
    kind = search_index.kind_of_record_type(record_type)
    if kind is not None:
        search_index.index_records(session.connection(), kind, ids)
    return ids
