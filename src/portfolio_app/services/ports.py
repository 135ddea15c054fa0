"""Protocols that ``storage`` implements and services depend on."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from datetime import date, datetime, tzinfo
from types import TracebackType
from typing import Protocol, Self, TypeVar, runtime_checkable

from portfolio_app.domain.agreement import Agreement
from portfolio_app.domain.audit import AuditEntry
from portfolio_app.domain.contact import ContactPerson
from portfolio_app.domain.goal import GoalStatus, GoalUpdate, SharedGoal
from portfolio_app.domain.health import NoteFacts
from portfolio_app.domain.ids import GoalId, GoalUpdateId, ItemRef, PartnerId
from portfolio_app.domain.note import CommunicationNote
from portfolio_app.domain.partner import Partner
from portfolio_app.domain.promise import Promise
from portfolio_app.domain.reminders import ReminderState
from portfolio_app.domain.trash import TrashedItem

T = TypeVar("T")


class PartnerRepository(Protocol):
    """Stored partners inside one unit of work.

    Partners in the trash are invisible here: ``get`` does not find them, lists and the
    name check leave them out.
    """

    def get(self, partner_id: PartnerId) -> Partner:
        """Return the partner or raise ``NotFoundError``."""
        ...

    def list_all(self) -> list[Partner]:
        """Every partner, in no particular order."""
        ...

    def id_for_name(self, name: str) -> PartnerId | None:
        """The id of the live partner with this name (ignoring case and spacing), if any."""
        ...

    def add(self, partner: Partner) -> PartnerId:
        """Store a new partner and return its id."""
        ...

    def update(self, partner: Partner) -> None:
        """Overwrite the stored partner with the same id (raise ``NotFoundError``)."""
        ...

    def delete(self, partner_id: PartnerId) -> None:
        """Delete the partner and everything that belongs to it for good (no trash)."""
        ...

    def categories_in_use(self) -> list[str]:
        """Distinct categories of stored partners."""
        ...

    def tags_in_use(self) -> list[str]:
        """Every tag attached to any partner."""
        ...


class ChildRepository(Protocol[T]):
    """Records that belong to a partner (contacts, agreements, goals, notes, promises).

    Records in the trash, and records of partners in the trash, are invisible here.
    """

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
        """Delete the record for good, no trash (raise ``NotFoundError``)."""
        ...


class GoalUpdateRepository(Protocol):
    """The history entries of shared goals."""

    def add(self, update: GoalUpdate) -> int:
        """Store a history entry and return its id."""
        ...

    def list_for_goals(self, goal_ids: Sequence[GoalId]) -> list[GoalUpdate]:
        """History of the given goals, oldest first."""
        ...

    def get(self, update_id: GoalUpdateId) -> GoalUpdate:
        """The history entry, or raise ``NotFoundError("goal_update.not_found")``."""
        ...

    def delete(self, update_id: GoalUpdateId) -> None:
        """Remove a history entry for good (raise ``NotFoundError``)."""
        ...


class TrashRepository(Protocol):
    """Deleted partners, contacts, agreements, goals and notes.

    A record in the trash keeps its id and everything that belongs to it; a partner in
    the trash hides its records without moving them.
    """

    def move(self, ref: ItemRef, at: datetime) -> None:
        """Put a live record in the trash, deleted ``at`` (raise ``NotFoundError``)."""
        ...

    def get(self, ref: ItemRef) -> TrashedItem:
        """The record if it is in the trash, or raise ``NotFoundError("trash.not_found")``."""
        ...

    def list_items(self) -> list[TrashedItem]:
        """Everything in the trash, in no particular order."""
        ...

    def restore(self, ref: ItemRef) -> None:
        """Take a record out of the trash (raise ``NotFoundError``, ``ConflictError``)."""
        ...

    def purge(self, deleted_before: datetime | None) -> None:
        """Delete for good what was trashed before ``deleted_before`` (everything if None).

        A purged partner takes all its records with it.
        """
        ...

    def count(self) -> int:
        """How many records are in the trash."""
        ...


class AuditRepository(Protocol):
    """The audit trail."""

    def add(self, entry: AuditEntry) -> int:
        """Store an entry and return its id."""
        ...

    def list_for_partner(self, partner_id: PartnerId) -> list[AuditEntry]:
        """The partner's entries, newest first."""
        ...


