"""HealthService: one partner's score, and every partner's for the list in few queries."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, event

from portfolio_app.domain.dossier import PartnerDossier
from portfolio_app.domain.goal import GoalStatus, GoalUpdate, SharedGoal
from portfolio_app.domain.health import HealthBand, HealthFactorKind, health_score
from portfolio_app.domain.ids import GoalId, GoalUpdateId, ItemKind, ItemRef, NoteId, PartnerId
from portfolio_app.domain.note import CommunicationNote, FollowUp, Mood
from portfolio_app.domain.partner import Partner
from portfolio_app.services.catalog import Services
from portfolio_app.services.health import HealthService
from portfolio_app.services.ports import HealthRecordsRepository
from portfolio_app.storage.unit_of_work import SqlUnitOfWork
from tests.conftest import FIXED_NOW
from tests.unit.services.fakes import FakeData, FakeUnitOfWork

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
TODAY = NOW.astimezone().date()
ACME, GLOBEX, GONE = PartnerId(1), PartnerId(2), PartnerId(3)


def fake_data() -> FakeData:
    data = FakeData()
    data.partners = {
        1: Partner(ACME, "Acme", partner_since=date(2024, 11, 1), contact_cadence_days=14),
        2: Partner(GLOBEX, "Globex"),
        3: Partner(GONE, "Gone"),
    }
    data.notes = {
        1: CommunicationNote(
            NoteId(1),
            ACME,
            NOW - timedelta(days=20),
            "Kick-off",
            mood=Mood.GOOD,
            follow_up=FollowUp("Send offer", due=TODAY - timedelta(days=3)),
        ),
        2: CommunicationNote(NoteId(2), GLOBEX, NOW - timedelta(days=2), "Call"),
        3: CommunicationNote(NoteId(3), GONE, NOW, "Bye", mood=Mood.TENSE),
    }
    data.goals = {
        1: SharedGoal(GoalId(1), ACME, "Fewer errors", status=GoalStatus.AT_RISK),
        2: SharedGoal(GoalId(2), GLOBEX, "Launch", status=GoalStatus.ACHIEVED),
    }
    data.goal_updates = {
        1: GoalUpdate(GoalUpdateId(1), GoalId(1), date(2026, 1, 5), GoalStatus.AT_RISK),
        2: GoalUpdate(GoalUpdateId(2), GoalId(2), date(2026, 6, 1), GoalStatus.ACHIEVED),
    }
    data.trashed = {ItemRef(ItemKind.PARTNER, 3): NOW}
    return data


def service(data: FakeData) -> HealthService:
    uow = FakeUnitOfWork(data)
    return HealthService(lambda: uow, lambda: NOW)


def test_for_partner_scores_the_dossier_with_the_partners_cadence() -> None:
    data = fake_data()

    score = service(data).for_partner(ACME)

    dossier = PartnerDossier(
        data.partners[1],
        goals=(data.goals[1],),
        goal_updates=(data.goal_updates[1],),
        notes=(data.notes[1],),
    )
    assert score == health_score(dossier, TODAY, cadence_days=14)
    recency = score.factors[0]
    assert recency.kind is HealthFactorKind.CONTACT_RECENCY
    assert recency.detail["cadence_days"] == 14
    assert recency.points < 10  # 20 days ago, every 14 days expected


def test_all_scores_matches_each_partners_own_score_and_skips_the_trash() -> None:
    health = service(fake_data())

    scores = health.all_scores()

    assert set(scores) == {ACME, GLOBEX}
    assert scores[ACME] == health.for_partner(ACME)
    assert scores[GLOBEX] == health.for_partner(GLOBEX)


def test_a_partner_without_records_still_gets_a_score() -> None:
    data = FakeData()
    data.partners = {1: Partner(ACME, "Acme")}

    scores = service(data).all_scores()

    assert scores[ACME].score == 55  # 70, minus 15 for no notes at all
    assert scores[ACME].band is HealthBand.WATCH


# ---- on a real SQLite file


@contextmanager
def counted_statements(engine: Engine) -> Iterator[list[str]]:
    statements: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", count)


def add_partner(services: Services, number: int) -> PartnerId:
    partner = Partner(None, f"Partner {number}", contact_cadence_days=7 * (number % 3 + 1))
    created = services.partners.add_partner(partner).created
    assert created is not None
    partner_id = PartnerId(created.id)
    services.notes.add(
        CommunicationNote(
            None,
            partner_id,
            FIXED_NOW - timedelta(days=3 * number),
            "Call",
            mood=Mood.TENSE if number % 2 else Mood.GOOD,
            misunderstanding=number % 4 == 0,
            follow_up=FollowUp("Reply", due=TODAY - timedelta(days=number)),
        )
    )
    goal = SharedGoal(None, partner_id, "Goal", target_date=TODAY - timedelta(days=1))
    goal_ref = services.goals.add(goal).created
    assert goal_ref is not None
    if number % 2:
        stored = services.goals.get(goal_ref.id)
        services.goals.update(dataclasses.replace(stored, status=GoalStatus.AT_RISK))
    return partner_id


def test_all_scores_on_storage_equals_the_dossier_scores(services: Services) -> None:
    ids = [add_partner(services, number) for number in range(1, 7)]
    services.partners.delete_partner(ids[-1])
    services.notes.delete(services.partners.dossier(ids[0]).notes[0].id or 0)

    scores = services.health.all_scores()

    assert set(scores) == set(ids[:-1])
    for partner_id in ids[:-1]:
        assert scores[partner_id] == services.health.for_partner(partner_id)


def test_all_scores_reads_a_fixed_number_of_queries(services: Services, engine: Engine) -> None:
    def queries() -> int:
        with counted_statements(engine) as statements:
            services.health.all_scores()
        return len(statements)

    for number in range(1, 3):
        add_partner(services, number)
    without_flagged = queries()
    for number in range(3, 5):  # partner 4's note is flagged as a misunderstanding
        add_partner(services, number)
    few = queries()
    for number in range(5, 15):
        add_partner(services, number)
    many = queries()

    assert few == many <= 9  # partners, tags, goals, history, 3 note aggregates, promises
    assert without_flagged == few - 1  # no flagged note: no pass over the flagged ones


def test_the_storage_portfolio_offers_the_health_reads(session_factory: Any) -> None:
    with SqlUnitOfWork(session_factory) as uow:
        assert isinstance(uow.portfolio, HealthRecordsRepository)
