"""Deleting moves to the trash; TrashService lists, restores, empties and purges it."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

import pytest

from portfolio_app.domain.agreement import Agreement
from portfolio_app.domain.audit import AuditAction
from portfolio_app.domain.contact import ContactPerson
from portfolio_app.domain.errors import ConflictError, NotFoundError
from portfolio_app.domain.goal import SharedGoal
from portfolio_app.domain.ids import ItemKind, ItemRef, PartnerId
from portfolio_app.domain.note import CommunicationNote
from portfolio_app.domain.partner import Partner
from portfolio_app.services.catalog import Services, build_services
from portfolio_app.services.changes import Changes
from tests.unit.services.fakes import FakeUnitOfWork

START = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def uow() -> FakeUnitOfWork:
    return FakeUnitOfWork()


@pytest.fixture
def clock() -> list[datetime]:
    """The moment the services see; tests move it on."""
    return [START]


@pytest.fixture
def services(uow: FakeUnitOfWork, clock: list[datetime]) -> Services:
    return build_services(uow.factory, clock=lambda: clock[0])


def add_partner(services: Services, name: str, tags: tuple[str, ...] = ()) -> PartnerId:
    created = services.partners.add_partner(Partner(None, name, tags=tags)).created
    assert created is not None
    return PartnerId(created.id)


def fill(services: Services, name: str) -> tuple[PartnerId, dict[ItemKind, int]]:
    """A partner with one record of every kind; returns its id and the records' ids."""
    partner_id = add_partner(services, name, tags=("crm",))
    created = {
        ItemKind.CONTACT: services.contacts.add(ContactPerson(None, partner_id, "Anna")).created,
        ItemKind.AGREEMENT: services.agreements.add(Agreement(None, partner_id, "Lease")).created,
        ItemKind.GOAL: services.goals.add(SharedGoal(None, partner_id, "Grow")).created,
        ItemKind.NOTE: services.notes.add(
            CommunicationNote(None, partner_id, START, "Kick-off")
        ).created,
    }
    return partner_id, {kind: ref.id for kind, ref in created.items() if ref is not None}


def partner_ref(partner_id: PartnerId) -> ItemRef:
    return ItemRef(ItemKind.PARTNER, partner_id)


# --- deleting ---------------------------------------------------------------------------


def test_a_deleted_partner_disappears_from_every_read(services: Services) -> None:
    partner_id, records = fill(services, "Acme")

    services.partners.delete_partner(partner_id)

    assert services.partners.list_partners() == []
    assert services.partners.tags() == []
    with pytest.raises(NotFoundError):
        services.partners.dossier(partner_id)
    with pytest.raises(NotFoundError):
        services.agreements.get(records[ItemKind.AGREEMENT])


def test_the_category_of_a_deleted_partner_is_no_longer_offered(services: Services) -> None:
    created = services.partners.add_partner(Partner(None, "Acme", category="Catering")).created
    assert created is not None

    services.partners.delete_partner(PartnerId(created.id))

    assert "Catering" not in services.partners.categories()


def test_a_deleted_partner_is_listed_in_the_trash_with_what_comes_back(
    services: Services,
) -> None:
    partner_id, _records = fill(services, "Acme")

    services.partners.delete_partner(partner_id)

    [item] = services.trash.list_items()
    assert (item.ref, item.title, item.partner_name, item.deleted_at) == (
        partner_ref(partner_id),
        "Acme",
        "Acme",
        START,
    )
    assert dict(item.contents) == {
        ItemKind.CONTACT: 1,
        ItemKind.AGREEMENT: 1,
        ItemKind.GOAL: 1,
        ItemKind.NOTE: 1,
    }


def test_a_deleted_record_is_hidden_and_listed_with_its_partner(services: Services) -> None:
    partner_id, records = fill(services, "Acme")

    services.notes.delete(records[ItemKind.NOTE])

    assert services.partners.dossier(partner_id).notes == ()
    [item] = services.trash.list_items()
    assert (item.kind, item.title, item.partner_name, item.partner_in_trash) == (
        ItemKind.NOTE,
        "Kick-off",
        "Acme",
        False,
    )


def test_deleting_twice_is_not_found(services: Services) -> None:
    partner_id = add_partner(services, "Acme")
    services.partners.delete_partner(partner_id)

    with pytest.raises(NotFoundError):
        services.partners.delete_partner(partner_id)


