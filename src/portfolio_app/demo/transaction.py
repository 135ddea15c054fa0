"""One transaction for the whole demo: fast, and all or nothing."""

from __future__ import annotations

from types import TracebackType
from typing import Self

from portfolio_app.domain.agreement import Agreement
from portfolio_app.domain.contact import ContactPerson
from portfolio_app.domain.goal import SharedGoal
from portfolio_app.domain.note import CommunicationNote
from portfolio_app.domain.promise import Promise
from portfolio_app.services.ports import (
    AuditRepository,
    ChildRepository,
    GoalUpdateRepository,
    PartnerRepository,
    PortfolioRepository,
    ReminderStateRepository,
    TrashRepository,
    UnitOfWork,
)


class SharedUnitOfWork:
    """Lends an open unit of work to many service calls without ending it.

    Every service call runs its usual ``with uow: … uow.commit()``; entering, leaving
    and committing are no-ops here, so the owner of the real unit of work decides once
    whether everything is committed or rolled back. Several hundred small commits (each
    waiting for the disk) become one.
    """

    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    @property
    def partners(self) -> PartnerRepository:
        """Partners of the shared unit."""
        return self._uow.partners

    @property
    def contacts(self) -> ChildRepository[ContactPerson]:
        """Contact persons of the shared unit."""
        return self._uow.contacts

    @property
    def agreements(self) -> ChildRepository[Agreement]:
        """Agreements of the shared unit."""
        return self._uow.agreements

    @property
    def goals(self) -> ChildRepository[SharedGoal]:
        """Shared goals of the shared unit."""
        return self._uow.goals

    @property
    def goal_updates(self) -> GoalUpdateRepository:
        """Goal history of the shared unit."""
        return self._uow.goal_updates

    @property
    def notes(self) -> ChildRepository[CommunicationNote]:
        """Communication notes of the shared unit."""
        return self._uow.notes

    @property
    def promises(self) -> ChildRepository[Promise]:
        """Promises of the shared unit."""
        return self._uow.promises

    @property
    def trash(self) -> TrashRepository:
        """The trash of the shared unit."""
        return self._uow.trash

    @property
    def audit(self) -> AuditRepository:
        """The audit trail of the shared unit."""
        return self._uow.audit

    @property
    def portfolio(self) -> PortfolioRepository:
        """Cross-partner reads of the shared unit."""
        return self._uow.portfolio

    @property
    def reminder_states(self) -> ReminderStateRepository:
        """Reminder states of the shared unit."""
        return self._uow.reminder_states

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        """Leave the shared unit open; an error still reaches its owner."""

    def commit(self) -> None:
        """Do nothing: the owner of the shared unit commits once at the end."""
