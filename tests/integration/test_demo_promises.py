"""The demo's promises: both directions, some overdue, a meeting note that yielded some."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

from portfolio_app.demo import populate_demo
from portfolio_app.demo.promises import MEETING_PARTNER
from portfolio_app.domain.action_items import parse_action_items
from portfolio_app.domain.health import HealthFactorKind
from portfolio_app.domain.promise import Promise, PromiseDirection, PromiseState
from portfolio_app.services.catalog import Services, build_services
from portfolio_app.storage.database import create_session_factory, create_sqlite_engine
from portfolio_app.storage.migrate import upgrade_database
from portfolio_app.storage.unit_of_work import SqlUnitOfWork

TODAY = date(2026, 11, 29)


def demo_services(path: Path) -> Services:
    engine = create_sqlite_engine(path)
    upgrade_database(engine)
    session_factory = create_session_factory(engine)
    factory = lambda: SqlUnitOfWork(session_factory)  # noqa: E731
    populate_demo(factory, today=TODAY)
    noon = datetime.combine(TODAY, time(12)).astimezone()
    return build_services(factory, clock=lambda: noon)


def all_promises(services: Services) -> dict[str, list[Promise]]:
    return {
        partner.name: services.promises.for_partner(partner.id)
        for partner in services.partners.list_partners()
        if partner.id is not None
    }


def test_the_demo_has_promises_both_ways_some_overdue_some_kept(tmp_path: Path) -> None:
    services = demo_services(tmp_path / "demo.sqlite3")

    promises = [p for found in all_promises(services).values() for p in found]

    assert {p.direction for p in promises} == set(PromiseDirection)
    overdue = [p for p in promises if p.is_overdue(TODAY)]
    assert {p.direction for p in overdue} == set(PromiseDirection)
    assert any(p.state is PromiseState.KEPT for p in promises)
    assert all(p.owner for p in promises)


def test_the_meeting_notes_action_items_became_promises_linked_to_it(tmp_path: Path) -> None:
    services = demo_services(tmp_path / "demo.sqlite3")
    partner = next(p for p in services.partners.list_partners() if p.name == MEETING_PARTNER)
    assert partner.id is not None

    notes = services.partners.dossier(partner.id).notes
    meeting = next(n for n in notes if parse_action_items(n.body))
    promises = services.promises.for_partner(partner.id)

    assert meeting.body.startswith("Tagesordnung\n")
    assert sorted(p.text for p in promises if p.note_id == meeting.id) == sorted(
        item.text for item in parse_action_items(meeting.body)
    )
    assert {p.owner for p in promises} == {"Melanie Özdemir", "Gerd Haußmann"}
    factors = services.health.for_partner(partner.id).factors
    promise_factor = next(f for f in factors if f.kind is HealthFactorKind.PROMISES)
    assert promise_factor.points == -5
