"""Every add, update, delete and restore through the services writes one audit entry."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

from portfolio_app.domain.agreement import Agreement
from portfolio_app.domain.audit import AuditAction, AuditEntry, FieldChange
from portfolio_app.domain.contact import ContactPerson
from portfolio_app.domain.errors import ConflictError, NotFoundError, ValidationError
from portfolio_app.domain.goal import GoalStatus, Kpi, SharedGoal
from portfolio_app.domain.ids import ItemKind, ItemRef, PartnerId
from portfolio_app.domain.money import Money
from portfolio_app.domain.note import CommunicationNote
from portfolio_app.domain.partner import Partner, PartnerStatus
from portfolio_app.services.catalog import Services, build_services
from portfolio_app.services.records import RecordService
from tests.unit.services.fakes import FakeUnitOfWork

START = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def uow() -> FakeUnitOfWork:
    return FakeUnitOfWork()


@pytest.fixture
def clock() -> list[datetime]:
    return [START]


@pytest.fixture
def services(uow: FakeUnitOfWork, clock: list[datetime]) -> Services:
    return build_services(uow.factory, clock=lambda: clock[0])


@pytest.fixture
def partner_id(services: Services) -> PartnerId:
    created = services.partners.add_partner(Partner(None, "Acme")).created
    assert created is not None
    return PartnerId(created.id)


def entries(uow: FakeUnitOfWork) -> list[AuditEntry]:
    """Every committed entry, oldest first."""
    return [entry for _, entry in sorted(uow.committed.audit.items())]


def latest(uow: FakeUnitOfWork) -> AuditEntry:
    return entries(uow)[-1]


def test_adding_a_partner_records_its_creation_with_its_values(
    services: Services, uow: FakeUnitOfWork
) -> None:
    created = services.partners.add_partner(
        Partner(None, " Müller  Druck ", status=PartnerStatus.PROSPECT, tags=("print",))
    ).created
    assert created is not None

    [entry] = entries(uow)
    assert (entry.action, entry.at, entry.title, entry.partner_id, entry.item) == (
        AuditAction.CREATED,
        START,
        "Müller Druck",
        created.id,
        ItemRef(ItemKind.PARTNER, created.id),
    )
    assert FieldChange("status", "", "prospect") in entry.changes
    assert FieldChange("tags", "", "print") in entry.changes


def test_changing_a_partner_records_what_changed(
    services: Services, uow: FakeUnitOfWork, clock: list[datetime], partner_id: PartnerId
) -> None:
    clock[0] = START + timedelta(hours=1)

    services.partners.update_partner(Partner(partner_id, "Acme AG", website="acme.example"))

    entry = latest(uow)
    assert (entry.action, entry.at, entry.title) == (
        AuditAction.UPDATED,
        START + timedelta(hours=1),
        "Acme AG",
    )
    assert entry.changes == (
        FieldChange("name", "Acme", "Acme AG"),
        FieldChange("website", "", "acme.example"),
    )


def test_saving_a_partner_unchanged_records_nothing(
    services: Services, uow: FakeUnitOfWork, partner_id: PartnerId
) -> None:
    services.partners.update_partner(services.partners.get_partner(partner_id))

    assert len(entries(uow)) == 1


def test_deleting_a_partner_records_the_deletion(
    services: Services, uow: FakeUnitOfWork, partner_id: PartnerId
) -> None:
    services.partners.delete_partner(partner_id)

    entry = latest(uow)
    assert (entry.action, entry.title, entry.changes) == (AuditAction.DELETED, "Acme", ())


def test_restoring_records_the_restoration_once_per_item(
    services: Services, uow: FakeUnitOfWork, partner_id: PartnerId
) -> None:
    note = services.notes.add(CommunicationNote(None, partner_id, START, "Call")).created
    assert note is not None
    services.notes.delete(note.id)
    services.partners.delete_partner(partner_id)
    count = len(entries(uow))

    services.trash.restore(note)

    restored = entries(uow)[count:]
    assert [(e.action, e.item) for e in restored] == [
        (AuditAction.RESTORED, ItemRef(ItemKind.PARTNER, partner_id)),
        (AuditAction.RESTORED, note),
    ]
    assert [e.title for e in restored] == ["Acme", "Call"]


@pytest.mark.parametrize(
    ("kind", "record", "title"),
    [
        (ItemKind.CONTACT, lambda p: ContactPerson(None, p, "Anna"), "Anna"),
        (ItemKind.AGREEMENT, lambda p: Agreement(None, p, "Lease"), "Lease"),
        (ItemKind.GOAL, lambda p: SharedGoal(None, p, "Grow"), "Grow"),
        (ItemKind.NOTE, lambda p: CommunicationNote(None, p, START, "Call"), "Call"),
    ],
)
def test_every_kind_of_record_records_add_and_delete(
    services: Services,
    uow: FakeUnitOfWork,
    partner_id: PartnerId,
    kind: ItemKind,
    record: Callable[[PartnerId], Any],
    title: str,
) -> None:
    by_kind: dict[ItemKind, RecordService[Any]] = {
        ItemKind.CONTACT: services.contacts,
        ItemKind.AGREEMENT: services.agreements,
        ItemKind.GOAL: services.goals,
        ItemKind.NOTE: services.notes,
    }
    service = by_kind[kind]
    created = service.add(record(partner_id)).created
    assert created is not None

    service.delete(created.id)

    added, deleted = entries(uow)[-2:]
    assert (added.action, added.item, added.title, added.partner_id) == (
        AuditAction.CREATED,
        created,
        title,
        partner_id,
    )
    assert (deleted.action, deleted.item, deleted.title) == (AuditAction.DELETED, created, title)


def test_changing_an_agreement_records_old_and_new_value(
    services: Services, uow: FakeUnitOfWork, partner_id: PartnerId
) -> None:
    created = services.agreements.add(
        Agreement(None, partner_id, "Leasing Kopierer", value=Money.of("249.90"))
    ).created
    assert created is not None
    stored = services.agreements.get(created.id)

    services.agreements.update(dataclasses.replace(stored, value=Money.of("279")))

    entry = latest(uow)
    assert (entry.action, entry.title) == (AuditAction.UPDATED, "Leasing Kopierer")
    assert entry.changes == (FieldChange("value", "249.90 EUR", "279.00 EUR"),)


def test_saving_a_record_unchanged_records_nothing(
    services: Services, uow: FakeUnitOfWork, partner_id: PartnerId
) -> None:
    created = services.contacts.add(ContactPerson(None, partner_id, "Anna")).created
    assert created is not None
    count = len(entries(uow))

    services.contacts.update(services.contacts.get(created.id))

    assert len(entries(uow)) == count


def test_a_goal_update_is_one_entry_although_it_also_writes_goal_history(
    services: Services, uow: FakeUnitOfWork, partner_id: PartnerId
) -> None:
    created = services.goals.add(
        SharedGoal(None, partner_id, "Grow", kpi=Kpi("%", Decimal(0), Decimal(10)))
    ).created
    assert created is not None
    goal = services.goals.get(created.id)
    assert goal.kpi is not None
    count = len(entries(uow))

    services.goals.update(
        dataclasses.replace(
            goal,
            status=GoalStatus.AT_RISK,
            kpi=dataclasses.replace(goal.kpi, current=Decimal(4)),
        )
    )

    [entry] = entries(uow)[count:]
    assert entry.changes == (
        FieldChange("status", "planned", "at_risk"),
        FieldChange("kpi.current", "", "4"),
    )
    assert len(uow.committed.goal_updates) == 2


def test_a_failing_call_records_nothing(
    services: Services, uow: FakeUnitOfWork, partner_id: PartnerId
) -> None:
    services.partners.add_partner(Partner(None, "Globex"))
    count = len(entries(uow))

    with pytest.raises(ConflictError):
        services.partners.update_partner(Partner(partner_id, "globex"))
    with pytest.raises(ValidationError):
        services.contacts.add(ContactPerson(None, partner_id, " "))
    with pytest.raises(NotFoundError):
        services.notes.delete(42)

    assert len(entries(uow)) == count


def test_history_lists_a_partners_entries_newest_first(
    services: Services, clock: list[datetime], partner_id: PartnerId
) -> None:
    other = services.partners.add_partner(Partner(None, "Globex")).created
    assert other is not None
    clock[0] = START + timedelta(days=1)
    services.contacts.add(ContactPerson(None, partner_id, "Anna"))
    clock[0] = START + timedelta(days=2)
    services.partners.update_partner(Partner(partner_id, "Acme AG"))

    history = services.history.for_partner(partner_id)

    assert [(e.action, e.title) for e in history] == [
        (AuditAction.UPDATED, "Acme AG"),
        (AuditAction.CREATED, "Anna"),
        (AuditAction.CREATED, "Acme"),
    ]


def test_entries_at_the_same_moment_keep_their_order_newest_first(
    services: Services, partner_id: PartnerId
) -> None:
    services.contacts.add(ContactPerson(None, partner_id, "Anna"))
    services.contacts.add(ContactPerson(None, partner_id, "Bert"))

    titles = [entry.title for entry in services.history.for_partner(partner_id)]

    assert titles == ["Bert", "Anna", "Acme"]


def test_a_partner_without_entries_has_an_empty_history(services: Services) -> None:
    assert services.history.for_partner(PartnerId(42)) == []
