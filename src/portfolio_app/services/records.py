"""Use cases shared by the records that belong to a partner."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, Protocol, Self, TypeVar

from portfolio_app.domain.ids import ItemKind, PartnerId
from portfolio_app.services.changes import Changes
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
    """Add, change, delete and read one kind of partner record."""

    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        kind: ItemKind,
        repository: Callable[[UnitOfWork], ChildRepository[R]],
    ) -> None:
        self._uow_factory = uow_factory
        self._kind = kind
        self._repository = repository

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
            record_id = self._repository(uow).add(clean)
            self._after_add(uow, clean, record_id)
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
            uow.commit()
        return Changes.of(self._kind, record.id, clean.partner_id)

    def delete(self, record_id: int) -> Changes:
        """Delete a stored record.

        Raises:
            NotFoundError: No such record.
        """
        with self._uow_factory() as uow:
            repository = self._repository(uow)
            partner_id = repository.get(record_id).partner_id
            repository.delete(record_id)
            uow.commit()
        return Changes.of(self._kind, record_id, partner_id)

    def _after_add(self, uow: UnitOfWork, record: R, record_id: int) -> None:
        """Hook for subclasses: more writes in the same transaction."""

    def _after_update(self, uow: UnitOfWork, before: R, after: R) -> None:
        """Hook for subclasses: more writes in the same transaction."""
