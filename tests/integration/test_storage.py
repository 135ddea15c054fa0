"""Repositories and the unit of work on a real SQLite file."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.orm import Session, sessionmaker

from portfolio_app.domain.agreement import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    BillingPeriod,
    NoticeAnchor,
    NoticePeriod,
    PeriodUnit,
)
from portfolio_app.domain.contact import ContactPerson
from portfolio_app.domain.errors import ConflictError, NotFoundError, StorageError
from portfolio_app.domain.goal import GoalStatus, GoalUpdate, Kpi, SharedGoal
from portfolio_app.domain.ids import (
    AgreementId,
    ContactId,
    GoalId,
    GoalUpdateId,
    NoteId,
    PartnerId,
)
from portfolio_app.domain.money import Money
from portfolio_app.domain.note import Channel, CommunicationNote, FollowUp, Mood
from portfolio_app.domain.partner import Partner, PartnerStatus
from portfolio_app.services.catalog import Services
from portfolio_app.storage.database import (
    BUSY_TIMEOUT_MS,
    create_session_factory,
    create_sqlite_engine,
)
from portfolio_app.storage.unit_of_work import SqlUnitOfWork

BERLIN = ZoneInfo("Europe/Berlin")

FULL_PARTNER = Partner(
    id=None,
    name="Müller & Söhne Druckerei",
    category="print",
    status=PartnerStatus.PAUSED,
    partner_since=date(2019, 4, 1),
    website="https://müller-druck.de",
    address="Hauptstraße 5\n80331 München",
    description="Druckt Flyer und Broschüren.",
    values_expectations="Pünktlich, faire Preise.\nKeine Überraschungen.",
    tags=("Druck", "Print", "Zuverlässig"),
    archived=True,
)


@pytest.fixture
def uow(session_factory: sessionmaker[Session]) -> SqlUnitOfWork:
    return SqlUnitOfWork(session_factory)


@pytest.fixture
def partner_id(uow: SqlUnitOfWork) -> PartnerId:
    with uow:
        partner_id = uow.partners.add(Partner(id=None, name="Acme"))
        uow.commit()
    return partner_id


def count(engine: Engine, sql: str, **params: object) -> int:
    with engine.connect() as connection:
        value = connection.execute(text(sql), params).scalar_one()
    assert isinstance(value, int)
    return value


# --- partners -------------------------------------------------------------------------


def test_partner_round_trips_every_field(uow: SqlUnitOfWork) -> None:
    with uow:
        partner_id = uow.partners.add(FULL_PARTNER)
        uow.commit()

    with uow:
        stored = uow.partners.get(partner_id)

    assert dataclasses.replace(stored, created_at=None, updated_at=None) == dataclasses.replace(
        FULL_PARTNER, id=partner_id
    )


def test_partner_timestamps_come_back_aware_in_utc(uow: SqlUnitOfWork) -> None:
    before = datetime.now(UTC)
    with uow:
        partner_id = uow.partners.add(FULL_PARTNER)
        uow.commit()

    with uow:
        stored = uow.partners.get(partner_id)

    assert stored.created_at is not None
    assert stored.updated_at is not None
    assert stored.created_at.tzinfo is UTC
    assert stored.updated_at.tzinfo is UTC
    assert before <= stored.created_at <= datetime.now(UTC)


def test_partner_update_overwrites_fields_and_replaces_tags(
    uow: SqlUnitOfWork, partner_id: PartnerId
) -> None:
    with uow:
        uow.partners.update(Partner(id=partner_id, name="Acme AG", tags=("crm", "print")))
        uow.commit()
    with uow:
        uow.partners.update(Partner(id=partner_id, name="Acme AG", tags=("print",)))
        uow.commit()

    with uow:
        stored = uow.partners.get(partner_id)

    assert (stored.name, stored.tags) == ("Acme AG", ("print",))


def test_partners_share_a_tag_written_in_another_case(uow: SqlUnitOfWork) -> None:
    with uow:
        uow.partners.add(Partner(id=None, name="Acme", tags=("CRM",)))
        globex = uow.partners.add(Partner(id=None, name="Globex", tags=("crm",)))
        uow.commit()

    with uow:
        assert uow.partners.get(globex).tags == ("CRM",)
        assert uow.partners.tags_in_use() == ["CRM"]


def test_tags_no_partner_uses_any_more_are_not_in_use(
    uow: SqlUnitOfWork, partner_id: PartnerId
) -> None:
    with uow:
        uow.partners.update(Partner(id=partner_id, name="Acme", tags=("old",)))
        uow.partners.update(Partner(id=partner_id, name="Acme", tags=("new",)))
        uow.commit()

    with uow:
        assert uow.partners.tags_in_use() == ["new"]


def test_categories_in_use_are_distinct(uow: SqlUnitOfWork) -> None:
    with uow:
        for name, category in [("A", "print"), ("B", "Catering"), ("C", "print")]:
            uow.partners.add(Partner(id=None, name=name, category=category))
        uow.commit()

    with uow:
        assert sorted(uow.partners.categories_in_use()) == ["Catering", "print"]


def test_id_for_name_ignores_case_and_spacing(uow: SqlUnitOfWork) -> None:
    with uow:
        partner_id = uow.partners.add(Partner(id=None, name="Müller GmbH"))

        assert uow.partners.id_for_name("  MÜLLER   gmbh ") == partner_id
        assert uow.partners.id_for_name("Müller AG") is None


def test_database_refuses_a_second_partner_with_the_same_name_ignoring_case(
    uow: SqlUnitOfWork, partner_id: PartnerId
) -> None:
    with uow, pytest.raises(ConflictError) as caught:
        uow.partners.add(Partner(id=None, name="ACME"))

    assert caught.value.code == "partner.name.duplicate"
    assert caught.value.field == "name"


def test_database_refuses_renaming_a_partner_to_another_partners_name(
    uow: SqlUnitOfWork, partner_id: PartnerId
) -> None:
    with uow:
        globex = uow.partners.add(Partner(id=None, name="Globex"))
        uow.commit()

    with uow, pytest.raises(ConflictError):
        uow.partners.update(Partner(id=globex, name="acme"))


def test_database_refuses_renaming_a_tagged_partner_to_another_partners_name(
    uow: SqlUnitOfWork, partner_id: PartnerId
) -> None:
    with uow:
        globex = uow.partners.add(Partner(id=None, name="Globex"))
        uow.commit()

    with uow, pytest.raises(ConflictError):
        uow.partners.update(Partner(id=globex, name="acme", tags=("crm",)))


def test_getting_a_missing_partner_is_not_found(uow: SqlUnitOfWork) -> None:
    with uow, pytest.raises(NotFoundError) as caught:
        uow.partners.get(PartnerId(42))

    assert caught.value.code == "partner.not_found"


def test_deleting_a_missing_partner_is_not_found(uow: SqlUnitOfWork) -> None:
    with uow, pytest.raises(NotFoundError):
        uow.partners.delete(PartnerId(42))


# --- records that belong to a partner ---------------------------------------------------


def test_contact_round_trips_every_field(uow: SqlUnitOfWork, partner_id: PartnerId) -> None:
    contact = ContactPerson(
        id=None,
        partner_id=partner_id,
        name="Jörg Weiß",
        role="Geschäftsführer",
        email="jörg@weiß.de",
        phone="+49 89 123456",
        is_primary=True,
        notes="Mag keine Telefonate\nlieber E-Mail",
    )
    with uow:
        contact_id = uow.contacts.add(contact)
        uow.commit()

    with uow:
        assert uow.contacts.get(contact_id) == dataclasses.replace(
            contact, id=ContactId(contact_id)
        )


def test_agreement_round_trips_every_field(uow: SqlUnitOfWork, partner_id: PartnerId) -> None:
    agreement = Agreement(
        id=None,
        partner_id=partner_id,
        title="Wartungsvertrag Drucker",
        kind=AgreementKind.SLA,
        status=AgreementStatus.TERMINATED,
        start_date=date(2024, 1, 1),
        end_date=date(2026, 12, 31),
        minimum_term_months=24,
        notice_period=NoticePeriod(3, PeriodUnit.MONTHS),
        notice_anchor=NoticeAnchor.END_OF_QUARTER,
        renewal_months=12,
        value=Money.of("1234.56", "CHF"),
        billing_period=BillingPeriod.QUARTERLY,
        document_link="/home/anna/Verträge/drucker.pdf",
        notes="Kündigung per Einschreiben",
    )
    with uow:
        agreement_id = uow.agreements.add(agreement)
        uow.commit()

    with uow:
        assert uow.agreements.get(agreement_id) == dataclasses.replace(
            agreement, id=AgreementId(agreement_id)
        )


def test_agreement_without_optional_terms_round_trips(
    uow: SqlUnitOfWork, partner_id: PartnerId
) -> None:
    agreement = Agreement(id=None, partner_id=partner_id, title="NDA", kind=AgreementKind.NDA)
    with uow:
        agreement_id = uow.agreements.add(agreement)
        uow.commit()

    with uow:
        assert uow.agreements.get(agreement_id) == dataclasses.replace(
            agreement, id=AgreementId(agreement_id)
        )


def test_money_is_stored_as_integer_cents_and_a_currency_code(
    uow: SqlUnitOfWork, engine: Engine, partner_id: PartnerId
) -> None:
    agreement = Agreement(
        id=None, partner_id=partner_id, title="Lease", value=Money.of("1234.56", "CHF")
    )
    with uow:
        agreement_id = uow.agreements.add(agreement)
        uow.commit()

    with engine.connect() as connection:
        row = connection.execute(
            text("SELECT value_minor, currency FROM agreement WHERE id = :id"), {"id": agreement_id}
        ).one()

    assert tuple(row) == (123456, "CHF")


def test_goal_round_trips_every_field_with_exact_decimals(
    uow: SqlUnitOfWork, partner_id: PartnerId
) -> None:
    goal = SharedGoal(
        id=None,
        partner_id=partner_id,
        title="Weniger Fehldrucke",
        description="Quote senken",
        owner="Jörg",
        target_date=date(2027, 3, 31),
        status=GoalStatus.AT_RISK,
        kpi=Kpi("%", Decimal("0.3"), Decimal("0.1"), Decimal("0.25")),
    )
    with uow:
        goal_id = uow.goals.add(goal)
        uow.commit()

    with uow:
        stored = uow.goals.get(goal_id)

    assert stored == dataclasses.replace(goal, id=GoalId(goal_id))
    assert stored.kpi is not None
    assert [str(stored.kpi.baseline), str(stored.kpi.target), str(stored.kpi.current)] == [
        "0.3",
        "0.1",
        "0.25",
    ]


def test_goal_without_kpi_round_trips(uow: SqlUnitOfWork, partner_id: PartnerId) -> None:
    goal = SharedGoal(id=None, partner_id=partner_id, title="Kennenlernen")
    with uow:
        goal_id = uow.goals.add(goal)
        uow.commit()

    with uow:
        assert uow.goals.get(goal_id).kpi is None


def test_goal_history_round_trips_oldest_first(uow: SqlUnitOfWork, partner_id: PartnerId) -> None:
    with uow:
        goal_id = GoalId(uow.goals.add(SharedGoal(id=None, partner_id=partner_id, title="G")))
        later = GoalUpdate(None, goal_id, date(2026, 6, 1), GoalStatus.ON_TRACK, Decimal("0.1"))
        first = GoalUpdate(None, goal_id, date(2026, 1, 1), comment="Start", created=True)
        later_id = uow.goal_updates.add(later)
        first_id = uow.goal_updates.add(first)
        uow.commit()

    with uow:
        history = uow.goal_updates.list_for_goals([goal_id])

    assert history == [
        dataclasses.replace(first, id=GoalUpdateId(first_id)),
        dataclasses.replace(later, id=GoalUpdateId(later_id)),
    ]


def test_history_of_no_goals_is_empty(uow: SqlUnitOfWork) -> None:
    with uow:
        assert uow.goal_updates.list_for_goals([]) == []


def test_note_round_trips_every_field(uow: SqlUnitOfWork, partner_id: PartnerId) -> None:
    note = CommunicationNote(
        id=None,
        partner_id=partner_id,
        when=datetime(2026, 3, 9, 23, 30, tzinfo=UTC),
        subject="Preisgespräch",
        channel=Channel.VIDEO,
        participants="Anna, Jörg",
        body="Über Preise gesprochen.\nÄnderungen ab Q2.",
        outcome="Rabatt 5 %",
        mood=Mood.TENSE,
        misunderstanding=True,
        resolution="Missverständnis geklärt",
        follow_up=FollowUp("Angebot schicken", date(2026, 3, 16), done=True),
    )
    with uow:
        note_id = uow.notes.add(note)
        uow.commit()

    with uow:
        assert uow.notes.get(note_id) == dataclasses.replace(note, id=NoteId(note_id))


def test_note_moment_in_another_zone_comes_back_as_the_same_instant_in_utc(
    uow: SqlUnitOfWork, partner_id: PartnerId
) -> None:
    when = datetime(2026, 7, 1, 9, 30, tzinfo=BERLIN)
    with uow:
        note_id = uow.notes.add(
            CommunicationNote(id=None, partner_id=partner_id, when=when, subject="Call")
        )
        uow.commit()

    with uow:
        stored = uow.notes.get(note_id).when

    assert stored == when
    assert stored.tzinfo is UTC
    assert stored.hour == 7


def test_a_naive_moment_is_refused_instead_of_guessed(
    uow: SqlUnitOfWork, partner_id: PartnerId
) -> None:
    naive = CommunicationNote(
        id=None, partner_id=partner_id, when=datetime(2026, 1, 1, 9, 0), subject="Call"
    )

    with uow, pytest.raises(StatementError, match="naive datetime cannot be stored"):
        uow.notes.add(naive)


def test_note_without_follow_up_round_trips(uow: SqlUnitOfWork, partner_id: PartnerId) -> None:
    when = datetime(2026, 1, 1, tzinfo=timezone(timedelta(hours=-5)))
    with uow:
        note_id = uow.notes.add(
            CommunicationNote(id=None, partner_id=partner_id, when=when, subject="Call")
        )
        uow.commit()

    with uow:
        assert uow.notes.get(note_id).follow_up is None


def test_contacts_are_listed_primary_first_then_by_name(
    uow: SqlUnitOfWork, partner_id: PartnerId
) -> None:
    with uow:
        for name, primary in [("Carla", False), ("Bert", True), ("Anna", False)]:
            uow.contacts.add(
                ContactPerson(id=None, partner_id=partner_id, name=name, is_primary=primary)
            )
        uow.commit()

    with uow:
        names = [contact.name for contact in uow.contacts.list_for_partner(partner_id)]

    assert names == ["Bert", "Anna", "Carla"]


def test_notes_are_listed_newest_first(uow: SqlUnitOfWork, partner_id: PartnerId) -> None:
    with uow:
        for day in (3, 9, 5):
            uow.notes.add(
                CommunicationNote(
                    id=None,
                    partner_id=partner_id,
                    when=datetime(2026, 1, day, tzinfo=UTC),
                    subject=f"Day {day}",
                )
            )
        uow.commit()

    with uow:
        subjects = [note.subject for note in uow.notes.list_for_partner(partner_id)]

    assert subjects == ["Day 9", "Day 5", "Day 3"]


def test_agreements_are_listed_newest_start_first(
    uow: SqlUnitOfWork, partner_id: PartnerId
) -> None:
    with uow:
        for year in (2021, 2024, 2022):
            uow.agreements.add(
                Agreement(
                    id=None, partner_id=partner_id, title=str(year), start_date=date(year, 1, 1)
                )
            )
        uow.commit()

    with uow:
        titles = [a.title for a in uow.agreements.list_for_partner(partner_id)]

    assert titles == ["2024", "2022", "2021"]


def test_records_of_other_partners_are_not_listed(
    uow: SqlUnitOfWork, partner_id: PartnerId
) -> None:
    with uow:
        other = uow.partners.add(Partner(id=None, name="Globex"))
        uow.contacts.add(ContactPerson(id=None, partner_id=other, name="Someone"))
        uow.commit()

    with uow:
        assert uow.contacts.list_for_partner(partner_id) == []


def test_updating_a_record_overwrites_it(uow: SqlUnitOfWork, partner_id: PartnerId) -> None:
    with uow:
        contact_id = uow.contacts.add(ContactPerson(id=None, partner_id=partner_id, name="Anna"))
        uow.commit()

    with uow:
        stored = uow.contacts.get(contact_id)
        uow.contacts.update(dataclasses.replace(stored, role="CFO"))
        uow.commit()

    with uow:
        assert uow.contacts.get(contact_id).role == "CFO"


def test_updating_a_missing_record_is_not_found(uow: SqlUnitOfWork, partner_id: PartnerId) -> None:
    ghost = ContactPerson(id=ContactId(42), partner_id=partner_id, name="Ghost")

    with uow, pytest.raises(NotFoundError):
        uow.contacts.update(ghost)


def test_deleting_a_missing_record_is_not_found(uow: SqlUnitOfWork) -> None:
    with uow, pytest.raises(NotFoundError) as caught:
        uow.notes.delete(42)

    assert caught.value.code == "communication_note.not_found"


def test_deleting_a_record_removes_it(uow: SqlUnitOfWork, partner_id: PartnerId) -> None:
    with uow:
        contact_id = uow.contacts.add(ContactPerson(id=None, partner_id=partner_id, name="Anna"))
        uow.commit()

    with uow:
        uow.contacts.delete(contact_id)
        uow.commit()

    with uow, pytest.raises(NotFoundError):
        uow.contacts.get(contact_id)


def test_database_refuses_a_record_for_a_missing_partner(uow: SqlUnitOfWork) -> None:
    with uow, pytest.raises(IntegrityError, match="FOREIGN KEY constraint failed"):
        uow.contacts.add(ContactPerson(id=None, partner_id=PartnerId(42), name="Orphan"))


# --- deleting a partner -----------------------------------------------------------------


def fill_partner(services: Services, name: str) -> PartnerId:
    """A partner with a tag and one record of every kind, through the real services."""
    created = services.partners.add_partner(Partner(id=None, name=name, tags=("crm",))).created
    assert created is not None
    partner_id = PartnerId(created.id)
    services.contacts.add(ContactPerson(id=None, partner_id=partner_id, name="Anna"))
    services.agreements.add(Agreement(id=None, partner_id=partner_id, title="Lease"))
    services.goals.add(SharedGoal(id=None, partner_id=partner_id, title="Grow"))
    services.notes.add(
        CommunicationNote(
            id=None, partner_id=partner_id, when=datetime(2026, 1, 1, tzinfo=UTC), subject="Hi"
        )
    )
    return partner_id


ROWS_OF_PARTNER = {
    "contact_person": "SELECT count(*) FROM contact_person WHERE partner_id = :p",
    "agreement": "SELECT count(*) FROM agreement WHERE partner_id = :p",
    "shared_goal": "SELECT count(*) FROM shared_goal WHERE partner_id = :p",
    "goal_update": "SELECT count(*) FROM goal_update WHERE goal_id IN "
    "(SELECT id FROM shared_goal WHERE partner_id = :p)",
    "communication_note": "SELECT count(*) FROM communication_note WHERE partner_id = :p",
    "partner_tag": "SELECT count(*) FROM partner_tag WHERE partner_id = :p",
}


def test_every_table_holds_rows_of_a_filled_partner(services: Services, engine: Engine) -> None:
    partner_id = fill_partner(services, "Acme")

    counts = {table: count(engine, sql, p=partner_id) for table, sql in ROWS_OF_PARTNER.items()}

    assert counts == dict.fromkeys(ROWS_OF_PARTNER, 1)


def test_purging_a_deleted_partner_deletes_everything_that_belongs_to_it(
    services: Services, engine: Engine
) -> None:
    partner_id = fill_partner(services, "Acme")

    services.partners.delete_partner(partner_id)
    services.trash.empty()

    counts = {table: count(engine, sql, p=partner_id) for table, sql in ROWS_OF_PARTNER.items()}
    assert counts == dict.fromkeys(ROWS_OF_PARTNER, 0)
    assert count(engine, "SELECT count(*) FROM goal_update") == 0


def test_deleting_a_partner_leaves_other_partners_alone(services: Services, engine: Engine) -> None:
    acme = fill_partner(services, "Acme")
    globex = fill_partner(services, "Globex")

    services.partners.delete_partner(acme)
    services.trash.empty()

    counts = {table: count(engine, sql, p=globex) for table, sql in ROWS_OF_PARTNER.items()}
    assert counts == dict.fromkeys(ROWS_OF_PARTNER, 1)


def test_dossier_holds_everything_stored_for_the_partner(services: Services) -> None:
    partner_id = fill_partner(services, "Acme")

    dossier = services.partners.dossier(partner_id)

    assert (
        len(dossier.contacts),
        len(dossier.agreements),
        len(dossier.goals),
        len(dossier.goal_updates),
        len(dossier.notes),
    ) == (1, 1, 1, 1, 1)
    assert dossier.goal_updates[0].created


# --- the unit of work -------------------------------------------------------------------


def test_uncommitted_work_is_rolled_back(uow: SqlUnitOfWork) -> None:
    with uow:
        uow.partners.add(Partner(id=None, name="Acme"))

    with uow:
        assert uow.partners.list_all() == []


def add_acme_then_fail(uow: SqlUnitOfWork) -> None:
    with uow:
        uow.partners.add(Partner(id=None, name="Acme"))
        raise RuntimeError("boom")


def test_work_interrupted_by_an_error_is_rolled_back(uow: SqlUnitOfWork) -> None:
    with pytest.raises(RuntimeError, match="boom"):
        add_acme_then_fail(uow)

    with uow:
        assert uow.partners.list_all() == []


def add_globex_and_a_second_acme(uow: SqlUnitOfWork) -> None:
    with uow:
        uow.partners.add(Partner(id=None, name="Globex"))
        uow.partners.add(Partner(id=None, name="acme"))
        uow.commit()


def test_a_failed_write_leaves_earlier_writes_of_the_same_unit_undone(
    uow: SqlUnitOfWork, partner_id: PartnerId
) -> None:
    with pytest.raises(ConflictError):
        add_globex_and_a_second_acme(uow)

    with uow:
        assert [partner.name for partner in uow.partners.list_all()] == ["Acme"]


def test_using_the_unit_of_work_outside_a_with_block_is_an_error(uow: SqlUnitOfWork) -> None:
    with pytest.raises(RuntimeError):
        uow.partners.list_all()


def test_a_database_error_inside_a_unit_of_work_becomes_a_storage_error(
    uow: SqlUnitOfWork, engine: Engine, partner_id: PartnerId
) -> None:
    with engine.begin() as connection:
        connection.execute(text("DROP TABLE communication_note"))

    with pytest.raises(StorageError) as caught, uow:
        uow.notes.list_for_partner(partner_id)

    assert caught.value.code == "db.operational"


def test_committed_data_survives_a_new_engine_on_the_same_file(
    uow: SqlUnitOfWork, engine: Engine, db_path: Path
) -> None:
    with uow:
        uow.partners.add(FULL_PARTNER)
        uow.commit()
    engine.dispose()

    fresh = create_sqlite_engine(db_path)
    try:
        with SqlUnitOfWork(create_session_factory(fresh)) as again:
            names = [partner.name for partner in again.partners.list_all()]
    finally:
        fresh.dispose()

    assert names == [FULL_PARTNER.name]


# --- connection settings ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("pragma", "expected"),
    [
        ("foreign_keys", 1),
        ("journal_mode", "wal"),
        ("synchronous", 2),
        ("busy_timeout", BUSY_TIMEOUT_MS),
        ("trusted_schema", 0),
    ],
)
def test_every_connection_has_the_pragmas_the_app_relies_on(
    engine: Engine, db_path: Path, pragma: str, expected: object
) -> None:
    engine.dispose()  # a fresh engine: the migration's connection must not mask anything
    fresh = create_sqlite_engine(db_path)
    try:
        with fresh.connect() as connection:
            value = connection.exec_driver_sql(f"PRAGMA {pragma}").scalar()
    finally:
        fresh.dispose()

    assert value == expected
