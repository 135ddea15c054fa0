"""The demo portfolio: realistic content, sane dates, the same data for the same seed."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy.orm import Session, sessionmaker

from portfolio_app.demo import DEFAULT_SEED, company, populate_demo
from portfolio_app.demo.catalogue import PARTNERS
from portfolio_app.domain.agreement import AgreementStatus
from portfolio_app.domain.dossier import PartnerDossier
from portfolio_app.domain.errors import ConflictError
from portfolio_app.domain.goal import GoalStatus
from portfolio_app.domain.ids import GoalId, PartnerId
from portfolio_app.domain.note import Mood
from portfolio_app.domain.partner import Criticality, Partner, PartnerCategory, PartnerStatus
from portfolio_app.services.catalog import Services, build_services
from portfolio_app.services.ports import UnitOfWork
from portfolio_app.storage.database import create_session_factory, create_sqlite_engine
from portfolio_app.storage.migrate import upgrade_database
from portfolio_app.storage.unit_of_work import SqlUnitOfWork

TODAY = date(2026, 11, 29)
THREE_YEARS_AGO = TODAY.replace(year=TODAY.year - 3)
NO_PARTNER = PartnerId(0)


def uow_factory(session_factory: sessionmaker[Session]) -> Callable[[], UnitOfWork]:
    return lambda: SqlUnitOfWork(session_factory)


def populate_and_read(session_factory: sessionmaker[Session], seed: int) -> list[PartnerDossier]:
    factory = uow_factory(session_factory)
    populate_demo(factory, today=TODAY, seed=seed)
    services = build_services(factory)
    return [
        services.partners.dossier(partner.id)
        for partner in services.partners.list_partners()
        if partner.id is not None
    ]


@pytest.fixture(scope="module")
def dossiers(tmp_path_factory: pytest.TempPathFactory) -> list[PartnerDossier]:
    """The default demo portfolio, generated once for the content checks."""
    engine = create_sqlite_engine(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    try:
        upgrade_database(engine)
        return populate_and_read(create_session_factory(engine), DEFAULT_SEED)
    finally:
        engine.dispose()


def comparable(dossier: PartnerDossier) -> tuple[object, ...]:
    """The dossier without ids and timestamps, which differ between databases."""
    goal_index = {goal.id: index for index, goal in enumerate(dossier.goals)}
    return (
        dataclasses.replace(dossier.partner, id=None, created_at=None, updated_at=None),
        tuple(dataclasses.replace(c, id=None, partner_id=NO_PARTNER) for c in dossier.contacts),
        tuple(dataclasses.replace(a, id=None, partner_id=NO_PARTNER) for a in dossier.agreements),
        tuple(dataclasses.replace(g, id=None, partner_id=NO_PARTNER) for g in dossier.goals),
        tuple(
            dataclasses.replace(u, id=None, goal_id=GoalId(goal_index[u.goal_id]))
            for u in dossier.goal_updates
        ),
        tuple(dataclasses.replace(n, id=None, partner_id=NO_PARTNER) for n in dossier.notes),
    )


def test_about_25_partners_with_unique_names(dossiers: list[PartnerDossier]) -> None:
    names = [dossier.partner.name for dossier in dossiers]
    assert 23 <= len(names) <= 27
    assert len({name.casefold() for name in names}) == len(names)


def test_every_required_category_is_present(dossiers: list[PartnerDossier]) -> None:
    categories = Counter(dossier.partner.category for dossier in dossiers)
    for category in (
        PartnerCategory.MARKETING,
        PartnerCategory.IT_SERVICES,
        PartnerCategory.PRINT,
        PartnerCategory.FACILITY,
        PartnerCategory.FLEET,
        PartnerCategory.OFFICE_EQUIPMENT,
        PartnerCategory.CONSULTING,
    ):
        assert categories[category.value] >= 1, category
    assert categories[PartnerCategory.STARTUP.value] >= 2


@pytest.mark.parametrize(
    "keyword",
    [
        "Kaffeevollautomaten",
        "Multifunktionsgeräte",
        "Reinigung",
        "Steuerberatung",
        "Stückgut",
        "Kantine",
        "Nachtstreife",
        "Webhosting",
        "Gehaltsabrechnung",
        "Übersetzungen",
        "Messestand",
        "Entsorgung",
        "Glasfaser",
        "Versicherungen",
        "Personalberatung",
        "Betriebsärztliche",
        "Angriffserkennung",
    ],
)
def test_every_required_kind_of_service_is_covered(
    dossiers: list[PartnerDossier], keyword: str
) -> None:
    assert any(
        keyword.casefold() in f"{d.partner.name} {d.partner.description}".casefold()
        for d in dossiers
    )


def test_statuses_are_mostly_active_with_a_few_others(dossiers: list[PartnerDossier]) -> None:
    statuses = Counter(dossier.partner.status for dossier in dossiers)
    assert statuses[PartnerStatus.ACTIVE] >= len(dossiers) * 2 // 3
    assert statuses[PartnerStatus.PROSPECT] >= 2
    assert statuses[PartnerStatus.PAUSED] >= 1
    assert statuses[PartnerStatus.ENDED] >= 1


def test_partners_have_german_master_data(dossiers: list[PartnerDossier]) -> None:
    tags = {tag for dossier in dossiers for tag in dossier.partner.tags}
    assert {"kritisch", "Rahmenvertrag", "regional", "Start-up", "Nachhaltigkeit"} <= tags
    for dossier in dossiers:
        partner = dossier.partner
        assert partner.website.startswith("https://www.")
        assert partner.website.endswith(".de")
        street, city = partner.address.split("\n")
        assert street
        assert city[:5].isdigit()
        assert partner.values_expectations.startswith("Was wir wollen: ")
        assert "Was wir nicht wollen: " in partner.values_expectations
        if partner.status is not PartnerStatus.PROSPECT:
            assert partner.partner_since is not None
            assert partner.partner_since < TODAY


def test_each_partner_has_one_to_three_contacts_one_primary(
    dossiers: list[PartnerDossier],
) -> None:
    for dossier in dossiers:
        contacts = dossier.contacts
        assert 1 <= len(contacts) <= 3
        assert sum(contact.is_primary for contact in contacts) == 1
        domain = dossier.partner.website.removeprefix("https://www.")
        for contact in contacts:
            assert contact.email.isascii()
            assert contact.email.endswith(f"@{domain}")
            assert contact.phone.startswith("+49 ")
            assert contact.role


def test_agreements_are_realistic(dossiers: list[PartnerDossier]) -> None:
    statuses: Counter[AgreementStatus] = Counter()
    open_ended = 0
    for dossier in dossiers:
        assert 1 <= len(dossier.agreements) <= 4
        since = dossier.partner.partner_since
        for agreement in dossier.agreements:
            statuses[agreement.status] += 1
            assert agreement.start_date is not None
            assert since is None or agreement.start_date >= since
            if agreement.end_date is None:
                open_ended += 1
            elif agreement.status is AgreementStatus.ACTIVE:
                assert agreement.end_date >= TODAY, agreement.title
            elif agreement.status is AgreementStatus.EXPIRED:
                assert agreement.end_date < TODAY, agreement.title
            assert agreement.value is None or agreement.value.currency == "EUR"
    assert statuses[AgreementStatus.ACTIVE] > len(dossiers)
    assert statuses[AgreementStatus.DRAFT] >= 1
    assert statuses[AgreementStatus.TERMINATED] + statuses[AgreementStatus.EXPIRED] >= 2
    assert open_ended >= 1


def test_notes_lie_within_the_last_three_years(dossiers: list[PartnerDossier]) -> None:
    for dossier in dossiers:
        assert 3 <= len(dossier.notes) <= 15, dossier.partner.name
        for note in dossier.notes:
            assert THREE_YEARS_AGO <= note.when.date() <= TODAY, note.subject


def test_notes_show_the_ups_and_downs(dossiers: list[PartnerDossier]) -> None:
    notes = [note for dossier in dossiers for note in dossier.notes]
    assert len({note.channel for note in notes}) >= 5
    assert {Mood.GOOD, Mood.NEUTRAL, Mood.TENSE} <= {note.mood for note in notes}
    misunderstandings = [note for note in notes if note.misunderstanding]
    unresolved = [note for note in misunderstandings if not note.resolution]
    assert len(misunderstandings) >= 4
    assert 1 <= len(unresolved) <= 2
    follow_ups = [note.follow_up for note in notes if note.follow_up is not None]
    assert any(follow_up.done for follow_up in follow_ups)
    assert any(not follow_up.done and follow_up.due for follow_up in follow_ups)


def test_goals_have_a_history_in_the_past(dossiers: list[PartnerDossier]) -> None:
    statuses: set[GoalStatus] = set()
    for dossier in dossiers:
        assert len(dossier.goals) <= 3
        for goal in dossier.goals:
            statuses.add(goal.status)
            history = [update for update in dossier.goal_updates if update.goal_id == goal.id]
            assert 1 <= len(history) <= 4
            assert history[0].created
            assert all(update.on <= TODAY for update in history)
            assert [update.on for update in history] == sorted(update.on for update in history)
            assert history[-1].status in (goal.status, None)
    assert {GoalStatus.ON_TRACK, GoalStatus.AT_RISK, GoalStatus.ACHIEVED} <= statuses
    updates = [update for dossier in dossiers for update in dossier.goal_updates]
    assert sum(not update.created for update in updates) > len(dossiers)
    units = {goal.kpi.unit for dossier in dossiers for goal in dossier.goals if goal.kpi}
    assert "Reaktionszeit in Stunden" in units


def test_umlauts_survive_the_round_trip(dossiers: list[PartnerDossier]) -> None:
    names = {dossier.partner.name for dossier in dossiers}
    assert "Schwäbische Tafel Catering GmbH" in names
    people = {contact.name for dossier in dossiers for contact in dossier.contacts}
    assert {"Jürgen Weiß", "Sören Müller"} <= people


def test_same_seed_gives_the_same_portfolio(
    dossiers: list[PartnerDossier], session_factory: sessionmaker[Session]
) -> None:
    again = populate_and_read(session_factory, DEFAULT_SEED)

    assert [comparable(d) for d in again] == [comparable(d) for d in dossiers]


def test_other_seed_gives_other_data(
    dossiers: list[PartnerDossier], session_factory: sessionmaker[Session]
) -> None:
    other = populate_and_read(session_factory, DEFAULT_SEED + 1)

    assert [d.partner.name for d in other] == [d.partner.name for d in dossiers]
    assert [comparable(d) for d in other] != [comparable(d) for d in dossiers]


def test_a_failure_leaves_the_database_unchanged(
    services: Services, session_factory: sessionmaker[Session]
) -> None:
    # The last partner of the catalogue clashes, so everything before it must roll back.
    last = PARTNERS[-1].name
    services.partners.add_partner(Partner(id=None, name=last))

    with pytest.raises(ConflictError):
        populate_demo(uow_factory(session_factory), today=TODAY)

    assert [partner.name for partner in services.partners.list_partners()] == [last]


def test_the_history_says_when_each_record_was_entered(
    session_factory: sessionmaker[Session],
) -> None:
    factory = uow_factory(session_factory)
    populate_demo(factory, today=TODAY)
    services = build_services(factory)
    partner = next(p for p in services.partners.list_partners() if p.id is not None)
    assert partner.id is not None
    dossier = services.partners.dossier(partner.id)

    created = {
        entry.item.id: entry.at.astimezone().date()
        for entry in services.history.for_partner(partner.id)
        if entry.action.value == "created" and entry.item.kind.value == "note"
    }

    assert dossier.notes
    for note in dossier.notes:
        assert note.id is not None
        assert created[note.id] == note.when.astimezone().date()
    assert all(day <= TODAY for day in created.values())


def test_partners_have_owners_criticalities_and_cadences(dossiers: list[PartnerDossier]) -> None:
    staff = {
        company.MANAGING_DIRECTOR,
        company.PURCHASING,
        company.MARKETING,
        company.IT,
        company.HR,
        company.PLANT,
        company.FINANCE,
    }
    by_name = {dossier.partner.name: dossier.partner for dossier in dossiers}
    for partner in by_name.values():
        assert partner.internal_owner in staff
        if partner.status is PartnerStatus.ENDED:
            assert partner.contact_cadence_days is None
        else:
            assert partner.contact_cadence_days in {28, 42, 56, 84}
    assert {partner.criticality for partner in by_name.values()} == set(Criticality)
    assert by_name["Systemhaus Albrecht GmbH & Co. KG"].criticality is Criticality.HIGH
    assert by_name["Mobilitas Flottenleasing AG"].criticality is Criticality.HIGH
    assert by_name["Spedition Rommel GmbH & Co. KG"].criticality is Criticality.HIGH
    assert by_name["Kaffeewerk Südwest GmbH"].criticality is Criticality.LOW
