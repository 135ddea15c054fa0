"""In-memory fakes of the unit-of-work and repository protocols (cosmicpython style).

``FakeUnitOfWork`` behaves like the real one where services can tell: work inside a
``with`` block is only kept after ``commit``, and ``commits`` counts the commits. The fakes
do not enforce unique partner names; that the services check names is what the tests show.
The trash is a dictionary of deletion moments by ``ItemRef``; trashed records stay in their
dictionaries and are hidden, as the real repositories hide rows with ``deleted_at``.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from types import TracebackType
from typing import Any, Generic, Protocol, Self, TypeVar

from portfolio_app.domain.agreement import Agreement
from portfolio_app.domain.audit import AuditEntry, title_of
from portfolio_app.domain.contact import ContactPerson
from portfolio_app.domain.errors import ConflictError, NotFoundError
from portfolio_app.domain.goal import GoalStatus, GoalUpdate, SharedGoal
from portfolio_app.domain.ids import (
    AuditEntryId,
    GoalId,
    GoalUpdateId,
    ItemKind,
    ItemRef,
    PartnerId,
)
from portfolio_app.domain.note import CommunicationNote
from portfolio_app.domain.partner import Partner, name_key
from portfolio_app.domain.promise import Promise, PromiseState
from portfolio_app.domain.reminders import ReminderState
from portfolio_app.domain.trash import TRASHABLE_KINDS, TrashedItem
from portfolio_app.services.ports import UnitOfWork


class _Stored(Protocol):
    @property
    def id(self) -> int | None: ...

    @property
    def partner_id(self) -> PartnerId: ...


T = TypeVar("T", bound=_Stored)


@dataclass
class FakeData:
    """Everything stored, as plain dictionaries of frozen domain objects by id."""

    partners: dict[int, Partner] = field(default_factory=dict)
    contacts: dict[int, ContactPerson] = field(default_factory=dict)
    agreements: dict[int, Agreement] = field(default_factory=dict)
    goals: dict[int, SharedGoal] = field(default_factory=dict)
    goal_updates: dict[int, GoalUpdate] = field(default_factory=dict)
    notes: dict[int, CommunicationNote] = field(default_factory=dict)
    promises: dict[int, Promise] = field(default_factory=dict)
    trashed: dict[ItemRef, datetime] = field(default_factory=dict)
    audit: dict[int, AuditEntry] = field(default_factory=dict)
    reminder_states: dict[str, ReminderState] = field(default_factory=dict)

    def records(self, kind: ItemKind) -> dict[int, Any]:
        """The dictionary that holds records of ``kind``."""
        by_kind: dict[ItemKind, dict[int, Any]] = {
            ItemKind.PARTNER: self.partners,
            ItemKind.CONTACT: self.contacts,
            ItemKind.AGREEMENT: self.agreements,
            ItemKind.GOAL: self.goals,
            ItemKind.NOTE: self.notes,
            ItemKind.PROMISE: self.promises,
        }
        return by_kind[kind]

    def is_live_partner(self, partner_id: int) -> bool:
        return (
            partner_id in self.partners
            and ItemRef(ItemKind.PARTNER, partner_id) not in self.trashed
        )

    def live_partners(self) -> dict[int, Partner]:
        return {pid: p for pid, p in self.partners.items() if self.is_live_partner(pid)}

    def purge_partner(self, partner_id: int) -> None:
        """Delete a partner and everything of it for good, as the database cascades."""
        del self.partners[partner_id]
        self.trashed.pop(ItemRef(ItemKind.PARTNER, partner_id), None)
        for kind in TRASHABLE_KINDS[1:]:
            records = self.records(kind)
            for record_id in [rid for rid, r in records.items() if r.partner_id == partner_id]:
                self.purge_record(kind, record_id)
        for entry_id in [eid for eid, e in self.audit.items() if e.partner_id == partner_id]:
            del self.audit[entry_id]

    def purge_record(self, kind: ItemKind, record_id: int) -> None:
        """Delete a child record for good (a goal with its history)."""
        del self.records(kind)[record_id]
        self.trashed.pop(ItemRef(kind, record_id), None)
        if kind is ItemKind.AGREEMENT:
            for key in [k for k, s in self.reminder_states.items() if s.agreement_id == record_id]:
                del self.reminder_states[key]
        if kind is ItemKind.GOAL:
            for update_id in [
                uid for uid, u in self.goal_updates.items() if u.goal_id == record_id
            ]:
                del self.goal_updates[update_id]


class FakePartnerRepository:
    """Partners in a dictionary."""

    def __init__(self, data: FakeData) -> None:
        self._data = data

    def get(self, partner_id: PartnerId) -> Partner:
        if not self._data.is_live_partner(partner_id):
            raise NotFoundError("partner.not_found", str(partner_id))
        return self._data.partners[partner_id]

    def list_all(self) -> list[Partner]:
        return list(self._data.live_partners().values())

    def id_for_name(self, name: str) -> PartnerId | None:
        key = name_key(name)
        for partner_id, partner in self._data.live_partners().items():
            if name_key(partner.name) == key:
                return PartnerId(partner_id)
        return None

    def add(self, partner: Partner) -> PartnerId:
        partner_id = PartnerId(max(self._data.partners, default=0) + 1)
        self._data.partners[partner_id] = dataclasses.replace(partner, id=partner_id)
        return partner_id

    def update(self, partner: Partner) -> None:
        assert partner.id is not None
        self.get(partner.id)
        self._data.partners[partner.id] = partner

    def delete(self, partner_id: PartnerId) -> None:
        self.get(partner_id)
        self._data.purge_partner(partner_id)

    def categories_in_use(self) -> list[str]:
        return list({partner.category for partner in self._data.live_partners().values()})

    def tags_in_use(self) -> list[str]:
        partners = self._data.live_partners().values()
        return list({tag for partner in partners for tag in partner.tags})


class FakeChildRepository(Generic[T]):
    """Records of one kind that belong to partners, in a dictionary."""

    def __init__(self, data: FakeData, item_kind: ItemKind, kind: str) -> None:
        self._data = data
        self._records: dict[int, T] = data.records(item_kind)
        self._item_kind = item_kind
        self._kind = kind

    def get(self, record_id: int) -> T:
        record = self._records.get(record_id)
        if record is None or not self._is_live(record_id, record):
            raise NotFoundError(f"{self._kind}.not_found", str(record_id))
        return record

    def list_for_partner(self, partner_id: PartnerId) -> list[T]:
        return [
            r
            for rid, r in sorted(self._records.items())
            if r.partner_id == partner_id
            and ItemRef(self._item_kind, rid) not in self._data.trashed
        ]

    def add(self, record: T) -> int:
        record_id = max(self._records, default=0) + 1
        self._records[record_id] = dataclasses.replace(record, id=record_id)  # type: ignore[type-var]
        return record_id

    def update(self, record: T) -> None:
        assert record.id is not None
        self.get(record.id)
        self._records[record.id] = record

    def delete(self, record_id: int) -> None:
        self.get(record_id)
        self._data.purge_record(self._item_kind, record_id)

    def _is_live(self, record_id: int, record: T) -> bool:
        return ItemRef(
            self._item_kind, record_id
        ) not in self._data.trashed and self._data.is_live_partner(record.partner_id)


class FakeTrashRepository:
    """The trash over ``FakeData.trashed``."""

    def __init__(self, data: FakeData) -> None:
        self._data = data

    def move(self, ref: ItemRef, at: datetime) -> None:
        if ref.id not in self._data.records(ref.kind) or ref in self._data.trashed:
            raise NotFoundError(f"{ref.kind.value}.not_found", str(ref.id))
        self._data.trashed[ref] = at

    def get(self, ref: ItemRef) -> TrashedItem:
        at = self._data.trashed.get(ref)
        if at is None:
            raise NotFoundError("trash.not_found", str(ref))
        record = self._data.records(ref.kind)[ref.id]
        if ref.kind is ItemKind.PARTNER:
            return TrashedItem(
                ref, record.name, record.id, record.name, at, contents=self._contents(ref.id)
            )
        partner = self._data.partners[record.partner_id]
        partner_ref = ItemRef(ItemKind.PARTNER, record.partner_id)
        return TrashedItem(
            ref,
            title_of(record),
            record.partner_id,
            partner.name,
            at,
            partner_ref in self._data.trashed,
        )

    def list_items(self) -> list[TrashedItem]:
        return [self.get(ref) for ref in self._data.trashed]

    def restore(self, ref: ItemRef) -> None:
        item = self.get(ref)
        if ref.kind is ItemKind.PARTNER and any(
            name_key(p.name) == name_key(item.title) for p in self._data.live_partners().values()
        ):
            raise ConflictError("trash.name_taken", item.title, field="name")
        del self._data.trashed[ref]

    def purge(self, deleted_before: datetime | None) -> None:
        due = [
            ref
            for ref, at in self._data.trashed.items()
            if deleted_before is None or at < deleted_before
        ]
        for ref in sorted(due, key=lambda r: r.kind is ItemKind.PARTNER):
            if ref.kind is ItemKind.PARTNER:
                self._data.purge_partner(ref.id)
            elif ref.id in self._data.records(ref.kind):
                self._data.purge_record(ref.kind, ref.id)

    def count(self) -> int:
        return len(self._data.trashed)

    def _contents(self, partner_id: int) -> tuple[tuple[ItemKind, int], ...]:
        counts = []
        for kind in TRASHABLE_KINDS[1:]:
            number = sum(
                1
                for rid, r in self._data.records(kind).items()
                if r.partner_id == partner_id and ItemRef(kind, rid) not in self._data.trashed
            )
            if number:
                counts.append((kind, number))
        return tuple(counts)


class FakeAuditRepository:
    """The audit trail in a dictionary."""

    def __init__(self, records: dict[int, AuditEntry]) -> None:
        self._records = records

    def add(self, entry: AuditEntry) -> int:
        entry_id = max(self._records, default=0) + 1
        self._records[entry_id] = dataclasses.replace(entry, id=AuditEntryId(entry_id))
        return entry_id

    def list_for_partner(self, partner_id: PartnerId) -> list[AuditEntry]:
        entries = [e for e in self._records.values() if e.partner_id == partner_id]
        return sorted(entries, key=lambda e: (e.at, e.id or 0), reverse=True)


class FakeGoalUpdateRepository:
    """Goal history in a dictionary."""

    def __init__(self, records: dict[int, GoalUpdate]) -> None:
        self._records = records

    def add(self, update: GoalUpdate) -> int:
        update_id = max(self._records, default=0) + 1
        self._records[update_id] = dataclasses.replace(update, id=GoalUpdateId(update_id))
        return update_id

    def list_for_goals(self, goal_ids: Sequence[GoalId]) -> list[GoalUpdate]:
        wanted = set(goal_ids)
        entries = [update for update in self._records.values() if update.goal_id in wanted]
        return sorted(entries, key=lambda update: (update.on, update.id or 0))

    def get(self, update_id: GoalUpdateId) -> GoalUpdate:
        if update_id not in self._records:
            raise NotFoundError("goal_update.not_found", str(update_id))
        return self._records[update_id]

    def delete(self, update_id: GoalUpdateId) -> None:
        self.get(update_id)
        del self._records[update_id]


class FakePortfolioRepository:
    """Cross-partner reads over the live records."""

    def __init__(self, data: FakeData) -> None:
        self._data = data

    def live_agreements(self) -> list[Agreement]:
        return self._live(ItemKind.AGREEMENT)

    def goals_with_target(self, statuses: Collection[GoalStatus]) -> list[SharedGoal]:
        goals: list[SharedGoal] = self._live(ItemKind.GOAL)
        return [g for g in goals if g.status in statuses and g.target_date is not None]

    def open_follow_ups(self) -> list[CommunicationNote]:
        notes: list[CommunicationNote] = self._live(ItemKind.NOTE)
        return [
            n
            for n in notes
            if n.follow_up is not None and not n.follow_up.done and n.follow_up.due is not None
        ]

    def open_promises(self) -> list[Promise]:
        promises: list[Promise] = self._live(ItemKind.PROMISE)
        return [p for p in promises if p.state is PromiseState.OPEN and p.due is not None]

    def _live(self, kind: ItemKind) -> list[Any]:
        return [
            record
            for record_id, record in sorted(self._data.records(kind).items())
            if ItemRef(kind, record_id) not in self._data.trashed
            and self._data.is_live_partner(record.partner_id)
        ]


class FakeReminderStateRepository:
    """Reminder states in a dictionary by key."""

    def __init__(self, records: dict[str, ReminderState]) -> None:
        self._records = records

    def for_keys(self, keys: Collection[str]) -> dict[str, ReminderState]:
        return {key: self._records[key] for key in keys if key in self._records}

    def save(self, state: ReminderState) -> None:
        self._records[state.key] = state


class FakeUnitOfWork:
    """A unit of work over ``committed`` data; a ``with`` block works on a copy.

    Use one instance as the factory (``lambda: uow``), as cosmicpython does.
    """

    def __init__(self, data: FakeData | None = None) -> None:
        self.committed = data if data is not None else FakeData()
        self.commits = 0
        self._work: FakeData | None = None

    @property
    def _data(self) -> FakeData:
        if self._work is None:
            raise RuntimeError("use the unit of work inside a 'with' block")
        return self._work

    @property
    def partners(self) -> FakePartnerRepository:
        return FakePartnerRepository(self._data)

    @property
    def contacts(self) -> FakeChildRepository[ContactPerson]:
        return FakeChildRepository(self._data, ItemKind.CONTACT, "contact_person")

    @property
    def agreements(self) -> FakeChildRepository[Agreement]:
        return FakeChildRepository(self._data, ItemKind.AGREEMENT, "agreement")

    @property
    def goals(self) -> FakeChildRepository[SharedGoal]:
        return FakeChildRepository(self._data, ItemKind.GOAL, "shared_goal")

    @property
    def goal_updates(self) -> FakeGoalUpdateRepository:
        return FakeGoalUpdateRepository(self._data.goal_updates)

    @property
    def notes(self) -> FakeChildRepository[CommunicationNote]:
        return FakeChildRepository(self._data, ItemKind.NOTE, "communication_note")

    @property
    def promises(self) -> FakeChildRepository[Promise]:
        return FakeChildRepository(self._data, ItemKind.PROMISE, "promises")

    @property
    def trash(self) -> FakeTrashRepository:
        return FakeTrashRepository(self._data)

    @property
    def audit(self) -> FakeAuditRepository:
        return FakeAuditRepository(self._data.audit)

    @property
    def portfolio(self) -> FakePortfolioRepository:
        return FakePortfolioRepository(self._data)

    @property
    def reminder_states(self) -> FakeReminderStateRepository:
        return FakeReminderStateRepository(self._data.reminder_states)

    def __enter__(self) -> Self:
        assert self._work is None, "the fake unit of work is not re-entrant"
        self._work = copy.deepcopy(self.committed)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._work = None  # whatever was not committed is discarded

    def commit(self) -> None:
        self.committed = copy.deepcopy(self._data)
        self.commits += 1

    def factory(self) -> UnitOfWork:
        """The unit-of-work factory the services expect; mypy checks the protocol fit."""
        return self