def test_the_name_of_a_deleted_partner_is_free_again(services: Services) -> None:
    add_partner(services, "Acme")
    services.partners.delete_partner(PartnerId(1))

    again = add_partner(services, "ACME")

    assert [p.id for p in services.partners.list_partners()] == [again]


def test_the_trash_lists_the_most_recently_deleted_first(
    services: Services, clock: list[datetime]
) -> None:
    first = add_partner(services, "Acme")
    second = add_partner(services, "Globex")
    services.partners.delete_partner(first)
    clock[0] = START + timedelta(minutes=5)
    services.partners.delete_partner(second)

    assert [item.title for item in services.trash.list_items()] == ["Globex", "Acme"]


# --- restoring --------------------------------------------------------------------------


def test_restoring_a_partner_brings_back_everything_with_the_same_ids(
    services: Services,
) -> None:
    partner_id, _records = fill(services, "Acme")
    before = services.partners.dossier(partner_id)
    services.partners.delete_partner(partner_id)

    services.trash.restore(partner_ref(partner_id))

    assert services.partners.dossier(partner_id) == before
    assert services.trash.list_items() == []
    assert services.partners.tags() == ["crm"]


def test_restoring_a_partner_reports_it_as_created_so_views_select_it(
    services: Services,
) -> None:
    partner_id = add_partner(services, "Acme")
    services.partners.delete_partner(partner_id)

    changes = services.trash.restore(partner_ref(partner_id))

    assert changes == Changes(
        frozenset({partner_ref(partner_id)}),
        frozenset({partner_id}),
        created=partner_ref(partner_id),
    )


def test_restoring_a_partner_leaves_records_deleted_before_it_in_the_trash(
    services: Services,
) -> None:
    partner_id, records = fill(services, "Acme")
    services.notes.delete(records[ItemKind.NOTE])
    services.partners.delete_partner(partner_id)

    services.trash.restore(partner_ref(partner_id))

    assert services.partners.dossier(partner_id).notes == ()
    assert [item.kind for item in services.trash.list_items()] == [ItemKind.NOTE]


def test_restoring_a_record_puts_it_back(services: Services) -> None:
    partner_id, records = fill(services, "Acme")
    goal_id = records[ItemKind.GOAL]
    history_before = services.partners.dossier(partner_id).goal_updates
    services.goals.delete(goal_id)

    changes = services.trash.restore(ItemRef(ItemKind.GOAL, goal_id))

    dossier = services.partners.dossier(partner_id)
    assert [goal.id for goal in dossier.goals] == [goal_id]
    assert dossier.goal_updates == history_before
    assert changes == Changes(frozenset({ItemRef(ItemKind.GOAL, goal_id)}), frozenset({partner_id}))


def test_restoring_a_record_of_a_deleted_partner_restores_the_partner_too(
    services: Services,
) -> None:
    partner_id, records = fill(services, "Acme")
    services.contacts.delete(records[ItemKind.CONTACT])
    services.partners.delete_partner(partner_id)
    contact = ItemRef(ItemKind.CONTACT, records[ItemKind.CONTACT])
    assert next(i for i in services.trash.list_items() if i.ref == contact).partner_in_trash

    changes = services.trash.restore(contact)

    dossier = services.partners.dossier(partner_id)
    assert [c.name for c in dossier.contacts] == ["Anna"]
    assert len(dossier.notes) == 1
    assert changes.items == {contact, partner_ref(partner_id)}
    assert changes.created == partner_ref(partner_id)
    assert services.trash.list_items() == []


def test_restoring_a_partner_whose_name_is_taken_is_a_conflict_and_changes_nothing(
    services: Services, uow: FakeUnitOfWork
) -> None:
    old = add_partner(services, "Acme")
    services.partners.delete_partner(old)
    add_partner(services, "acme")
    commits = uow.commits

    with pytest.raises(ConflictError) as caught:
        services.trash.restore(partner_ref(old))

    assert (caught.value.code, caught.value.field) == ("trash.name_taken", "name")
    assert uow.commits == commits
    assert [item.ref for item in services.trash.list_items()] == [partner_ref(old)]


