"""The SQLAlchemy unit of work: one session, one transaction, rolled back unless committed."""

from __future__ import annotations

from types import TracebackType
from typing import Self

from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from portfolio_app.domain.agreement import Agreement
from portfolio_app.domain.contact import ContactPerson
from portfolio_app.domain.errors import StorageError
from portfolio_app.domain.goal import SharedGoal
from portfolio_app.domain.note import CommunicationNote
from portfolio_app.domain.promise import Promise
from portfolio_app.storage import mappers
from portfolio_app.storage.files import is_disk_full
from portfolio_app.storage.portfolio_repository import SqlPortfolioRepository
from portfolio_app.storage.reminder_repository import SqlReminderStateRepository
from portfolio_app.storage.repositories import (
    SqlAuditRepository,
    SqlChildRepository,
    SqlGoalUpdateRepository,
    SqlPartnerRepository,
)
from portfolio_app.storage.schema import (
    AgreementRecord,
    ContactRecord,
    GoalRecord,
    NoteRecord,
    PromiseRecord,
)
from portfolio_app.storage.search_index import SqlSearchRepository
from portfolio_app.storage.timeline_queries import SqlTimelineQueries
from portfolio_app.storage.trash_repository import SqlTrashRepository


class SqlUnitOfWork:
    """Opens a session on enter; rolls back anything not committed on exit."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory
        self._session: Session | None = None

    @property
    def session(self) -> Session:
        """The open session (only inside ``with``)."""
        if self._session is None:
            raise RuntimeError("use the unit of work inside a 'with' block")
        return self._session

    @property
    def partners(self) -> SqlPartnerRepository:
        """Partners."""
        return SqlPartnerRepository(self.session)

    @property
    def contacts(self) -> SqlChildRepository[ContactPerson, ContactRecord]:
        """Contact persons: primary first, then by name."""
        return SqlChildRepository(
            self.session,
            ContactRecord,
            mappers.contact_to_domain,
            mappers.contact_to_record,
            (ContactRecord.is_primary.desc(), ContactRecord.name, ContactRecord.id),
        )

    @property
    def agreements(self) -> SqlChildRepository[Agreement, AgreementRecord]:
        """Agreements, newest start first."""
        return SqlChildRepository(
            self.session,
            AgreementRecord,
            mappers.agreement_to_domain,
            mappers.agreement_to_record,
            (AgreementRecord.start_date.desc(), AgreementRecord.id),
        )

    @property
    def goals(self) -> SqlChildRepository[SharedGoal, GoalRecord]:
        """Shared goals, by target date."""
        return SqlChildRepository(
            self.session,
            GoalRecord,
            mappers.goal_to_domain,
            mappers.goal_to_record,
            (GoalRecord.target_date, GoalRecord.id),
        )

    @property
    def goal_updates(self) -> SqlGoalUpdateRepository:
        """Goal history."""
        return SqlGoalUpdateRepository(self.session)

    @property
    def notes(self) -> SqlChildRepository[CommunicationNote, NoteRecord]:
        """Communication notes, newest first."""
        return SqlChildRepository(
            self.session,
            NoteRecord,
            mappers.note_to_domain,
            mappers.note_to_record,
            (NoteRecord.happened_at.desc(), NoteRecord.id.desc()),
        )

    @property
    def promises(self) -> SqlChildRepository[Promise, PromiseRecord]:
        """Promises, by due date (those without one last)."""
        return SqlChildRepository(
            self.session,
            PromiseRecord,
            mappers.promise_to_domain,
            mappers.promise_to_record,
            (PromiseRecord.due.is_(None), PromiseRecord.due, PromiseRecord.id),
        )

    @property
    def trash(self) -> SqlTrashRepository:
        """Deleted partners and records."""
        return SqlTrashRepository(self.session)

    @property
    def audit(self) -> SqlAuditRepository:
        """The audit trail."""
        return SqlAuditRepository(self.session)

    @property
    def portfolio(self) -> SqlPortfolioRepository:
        """Reads across all partners."""
        return SqlPortfolioRepository(self.session)

    @property
    def timeline(self) -> SqlTimelineQueries:
        """Windowed reads for the timeline."""
        return SqlTimelineQueries(self.session)

    @property
    def reminder_states(self) -> SqlReminderStateRepository:
        """Snoozed and acknowledged reminders."""
        return SqlReminderStateRepository(self.session)

    @property
    def search(self) -> SqlSearchRepository:
        """The full-text index."""
        return SqlSearchRepository(self.session)

    def __enter__(self) -> Self:
        self._session = self._session_factory()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        session = self.session
        self._session = None
        try:
            session.rollback()  # a no-op after commit
        finally:
            session.close()
        if isinstance(exc, OperationalError):
            full = exc.orig is not None and is_disk_full(exc.orig)
            code = "db.disk_full" if full else "db.operational"
            raise StorageError(code, str(exc.orig)) from exc
        if isinstance(exc, DatabaseError) and not isinstance(exc, IntegrityError):
            raise StorageError("db.corrupt", str(exc.orig)) from exc

    def commit(self) -> None:
        """Make this unit's changes permanent."""
        self.session.commit()
