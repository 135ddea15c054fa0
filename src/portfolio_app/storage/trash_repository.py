"""The trash in SQL: ``deleted_at`` on partners and their records, purges that cascade."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from portfolio_app.domain.errors import ConflictError, NotFoundError
from portfolio_app.domain.ids import ItemKind, ItemRef, PartnerId
from portfolio_app.domain.trash import TRASHABLE_KINDS, TrashedItem
from portfolio_app.storage.schema import (
    AgreementRecord,
    ContactRecord,
    GoalRecord,
    NoteRecord,
    PartnerRecord,
    PromiseRecord,
)

_TABLES: dict[ItemKind, tuple[type[Any], str]] = {
    ItemKind.PARTNER: (PartnerRecord, "name"),
    ItemKind.CONTACT: (ContactRecord, "name"),
    ItemKind.AGREEMENT: (AgreementRecord, "title"),
    ItemKind.GOAL: (GoalRecord, "title"),
    ItemKind.NOTE: (NoteRecord, "subject"),
    ItemKind.PROMISE: (PromiseRecord, "text"),
}
"""Each trashable kind's table and the column a person recognises a row by."""

_CHILD_KINDS = tuple(kind for kind in TRASHABLE_KINDS if kind is not ItemKind.PARTNER)


class SqlTrashRepository:
    """Rows with ``deleted_at`` set; a trashed partner hides its rows without touching them.

    Moving to and from the trash leaves ``updated_at`` alone: a restored record is
    exactly what it was.
    """

    def __init__(self, session: Session) -> None:
        self._session = session

    def move(self, ref: ItemRef, at: datetime) -> None:
        """Put a live row in the trash or raise ``NotFoundError``."""
        record_type = _table(ref)
        row = self._session.get(record_type, ref.id)
        if row is None or row.deleted_at is not None:
            raise NotFoundError(f"{record_type.__tablename__}.not_found", str(ref.id))
        self._set_deleted_at(record_type, ref.id, at)

    def get(self, ref: ItemRef) -> TrashedItem:
        """The trashed row as an item, or raise ``NotFoundError("trash.not_found")``."""
        _table(ref)
        found = self._items(ref.kind, ref.id)
        if not found:
            raise NotFoundError("trash.not_found", f"{ref.kind.value} {ref.id}")
        return found[0]

    def list_items(self) -> list[TrashedItem]:
        """Every trashed row, kind by kind."""
        return [item for kind in TRASHABLE_KINDS for item in self._items(kind)]

    def restore(self, ref: ItemRef) -> None:
        """Clear ``deleted_at``; a partner whose name is taken raises ``ConflictError``."""
        item = self.get(ref)
        try:
            self._set_deleted_at(_table(ref), ref.id, None)
        except IntegrityError as error:
            raise ConflictError("trash.name_taken", item.title, field="name") from error

    def purge(self, deleted_before: datetime | None) -> None:
        """Delete trashed rows for good; the database cascades to what belongs to them."""
        for kind in (*_CHILD_KINDS, ItemKind.PARTNER):
            record_type = _TABLES[kind][0]
            condition: ColumnElement[bool] = record_type.deleted_at.is_not(None)
            if deleted_before is not None:
                condition = record_type.deleted_at < deleted_before
            self._session.execute(
                delete(record_type).where(condition).execution_options(synchronize_session=False)
            )
        self._session.expire_all()

    def count(self) -> int:
        """How many rows are in the trash."""
        total = 0
        for record_type, _title in _TABLES.values():
            query = select(func.count()).where(record_type.deleted_at.is_not(None))
            total += self._session.scalar(query) or 0
        return total

    def _set_deleted_at(self, record_type: type[Any], record_id: int, at: datetime | None) -> None:
        self._session.execute(
            update(record_type)
            .where(record_type.id == record_id)
            .values(deleted_at=at, updated_at=record_type.updated_at)
        )
        self._session.flush()

    def _items(self, kind: ItemKind, record_id: int | None = None) -> list[TrashedItem]:
        if kind is ItemKind.PARTNER:
            return self._partners(record_id)
        record_type, title = _TABLES[kind]
        query = (
            select(
                record_type.id,
                getattr(record_type, title),
                record_type.deleted_at,
                PartnerRecord.id,
                PartnerRecord.name,
                PartnerRecord.deleted_at,
            )
            .join(PartnerRecord, PartnerRecord.id == record_type.partner_id)
            .where(record_type.deleted_at.is_not(None))
        )
        if record_id is not None:
            query = query.where(record_type.id == record_id)
        return [
            TrashedItem(
                ref=ItemRef(kind, row_id),
                title=row_title,
                partner_id=PartnerId(partner_id),
                partner_name=partner_name,
                deleted_at=deleted_at,
                partner_in_trash=partner_deleted_at is not None,
            )
            for row_id, row_title, deleted_at, partner_id, partner_name, partner_deleted_at in (
                self._session.execute(query)
            )
        ]

    def _partners(self, record_id: int | None) -> list[TrashedItem]:
        query = select(PartnerRecord.id, PartnerRecord.name, PartnerRecord.deleted_at).where(
            PartnerRecord.deleted_at.is_not(None)
        )
        if record_id is not None:
            query = query.where(PartnerRecord.id == record_id)
        rows = self._session.execute(query).all()
        contents = self._contents([row_id for row_id, _name, _at in rows])
        return [
            TrashedItem(
                ref=ItemRef(ItemKind.PARTNER, row_id),
                title=name,
                partner_id=PartnerId(row_id),
                partner_name=name,
                deleted_at=_trashed_at(deleted_at),
                contents=tuple(contents.get(row_id, ())),
            )
            for row_id, name, deleted_at in rows
        ]

    def _contents(self, partner_ids: Sequence[int]) -> dict[int, list[tuple[ItemKind, int]]]:
        """Per partner: how many records of each kind come back with it."""
        contents: dict[int, list[tuple[ItemKind, int]]] = {}
        if not partner_ids:
            return contents
        for kind in _CHILD_KINDS:
            record_type = _TABLES[kind][0]
            query = (
                select(record_type.partner_id, func.count())
                .where(record_type.partner_id.in_(partner_ids), record_type.deleted_at.is_(None))
                .group_by(record_type.partner_id)
            )
            for partner_id, number in self._session.execute(query):
                contents.setdefault(partner_id, []).append((kind, number))
        return contents


def _trashed_at(value: datetime | None) -> datetime:
    assert value is not None, "only trashed rows are selected"
    return value


def _table(ref: ItemRef) -> type[Any]:
    """The table of a trashable kind; other kinds are never in the trash."""
    try:
        return _TABLES[ref.kind][0]
    except KeyError:
        raise NotFoundError("trash.not_found", f"{ref.kind.value} {ref.id}") from None