def test_restoring_a_record_whose_partner_name_is_taken_is_a_conflict(
    services: Services,
) -> None:
    partner_id, records = fill(services, "Acme")
    services.notes.delete(records[ItemKind.NOTE])
    services.partners.delete_partner(partner_id)
    add_partner(services, "Acme")

    with pytest.raises(ConflictError):
        services.trash.restore(ItemRef(ItemKind.NOTE, records[ItemKind.NOTE]))

    assert len(services.trash.list_items()) == 2


def test_restoring_something_not_in_the_trash_is_not_found(services: Services) -> None:
    partner_id = add_partner(services, "Acme")

    with pytest.raises(NotFoundError) as caught:
        services.trash.restore(partner_ref(partner_id))

    assert caught.value.code == "trash.not_found"


# --- emptying and purging ---------------------------------------------------------------


def test_emptying_the_trash_deletes_everything_in_it_for_good(services: Services) -> None:
    keep, keep_records = fill(services, "Keep")
    doomed, _records = fill(services, "Doomed")
    services.notes.delete(keep_records[ItemKind.NOTE])
    services.partners.delete_partner(doomed)

    changes = services.trash.empty()

    assert services.trash.list_items() == []
    assert changes.partners == {keep, doomed}
    assert changes.items == {
        partner_ref(doomed),
        ItemRef(ItemKind.NOTE, keep_records[ItemKind.NOTE]),
    }
    with pytest.raises(NotFoundError):
        services.trash.restore(partner_ref(doomed))
    assert services.partners.dossier(keep).notes == ()
    assert len(services.partners.dossier(keep).contacts) == 1


def test_emptying_removes_a_purged_partners_records_and_history(
    services: Services, uow: FakeUnitOfWork
) -> None:
    doomed, _records = fill(services, "Doomed")
    services.partners.delete_partner(doomed)

    services.trash.empty()

    data = uow.committed
    assert (data.partners, data.contacts, data.agreements, data.goals, data.notes) == (
        {},
        {},
        {},
        {},
        {},
    )
    assert data.goal_updates == {}
    assert services.history.for_partner(doomed) == []


def test_purging_a_record_keeps_its_entries_in_the_partner_history(services: Services) -> None:
    partner_id, records = fill(services, "Acme")
    services.agreements.delete(records[ItemKind.AGREEMENT])

    services.trash.empty()

    titles = [(e.action, e.title) for e in services.history.for_partner(partner_id)]
    assert (AuditAction.DELETED, "Lease") in titles


def test_purge_expired_deletes_only_what_is_older_than_thirty_days(
    services: Services, clock: list[datetime]
) -> None:
    old = add_partner(services, "Old")
    young = add_partner(services, "Young")
    services.partners.delete_partner(old)
    clock[0] = START + timedelta(days=10)
    services.partners.delete_partner(young)

    purged = services.trash.purge_expired(START + timedelta(days=30, seconds=1))

    assert purged == 1
    assert [item.title for item in services.trash.list_items()] == ["Young"]


def test_purge_expired_keeps_what_was_deleted_exactly_thirty_days_ago(services: Services) -> None:
    services.partners.delete_partner(add_partner(services, "Acme"))

    assert services.trash.purge_expired(START + timedelta(days=30)) == 0
    assert len(services.trash.list_items()) == 1


def test_purging_a_partner_counts_its_trashed_records_too(
    services: Services, clock: list[datetime]
) -> None:
    partner_id, records = fill(services, "Acme")
    services.notes.delete(records[ItemKind.NOTE])
    clock[0] = START + timedelta(days=20)
    services.partners.delete_partner(partner_id)

    assert services.trash.purge_expired(START + timedelta(days=51)) == 2
    assert services.trash.list_items() == []


def test_purging_an_empty_trash_purges_nothing(services: Services, uow: FakeUnitOfWork) -> None:
    assert services.trash.purge_expired(START) == 0
    assert services.trash.empty() == Changes()


def test_restored_goal_keeps_recording_history(services: Services, clock: list[datetime]) -> None:
    partner_id, records = fill(services, "Acme")
    goal_id = records[ItemKind.GOAL]
    services.goals.delete(goal_id)
    services.trash.restore(ItemRef(ItemKind.GOAL, goal_id))
    clock[0] = START + timedelta(days=1)

    goal = services.goals.get(goal_id)
    services.goals.update(dataclasses.replace(goal, title="Grow more", status=goal.status))

    assert services.goals.get(goal_id).title == "Grow more"
    assert len(services.partners.dossier(partner_id).goal_updates) == 1
