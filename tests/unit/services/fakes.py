"""In-memory fakes of the unit-of-work and repository protocols (cosmicpython style).

``FakeUnitOfWork`` behaves like the real one where services can tell: work inside a
``with`` block is only kept after ``commit``, and ``commits`` counts the commits. The fakes
do not enforce unique partner names; that the services check names is what the tests show.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Generic, Protocol, Self, TypeVar

from portfolio_app.domain.agreement import Agreement
from portfolio_app.domain.contact import ContactPerson
from portfolio_app.domain.errors import NotFoundError
from portfolio_app.domain.goal import GoalUpdate, SharedGoal
from portfolio_app.domain.ids import GoalId, GoalUpdateId, PartnerId
from portfolio_app.domain.note import CommunicationNote
from portfolio_app.domain.partner import Partner, name_key
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


class FakePartnerRepository:
    """Partners in a dictionary."""

    def __init__(self, data: FakeData) -> None:
        self._data = data

    def get(self, partner_id: PartnerId) -> Partner:
        try:
            return self._data.partners[partner_id]
        except KeyError:
            raise NotFoundError("partner.not_found", str(partner_id)) from None

    def list_all(self) -> list[Partner]:
        return list(self._data.partners.values())

    def id_for_name(self, name: str) -> PartnerId | None:
        key = name_key(name)
        for partner_id, partner in self._data.partners.items():
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
        del self._data.partners[partner_id]
        goal_ids = {gid for gid, goal in self._data.goals.items() if goal.partner_id == partner_id}
        children: list[dict[int, Any]] = [
            self._data.contacts,
            self._data.agreements,
            self._data.goals,
            self._data.notes,
        ]
        for records in children:
            for record_id in [rid for rid, r in records.items() if r.partner_id == partner_id]:
                del records[record_id]
        for update_id in [
            uid for uid, update in self._data.goal_updates.items() if update.goal_id in goal_ids
        ]:
            del self._data.goal_updates[update_id]

    def categories_in_use(self) -> list[str]:
        return list({partner.category for partner in self._data.partners.values()})

    def tags_in_use(self) -> list[str]:
        return list({tag for partner in self._data.partners.values() for tag in partner.tags})


class FakeChildRepository(Generic[T]):
    """Records of one kind that belong to partners, in a dictionary."""

    def __init__(self, records: dict[int, T], kind: str) -> None:
        self._records = records
        self._kind = kind

    def get(self, record_id: int) -> T:
        try:
            return self._records[record_id]
        except KeyError:
            raise NotFoundError(f"{self._kind}.not_found", str(record_id)) from None

    def list_for_partner(self, partner_id: PartnerId) -> list[T]:
        return [r for _, r in sorted(self._records.items()) if r.partner_id == partner_id]

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
        del self._records[record_id]


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
        return FakeChildRepository(self._data.contacts, "contact_person")

    @property
    def agreements(self) -> FakeChildRepository[Agreement]:
        return FakeChildRepository(self._data.agreements, "agreement")

    @property
    def goals(self) -> FakeChildRepository[SharedGoal]:
        return FakeChildRepository(self._data.goals, "shared_goal")

    @property
    def goal_updates(self) -> FakeGoalUpdateRepository:
        return FakeGoalUpdateRepository(self._data.goal_updates)

    @property
    def notes(self) -> FakeChildRepository[CommunicationNote]:
        return FakeChildRepository(self._data.notes, "communication_note")

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
