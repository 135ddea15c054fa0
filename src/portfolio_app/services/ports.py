"""Protocols that ``storage`` implements and services depend on."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from types import TracebackType
from typing import Protocol, Self, TypeVar

from portfolio_app.domain.agreement import Agreement
from portfolio_app.domain.contact import ContactPerson
from portfolio_app.domain.goal import GoalUpdate, SharedGoal
from portfolio_app.domain.ids import GoalId, PartnerId
from portfolio_app.domain.note import CommunicationNote
from portfolio_app.domain.partner import Partner

T = TypeVar("T")


class PartnerRepository(Protocol):
    """Stored partners inside one unit of work."""

    def get(self, partner_id: PartnerId) -> Partner:
        """Return the partner or raise ``NotFoundError``."""
        ...

    def list_all(self) -> list[Partner]:
        """Every partner, in no particular order."""
        ...

    def id_for_name(self, name: str) -> PartnerId | None:
        """The id of the partner with this name (ignoring case and spacing), if any."""
        ...

    def add(self, partner: Partner) -> PartnerId:
        """Store a new partner and return its id."""
        ...

    def update(self, partner: Partner) -> None:
        """Overwrite the stored partner with the same id (raise ``NotFoundError``)."""
        ...

    def delete(self, partner_id: PartnerId) -> None:
        """Delete the partner and everything that belongs to it."""
        ...

    def categories_in_use(self) -> list[str]:
        """Distinct categories of stored partners."""
        ...

    def tags_in_use(self) -> list[str]:
        """Every tag attached to any partner."""
        ...


class ChildRepository(Protocol[T]):
    """Records that belong to a partner (contacts, agreements, goals, notes)."""

    def get(self, record_id: int) -> T:
        """Return the record or raise ``NotFoundError``."""
        ...

    def list_for_partner(self, partner_id: PartnerId) -> list[T]:
        """The partner's records in their natural order."""
        ...

    def add(self, record: T) -> int:
        """Store a new record and return its id."""
        ...

    def update(self, record: T) -> None:
        """Overwrite the stored record with the same id (raise ``NotFoundError``)."""
        ...

    def delete(self, record_id: int) -> None:
        """Delete the record (raise ``NotFoundError``)."""
        ...


class GoalUpdateRepository(Protocol):
    """The history entries of shared goals."""

    def add(self, update: GoalUpdate) -> int:
        """Store a history entry and return its id."""
        ...

    def list_for_goals(self, goal_ids: Sequence[GoalId]) -> list[GoalUpdate]:
        """History of the given goals, oldest first."""
        ...


class UnitOfWork(Protocol):
    """One transaction. Changes are discarded unless ``commit`` is called."""

    @property
    def partners(self) -> PartnerRepository:
        """Partners."""
        ...

    @property
    def contacts(self) -> ChildRepository[ContactPerson]:
        """Contact persons."""
        ...

    @property
    def agreements(self) -> ChildRepository[Agreement]:
        """Agreements."""
        ...

    @property
    def goals(self) -> ChildRepository[SharedGoal]:
        """Shared goals."""
        ...

    @property
    def goal_updates(self) -> GoalUpdateRepository:
        """Goal history."""
        ...

    @property
    def notes(self) -> ChildRepository[CommunicationNote]:
        """Communication notes."""
        ...

    def __enter__(self) -> Self:
        """Begin the transaction."""
        ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        """Roll back whatever was not committed and release the connection."""
        ...

    def commit(self) -> None:
        """Make this unit's changes permanent."""
        ...


UnitOfWorkFactory = Callable[[], UnitOfWork]
