"""The trash on a real SQLite file: soft deletion hides, restore brings back, purge cascades."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from portfolio_app.domain.agreement import Agreement
from portfolio_app.domain.contact import ContactPerson
from portfolio_app.domain.errors import ConflictError, NotFoundError
from portfolio_app.domain.goal import GoalStatus, SharedGoal
from portfolio_app.domain.ids import ItemKind, ItemRef, PartnerId
from portfolio_app.domain.note import CommunicationNote
from portfolio_app.domain.partner import Partner
from portfolio_app.services.catalog import Services, build_services
from portfolio_app.storage.unit_of_work import SqlUnitOfWork

START = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)

ROWS_OF_PARTNER = {
    "contact_person": "SELECT count(*) FROM contact_person WHERE partner_id = :p",
    "agreement": "SELECT count(*) FROM agreement WHERE partner_id = :p",
    "shared_goal": "SELECT count(*) FROM shared_goal WHERE partner_id = :p",
    "goal_update": "SELECT count(*) FROM goal_update WHERE goal_id IN "
    "(SELECT id FROM shared_goal WHERE partner_id = :p)",
    "communication_note": "SELECT count(*) FROM communication_note WHERE partner_id = :p",
    "partner_tag": "SELECT count(*) FROM partner_tag WHERE partner_id = :p",
    "audit_entry": "SELECT count(*) FROM audit_entry WHERE partner_id = :p",
    "partner": "SELECT count(*) FROM partner WHERE id = :p",
}


@pytest.fixture
def clock() -> list[datetime]:
    return [START]


@pytest.fixture
def services(session_factory: sessionmaker[Session], clock: list[datetime]) -> Services:
    """Real services on the test file, with a clock the test moves on."""
    return build_services(lambda: SqlUnitOfWork(session_factory), clock=lambda: clock[0])


def count(engine: Engine, sql: str, **params: object) -> int:
    with engine.connect() as connection:
        value = connection.execute(text(sql), params).scalar_one()
    assert isinstance(value, int)
    return value


def rows_of(engine: Engine, partner_id: PartnerId) -> dict[str, int]:
    return {table: count(engine, sql, p=partner_id) for table, sql in ROWS_OF_PARTNER.items()}


def fill(services: Services, name: str) -> tuple[PartnerId, dict[ItemKind, int]]:
    """A partner with a tag, a goal with two history entries and one record of each kind."""
    created = services.partners.add_partner(Partner(None, name, tags=("crm",))).created
    assert created is not None
    partner_id = PartnerId(created.id)
    refs = {
        ItemKind.CONTACT: services.contacts.add(ContactPerson(None, partner_id, "Anna")).created,
        ItemKind.AGREEMENT: services.agreements.add(Agreement(None, partner_id, "Lease")).created,
        ItemKind.GOAL: services.goals.add(SharedGoal(None, partner_id, "Grow")).created,
        ItemKind.NOTE: services.notes.add(
            CommunicationNote(None, partner_id, START, "Kick-off")
        ).created,
    }
    ids = {kind: ref.id for kind, ref in refs.items() if ref is not None}
    goal = services.goals.get(ids[ItemKind.GOAL])
    services.goals.update(dataclasses.replace(goal, status=GoalStatus.ON_TRACK))
    return partner_id, ids


def partner_ref(partner_id: PartnerId) -> ItemRef:
    return ItemRef(ItemKind.PARTNER, partner_id)


# --- soft deletion ----------------------------------------------------------------------


def test_deleting_a_partner_keeps_every_row_and_marks_only_the_partner(
    services: Services, engine: Engine
) -> None:
    partner_id, _ids = fill(services, "Acme")
    before = rows_of(engine, partner_id)

    services.partners.delete_partner(partner_id)

    assert rows_of(engine, partner_id) == {**before, "audit_entry": before["audit_entry"] + 1}
    assert count(engine, "SELECT count(*) FROM partner WHERE deleted_at IS NOT NULL") == 1
    for table in ("contact_person", "agreement", "shared_goal", "communication_note"):
        assert count(engine, f"SELECT count(*) FROM {table} WHERE deleted_at IS NOT NULL") == 0


def test_a_deleted_partner_is_hidden_from_every_read(services: Services) -> None:
    created = services.partners.add_partner(
        Partner(None, "Acme", category="Catering", tags=("crm",))
    ).created
    assert created is not None
    partner_id = PartnerId(created.id)
    contact = services.contacts.add(ContactPerson(None, partner_id, "Anna")).created
    assert contact is not None

    services.partners.delete_partner(partner_id)

    assert services.partners.list_partners() == []
    assert "Catering" not in services.partners.categories()
    assert services.partners.tags() == []
    with pytest.raises(NotFoundError):
        services.partners.get_partner(partner_id)
    with pytest.raises(NotFoundError):
        services.partners.dossier(partner_id)
    with pytest.raises(NotFoundError):
        services.contacts.get(contact.id)
    with pytest.raises(NotFoundError):
        services.contacts.add(ContactPerson(None, partner_id, "Bert"))
    with pytest.raises(NotFoundError):
        services.partners.update_partner(Partner(partner_id, "Acme"))


def test_a_deleted_record_is_hidden_and_cannot_be_changed(services: Services) -> None:
    partner_id, ids = fill(services, "Acme")
    agreement = services.agreements.get(ids[ItemKind.AGREEMENT])

    services.agreements.delete(agreement.id or 0)

    assert services.partners.dossier(partner_id).agreements == ()
    with pytest.raises(NotFoundError):
        services.agreements.update(dataclasses.replace(agreement, title="Lease 2"))
    with pytest.raises(NotFoundError):
        services.agreements.delete(agreement.id or 0)


def test_a_new_partner_may_take_the_name_of_a_deleted_one(services: Services) -> None:
    partner_id, _ids = fill(services, "Acme")
    services.partners.delete_partner(partner_id)

    services.partners.add_partner(Partner(None, "ACME"))

    assert [p.name for p in services.partners.list_partners()] == ["ACME"]


def test_the_database_allows_one_live_partner_per_name(
    session_factory: sessionmaker[Session],
) -> None:
    with session_factory() as session, session.begin():
        session.execute(
            text(
                "INSERT INTO partner (name, name_key, category, status, website, address, "
                "description, values_expectations, archived, created_at, updated_at, deleted_at) "
                "VALUES ('Acme', 'acme', 'other', 'active', '', '', '', '', 0, :t, :t, :t), "
                "('Acme', 'acme', 'other', 'active', '', '', '', '', 0, :t, :t, NULL)"
            ),
            {"t": "2026-11-01 09:00:00.000000"},
        )

    with pytest.raises(IntegrityError), session_factory() as session, session.begin():
        session.execute(
            text(
                "INSERT INTO partner (name, name_key, category, status, website, address, "
                "description, values_expectations, archived, created_at, updated_at) "
                "VALUES ('ACME', 'acme', 'other', 'active', '', '', '', '', 0, :t, :t)"
            ),
            {"t": "2026-11-01 09:00:00.000000"},
        )


# --- restoring --------------------------------------------------------------------------


def test_restoring_a_partner_brings_back_all_its_records_with_the_same_ids(
    services: Services,
) -> None:
    partner_id, _ids = fill(services, "Acme")
    before = services.partners.dossier(partner_id)
    services.partners.delete_partner(partner_id)

    services.trash.restore(partner_ref(partner_id))

    after = services.partners.dossier(partner_id)
    assert after == before
    assert len(after.goal_updates) == 2
    assert services.partners.tags() == ["crm"]


def test_moving_to_and_from_the_trash_keeps_updated_at(
    services: Services, clock: list[datetime]
) -> None:
    partner_id, _ids = fill(services, "Acme")
    updated_at = services.partners.get_partner(partner_id).updated_at
    clock[0] = START + timedelta(days=2)
    services.partners.delete_partner(partner_id)

    services.trash.restore(partner_ref(partner_id))

    assert services.partners.get_partner(partner_id).updated_at == updated_at


def test_restoring_a_goal_brings_back_its_history(services: Services) -> None:
    partner_id, ids = fill(services, "Acme")
    services.goals.delete(ids[ItemKind.GOAL])
    assert services.partners.dossier(partner_id).goal_updates == ()

    services.trash.restore(ItemRef(ItemKind.GOAL, ids[ItemKind.GOAL]))

    dossier = services.partners.dossier(partner_id)
    assert [goal.id for goal in dossier.goals] == [ids[ItemKind.GOAL]]
    assert len(dossier.goal_updates) == 2


def test_restoring_a_record_of_a_deleted_partner_brings_back_both(services: Services) -> None:
    partner_id, ids = fill(services, "Acme")
    services.notes.delete(ids[ItemKind.NOTE])
    services.partners.delete_partner(partner_id)

    services.trash.restore(ItemRef(ItemKind.NOTE, ids[ItemKind.NOTE]))

    dossier = services.partners.dossier(partner_id)
    assert [note.id for note in dossier.notes] == [ids[ItemKind.NOTE]]
    assert len(dossier.contacts) == 1
    assert services.trash.list_items() == []


def test_restoring_a_partner_whose_name_was_taken_meanwhile_conflicts_and_changes_nothing(
    services: Services, engine: Engine
) -> None:
    partner_id, _ids = fill(services, "Acme")
    services.partners.delete_partner(partner_id)
    services.partners.add_partner(Partner(None, "acme"))
    audit_rows = count(engine, "SELECT count(*) FROM audit_entry")

    with pytest.raises(ConflictError) as caught:
        services.trash.restore(partner_ref(partner_id))

    assert (caught.value.code, caught.value.field) == ("trash.name_taken", "name")
    assert [item.ref for item in services.trash.list_items()] == [partner_ref(partner_id)]
    assert count(engine, "SELECT count(*) FROM audit_entry") == audit_rows


def test_the_database_refuses_a_restore_that_would_duplicate_a_name(
    session_factory: sessionmaker[Session], services: Services
) -> None:
    partner_id, _ids = fill(services, "Acme")
    services.partners.delete_partner(partner_id)
    services.partners.add_partner(Partner(None, "ACME"))

    with pytest.raises(ConflictError) as caught, SqlUnitOfWork(session_factory) as uow:
        uow.trash.restore(partner_ref(partner_id))

    assert caught.value.code == "trash.name_taken"


def test_the_trash_tells_what_comes_back_with_a_partner(services: Services) -> None:
    partner_id, ids = fill(services, "Acme")
    services.contacts.delete(ids[ItemKind.CONTACT])
    services.partners.delete_partner(partner_id)

    items = {item.ref: item for item in services.trash.list_items()}

    partner = items[partner_ref(partner_id)]
    assert dict(partner.contents) == {ItemKind.AGREEMENT: 1, ItemKind.GOAL: 1, ItemKind.NOTE: 1}
    contact = items[ItemRef(ItemKind.CONTACT, ids[ItemKind.CONTACT])]
    assert (contact.title, contact.partner_name, contact.partner_in_trash) == (
        "Anna",
        "Acme",
        True,
    )


def test_moving_something_missing_to_the_trash_is_not_found(
    session_factory: sessionmaker[Session],
) -> None:
    with pytest.raises(NotFoundError), SqlUnitOfWork(session_factory) as uow:
        uow.trash.move(ItemRef(ItemKind.NOTE, 42), START)


def test_goal_history_entries_are_never_in_the_trash(
    session_factory: sessionmaker[Session],
) -> None:
    with pytest.raises(NotFoundError) as caught, SqlUnitOfWork(session_factory) as uow:
        uow.trash.get(ItemRef(ItemKind.GOAL_UPDATE, 1))

    assert caught.value.code == "trash.not_found"


# --- emptying and purging ---------------------------------------------------------------


def test_emptying_the_trash_deletes_a_partner_with_everything_of_it(
    services: Services, engine: Engine
) -> None:
    doomed, _ids = fill(services, "Doomed")
    keep, _keep_ids = fill(services, "Keep")
    kept_rows = rows_of(engine, keep)
    services.partners.delete_partner(doomed)

    services.trash.empty()

    assert rows_of(engine, doomed) == dict.fromkeys(ROWS_OF_PARTNER, 0)
    assert rows_of(engine, keep) == kept_rows
    assert services.trash.list_items() == []


def test_purging_a_record_keeps_its_history_entries(services: Services, engine: Engine) -> None:
    partner_id, ids = fill(services, "Acme")
    services.goals.delete(ids[ItemKind.GOAL])

    services.trash.empty()

    assert count(engine, "SELECT count(*) FROM shared_goal") == 0
    assert count(engine, "SELECT count(*) FROM goal_update") == 0
    goal_entries = "SELECT action FROM audit_entry WHERE item_kind = 'goal' ORDER BY id"
    with engine.connect() as connection:
        actions = [row[0] for row in connection.execute(text(goal_entries))]
    assert actions == ["created", "updated", "deleted"]
    assert len(services.partners.dossier(partner_id).contacts) == 1


def test_purge_deletes_what_is_older_than_thirty_days_and_keeps_the_rest(
    services: Services, engine: Engine, clock: list[datetime]
) -> None:
    old, _old_ids = fill(services, "Old")
    young, young_ids = fill(services, "Young")
    services.partners.delete_partner(old)
    clock[0] = START + timedelta(days=5)
    services.notes.delete(young_ids[ItemKind.NOTE])
    young_rows = rows_of(engine, young)

    purged = services.trash.purge_expired(START + timedelta(days=31))

    assert purged == 1
    assert rows_of(engine, old) == dict.fromkeys(ROWS_OF_PARTNER, 0)
    assert rows_of(engine, young) == young_rows
    assert [item.title for item in services.trash.list_items()] == ["Kick-off"]


def test_purge_on_the_day_of_expiry_keeps_the_item(services: Services) -> None:
    partner_id, _ids = fill(services, "Acme")
    services.partners.delete_partner(partner_id)

    assert services.trash.purge_expired(START + timedelta(days=30)) == 0
    assert services.trash.purge_expired(START + timedelta(days=30, microseconds=1)) == 1
