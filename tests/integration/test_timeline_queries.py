"""The timeline's windowed queries on a real SQLite file: what they return, how many."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session, sessionmaker

from portfolio_app.domain.agreement import Agreement
from portfolio_app.domain.goal import SharedGoal
from portfolio_app.domain.ids import PartnerId
from portfolio_app.domain.note import CommunicationNote
from portfolio_app.domain.partner import Partner
from portfolio_app.domain.timeline import LaneFilter, MarkKind
from portfolio_app.services.catalog import Services
from portfolio_app.services.timeline_window import TimelineQueries
from portfolio_app.storage.timeline_queries import SqlTimelineQueries
from portfolio_app.storage.unit_of_work import SqlUnitOfWork

FIRST, LAST = date(2026, 1, 1), date(2026, 12, 31)


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


def created(changes: Any) -> int:
    assert changes.created is not None
    return int(changes.created.id)


def partner(services: Services, name: str, **fields: Any) -> PartnerId:
    return PartnerId(created(services.partners.add_partner(Partner(None, name, **fields))))


def note(services: Services, partner_id: PartnerId, day: date, subject: str) -> int:
    when = datetime(day.year, day.month, day.day, 12, tzinfo=UTC)
    return created(services.notes.add(CommunicationNote(None, partner_id, when, subject)))


def test_the_unit_of_work_offers_the_windowed_queries(
    session_factory: sessionmaker[Session],
) -> None:
    with SqlUnitOfWork(session_factory) as uow:
        assert isinstance(uow.timeline, TimelineQueries)


def test_items_outside_the_window_or_in_the_trash_are_not_read(services: Services) -> None:
    acme = partner(services, "Acme")
    inside = note(services, acme, date(2026, 5, 1), "Inside")
    note(services, acme, date(2025, 5, 1), "Before")
    note(services, acme, date(2027, 5, 1), "After")
    trashed = note(services, acme, date(2026, 6, 1), "Trashed")
    services.notes.delete(trashed)
    services.agreements.add(
        Agreement(None, acme, "Old", start_date=date(2020, 1, 1), end_date=date(2021, 1, 1))
    )
    running = created(
        services.agreements.add(Agreement(None, acme, "Running", start_date=date(2024, 1, 1)))
    )
    goal = created(
        services.goals.add(SharedGoal(None, acme, "Später", target_date=date(2028, 1, 1)))
    )

    items = services.timeline.items([acme], FIRST, LAST)

    assert {(item.kind, item.ref.id) for item in items} == {
        (MarkKind.AGREEMENT, running),
        (MarkKind.NOTE, inside),
        (MarkKind.GOAL_UPDATE, goal),  # set today (FIXED_NOW); its target date lies later
    }


def test_lanes_filter_by_category_status_and_tag(services: Services) -> None:
    partner(services, "Acme", category="print", tags=("Key Account",))
    partner(services, "Globex", category="marketing")

    by_category = services.timeline.lanes(LaneFilter(category="print"))
    by_tag = services.timeline.lanes(LaneFilter(tag="key account"))
    by_status = services.timeline.lanes(LaneFilter(status="ended"))

    assert [lane.name for lane in by_category] == ["Acme"]
    assert [lane.name for lane in by_tag] == ["Acme"]
    assert by_status == []


def test_the_query_count_does_not_grow_with_notes_outside_the_window(
    services: Services, engine: Engine, session_factory: sessionmaker[Session]
) -> None:
    acme = partner(services, "Acme")
    note(services, acme, date(2026, 3, 1), "Inside")

    def read() -> tuple[int, int]:
        with counted_statements(engine) as statements:
            items = services.timeline.items([acme], FIRST, LAST)
        return len(statements), len(items)

    few = read()
    with SqlUnitOfWork(session_factory) as uow:
        uow.notes.add_many(
            [
                CommunicationNote(
                    None, acme, datetime(2024, 1, 1, tzinfo=UTC) + timedelta(days=n), "Old"
                )
                for n in range(300)
            ]
        )
        uow.commit()
    many = read()

    assert few == many
    assert few == (5, 1)  # BEGIN, then agreements, notes, goal updates, goal targets


def test_notes_are_read_by_moment_without_their_bodies(
    services: Services, session_factory: sessionmaker[Session]
) -> None:
    acme = partner(services, "Acme")
    note(services, acme, date(2026, 2, 1), "Februar")

    with session_factory() as session:
        headers = SqlTimelineQueries(session).notes(
            [acme], datetime(2026, 2, 1, tzinfo=UTC), datetime(2026, 2, 2, tzinfo=UTC)
        )

    assert [(header.subject, header.when) for header in headers] == [
        ("Februar", datetime(2026, 2, 1, 12, tzinfo=UTC))
    ]
