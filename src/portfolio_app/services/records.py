"""Use cases shared by the records that belong to a partner."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, Protocol, Self, TypeVar, cast

from portfolio_app.domain.audit import (
    Auditable,
    AuditAction,
    created_entry,
    entry_for,
    updated_entry,
)
from portfolio_app.domain.ids import ItemKind, ItemRef, PartnerId
from portfolio_app.services.changes import Changes
from portfolio_app.services.clock import Clock, system_clock
from portfolio_app.services.ports import ChildRepository, UnitOfWork, UnitOfWorkFactory


class PartnerRecord(Protocol):
    """What every child record offers: an id, its partner and validation."""

    @property
    def id(self) -> int | None:
        """Stored id, or ``None`` before the first save."""
        ...

    @property
    def partner_id(self) -> PartnerId:
        """The partner the record belongs to."""
        ...

    def validated(self) -> Self:
        """A cleaned copy, or raise ``ValidationError``."""
        ...


R = TypeVar("R", bound=PartnerRecord)


class RecordService(Generic[R]):
    """Add, change, delete and read one kind of partner record; every change is audited."""

    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        kind: ItemKind,
        repository: Callable[[UnitOfWork], ChildRepository[R]],
        clock: Clock = system_clock,
    ) -> None:
        self._uow_factory = uow_factory
        self._kind = kind
        self._repository = repository
        self._clock = clock

    def get(self, record_id: int) -> R:
        """One record.

        Raises:
            NotFoundError: No such record.
        """
        with self._uow_factory() as uow:
            return self._repository(uow).get(record_id)

    def add(self, record: R) -> Changes:
        """Store a new record for its partner.

        Raises:
            ValidationError: A field breaks a rule.
            NotFoundError: The partner does not exist (any more).
        """
        clean = record.validated()
        with self._uow_factory() as uow:
            uow.partners.get(clean.partner_id)
            repository = self._repository(uow)
            record_id = repository.add(clean)
            self._after_add(uow, clean, record_id)
            stored = repository.get(record_id)
            uow.audit.add(created_entry(_auditable(stored), self._clock()))
            uow.commit()
        return Changes.of(self._kind, record_id, clean.partner_id, created=True)

    def update(self, record: R) -> Changes:
        """Save changes to a stored record.

        Raises:
            ValidationError: A field breaks a rule.
            NotFoundError: The record was deleted meanwhile.
        """
        assert record.id is not None, "update needs a stored record"
        clean = record.validated()
        with self._uow_factory() as uow:
            repository = self._repository(uow)
            before = repository.get(record.id)
            repository.update(clean)
            self._after_update(uow, before, clean)
            entry = updated_entry(_auditable(before), _auditable(clean), self._clock())
            if entry is not None:
                uow.audit.add(entry)
            uow.commit()
        return Changes.of(self._kind, record.id, clean.partner_id)

    def delete(self, record_id: int) -> Changes:
        """Move a stored record to the trash, from where it can be restored.

        Raises:
            NotFoundError: No such record (or it is in the trash already).
        """
        with self._uow_factory() as uow:
            record = self._repository(uow).get(record_id)
            now = self._clock()
            uow.trash.move(ItemRef(self._kind, record_id), now)
            uow.audit.add(entry_for(AuditAction.DELETED, _auditable(record), now))
            uow.commit()
        return Changes.of(self._kind, record_id, record.partner_id)

    def _after_add(self, uow: UnitOfWork, record: R, record_id: int) -> None:
        """Hook for subclasses: more writes in the same transaction."""

    def _after_update(self, uow: UnitOfWork, before: R, after: R) -> None:
        """Hook for subclasses: more writes in the same transaction."""


def _auditable(record: PartnerRecord) -> Auditable:
    """The record as one of the audited domain types (all child records are)."""
    return cast("Auditable", record)