class PortfolioRepository(Protocol):
    """Reads across all partners, for the deadline, reminder and cost views.

    Each method is one query whatever the number of partners; records in the trash and
    records of partners in the trash are left out.
    """

    def live_agreements(self) -> list[Agreement]:
        """Every agreement of every partner, in no particular order."""
        ...

    def goals_with_target(self, statuses: Collection[GoalStatus]) -> list[SharedGoal]:
        """Goals in one of ``statuses`` that have a target date."""
        ...

    def open_follow_ups(self) -> list[CommunicationNote]:
        """Notes whose follow-up is not done and has a due date."""
        ...

    def open_promises(self) -> list[Promise]:
        """Open promises that have a due date."""
        ...


@runtime_checkable
class NoteFactsRepository(Protocol):
    """Optional extra of the portfolio repository: note facts without reading every note.

    Storage's portfolio repository offers it; the health and dashboard services check for
    it with ``isinstance`` and otherwise compute the facts from the notes.
    """

    def note_facts(self, today: date, tz: tzinfo | None = None) -> dict[PartnerId, NoteFacts]:
        """Per live partner with notes up to ``today``: the facts the health score reads."""
        ...

    def flagged_notes(self) -> list[CommunicationNote]:
        """Live notes flagged as a misunderstanding."""
        ...


@runtime_checkable
class RunningAgreementsRepository(Protocol):
    """Optional extra of the portfolio repository: only the agreements that still run.

    Storage's portfolio repository offers it; ``services.schedules`` checks for it with
    ``isinstance`` and otherwise filters :meth:`PortfolioRepository.live_agreements`.
    """

    def running_agreements(self, *, with_possible_end: bool = False) -> list[Agreement]:
        """Live active and terminated agreements, by id, with what schedules read.

        Free texts other than the title and the deputy may be left empty. With
        ``with_possible_end`` only those for which ``domain.deadlines.has_possible_end``
        holds.
        """
        ...


@runtime_checkable
class HealthRecordsRepository(Protocol):
    """Optional extra of the portfolio repository: what health scores read, for everyone.

    The unit-of-work protocols do not require it. The health service checks for it with
    ``isinstance`` and otherwise reads one dossier per partner, which is what the in-memory
    fakes get; storage's portfolio repository offers it. Each method is one query; records
    in the trash and records of partners in the trash are left out.
    """

    def live_goals(self) -> list[SharedGoal]:
        """Every goal of every partner, in no particular order."""
        ...

    def live_goal_updates(self) -> list[GoalUpdate]:
        """The history of every live goal, oldest first."""
        ...

    def live_notes(self) -> list[CommunicationNote]:
        """Every note of every partner, in no particular order."""
        ...

    def live_promises(self) -> list[Promise]:
        """Every promise of every partner, in no particular order."""
        ...


class ReminderStateRepository(Protocol):
    """What the user did about notice reminders (snoozed, done), by reminder key."""

    def for_keys(self, keys: Collection[str]) -> dict[str, ReminderState]:
        """The stored states of the given keys (keys without one are left out)."""
        ...

    def save(self, state: ReminderState) -> None:
        """Store the state, replacing the one with the same key."""
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

    @property
    def promises(self) -> ChildRepository[Promise]:
        """Promises in both directions."""
        ...

    @property
    def trash(self) -> TrashRepository:
        """Deleted records."""
        ...

    @property
    def audit(self) -> AuditRepository:
        """The audit trail."""
        ...

    @property
    def portfolio(self) -> PortfolioRepository:
        """Reads across all partners."""
        ...

    @property
    def reminder_states(self) -> ReminderStateRepository:
        """Snoozed and acknowledged reminders."""
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


@runtime_checkable
class BulkRepository(Protocol[T]):
    """Optional extra of a partner or child repository: many records per database round.

    The unit-of-work protocols do not require it. The import service checks for it with
    ``isinstance`` and otherwise falls back to one ``add``/``update``/``delete`` per
    record, which is what the in-memory fakes get; storage's repositories offer it.
    """

    def add_many(self, records: Sequence[T]) -> list[int]:
        """Store new records; their ids, in the same order."""
        ...

    def update_many(self, records: Sequence[T]) -> None:
        """Overwrite stored records (raise ``NotFoundError`` if one is missing)."""
        ...

    def delete_many(self, record_ids: Sequence[int]) -> list[T]:
        """Delete for good those of the records that are live; return them as they were.

        Records in the trash (or whose partner is) and unknown ids are left alone.
        """
        ...


@runtime_checkable
class BulkAuditRepository(Protocol):
    """Optional extra of the audit repository: many entries per database round."""

    def add_many(self, entries: Sequence[AuditEntry]) -> None:
        """Store the entries."""
        ...
