"""Promises on a real SQLite file: CRUD, trash with the partner, audit, health, deadlines."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import Engine, event, text
from sqlalchemy.orm import Session, sessionmaker

from portfolio_app.domain.audit import AuditAction
from portfolio_app.domain.deadlines import DeadlineKind, Urgency
from portfolio_app.domain.errors import NotFoundError
from portfolio_app.domain.health import HealthFactorKind
from portfolio_app.domain.ids import ItemKind, ItemRef, NoteId, PartnerId, PromiseId
from portfolio_app.domain.note import CommunicationNote, FollowUp
from portfolio_app.domain.partner import Partner
from portfolio_app.domain.promise import Promise, PromiseDirection, PromiseState
from portfolio_app.services.catalog import Services
from portfolio_app.storage.unit_of_work import SqlUnitOfWork
from tests.conftest import FIXED_NOW

TODAY = FIXED_NOW.astimezone().date()


def add_partner(services: Services, name: str = "Kopierwerk Süd") -> PartnerId:
    created = services.partners.add_partner(Partner(None, name)).created
    assert created is not None
    return PartnerId(created.id)


def add_promise(services: Services, partner_id: PartnerId, **changes: Any) -> PromiseId:
    values: dict[str, Any] = {"id": None, "partner_id": partner_id, "text": "Send the offer"}
    values.update(changes)
    created = services.promises.add(Promise(**values)).created
    assert created is not None
    return PromiseId(created.id)


def add_note(services: Services, partner_id: PartnerId) -> NoteId:
    note = CommunicationNote(
        None,
        partner_id,
        FIXED_NOW,
        "Jahresgespräch",
        follow_up=FollowUp("Protokoll schicken", owner="Jürgen Weiß"),
    )
    created = services.notes.add(note).created
    assert created is not None
    return NoteId(created.id)


def test_a_promise_is_stored_read_updated_and_listed_by_due_date(services: Services) -> None:
    partner_id = add_partner(services)
    later = add_promise(services, partner_id, text="Later", due=TODAY + timedelta(days=9))
    undated = add_promise(services, partner_id, text="Undated")
    sooner = add_promise(
        services,
        partner_id,
        text="Sooner",
        due=TODAY + timedelta(days=1),
        direction=PromiseDirection.THEY_OWE,
        owner="Zoë Schäfer",
    )

    stored = services.promises.get(sooner)
    services.promises.update(dataclasses.replace(stored, state=PromiseState.BROKEN))

    listed = services.promises.for_partner(partner_id)
    assert [p.id for p in listed] == [sooner, later, undated]
    assert (listed[0].direction, listed[0].owner, listed[0].state) == (
        PromiseDirection.THEY_OWE,
        "Zoë Schäfer",
        PromiseState.BROKEN,
    )
    assert listed[0].created_at is not None


def test_the_follow_up_owner_of_a_note_is_stored(services: Services) -> None:
    partner_id = add_partner(services)

    note_id = add_note(services, partner_id)

    follow_up = services.notes.get(note_id).follow_up
    assert follow_up is not None
    assert follow_up.owner == "Jürgen Weiß"


def test_promises_from_a_note_keep_the_link_and_are_audited(services: Services) -> None:
    partner_id = add_partner(services)
    note_id = add_note(services, partner_id)
    items = [
        Promise(None, PartnerId(0), "Angebot schicken", owner="Jürgen", due=date(2026, 12, 15)),
        Promise(None, PartnerId(0), "SLA bestätigen", direction=PromiseDirection.THEY_OWE),
    ]

    services.promises.from_note(note_id, items)

    stored = services.promises.for_partner(partner_id)
    assert {(p.text, p.note_id) for p in stored} == {
        ("Angebot schicken", note_id),
        ("SLA bestätigen", note_id),
    }
    entries = services.history.for_partner(partner_id)
    promise_entries = [e for e in entries if e.item.kind is ItemKind.PROMISE]
    assert sorted((e.action, e.title) for e in promise_entries) == [
        (AuditAction.CREATED, "Angebot schicken"),
        (AuditAction.CREATED, "SLA bestätigen"),
    ]


def test_a_deleted_partner_hides_its_promises_and_restoring_brings_them_back(
    services: Services,
) -> None:
    partner_id = add_partner(services)
    promise_id = add_promise(services, partner_id)

    services.partners.delete_partner(partner_id)
    with pytest.raises(NotFoundError):
        services.promises.get(promise_id)
    [item] = services.trash.list_items()
    assert item.contents == ((ItemKind.PROMISE, 1),)
    services.trash.restore(item.ref)

    assert services.promises.get(promise_id).text == "Send the offer"


def test_a_deleted_promise_goes_to_the_trash_with_its_text_and_is_audited(
    services: Services,
) -> None:
    partner_id = add_partner(services)
    promise_id = add_promise(services, partner_id)

    services.promises.delete(promise_id)
    [item] = services.trash.list_items()
    services.trash.restore(ItemRef(ItemKind.PROMISE, promise_id))

    assert (item.ref, item.title) == (ItemRef(ItemKind.PROMISE, promise_id), "Send the offer")
    actions = [e.action for e in services.history.for_partner(partner_id)]
    assert actions[:3] == [AuditAction.RESTORED, AuditAction.DELETED, AuditAction.CREATED]


def test_purging_the_note_keeps_its_promises_without_the_link(
    services: Services, session_factory: sessionmaker[Session]
) -> None:
    partner_id = add_partner(services)
    note_id = add_note(services, partner_id)
    services.promises.from_note(note_id, [Promise(None, partner_id, "Angebot")])

    services.notes.delete(note_id)
    with SqlUnitOfWork(session_factory) as uow:
        uow.trash.purge(None)
        uow.commit()

    [promise] = services.promises.for_partner(partner_id)
    assert promise.note_id is None


def test_purging_the_partner_deletes_its_promises(
    services: Services, session_factory: sessionmaker[Session], engine: Engine
) -> None:
    partner_id = add_partner(services)
    add_promise(services, partner_id)

    services.partners.delete_partner(partner_id)
    with SqlUnitOfWork(session_factory) as uow:
        uow.trash.purge(None)
        uow.commit()

    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM promises")).scalar() == 0


def test_two_overdue_promises_lower_the_health_score_by_ten(services: Services) -> None:
    partner_id = add_partner(services)
    before = services.health.for_partner(partner_id).score
    add_promise(services, partner_id, due=TODAY - timedelta(days=3))
    add_promise(
        services, partner_id, due=TODAY - timedelta(days=1), direction=PromiseDirection.THEY_OWE
    )
    add_promise(services, partner_id, due=TODAY - timedelta(days=9), state=PromiseState.KEPT)
    add_promise(services, partner_id, due=TODAY + timedelta(days=1))

    score = services.health.for_partner(partner_id)

    assert score.score == before - 10
    factor = next(f for f in score.factors if f.kind is HealthFactorKind.PROMISES)
    assert factor.points == -10
    assert services.health.all_scores()[partner_id] == score


@contextmanager
def counted_statements(engine: Engine) -> Iterator[list[str]]:
    statements: list[str] = []

    def count(*args: Any) -> None:
        statements.append(str(args[2]))

    event.listen(engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", count)


def test_all_scores_reads_the_same_number_of_queries_with_more_promises(
    services: Services, engine: Engine
) -> None:
    def queries() -> int:
        with counted_statements(engine) as statements:
            services.health.all_scores()
        return len(statements)

    first = add_partner(services, "A")
    add_promise(services, first, due=TODAY - timedelta(days=2))
    few = queries()
    for number in range(8):
        partner_id = add_partner(services, f"P{number}")
        add_promise(services, partner_id, due=TODAY - timedelta(days=number + 1))
    many = queries()

    assert few == many


def test_open_promises_with_a_due_date_appear_among_the_deadlines(services: Services) -> None:
    partner_id = add_partner(services)
    ours = add_promise(services, partner_id, text="Offer", due=TODAY - timedelta(days=1))
    theirs = add_promise(
        services,
        partner_id,
        text="Figures",
        due=TODAY + timedelta(days=5),
        direction=PromiseDirection.THEY_OWE,
    )
    add_promise(services, partner_id, text="Undated")
    add_promise(services, partner_id, text="Kept", due=TODAY, state=PromiseState.KEPT)

    found = [d for d in services.deadlines.upcoming() if d.ref.kind is ItemKind.PROMISE]

    assert [(d.ref.id, d.kind, d.title, d.urgency) for d in found] == [
        (ours, DeadlineKind.PROMISE_WE_OWE, "Offer", Urgency.OVERDUE),
        (theirs, DeadlineKind.PROMISE_THEY_OWE, "Figures", Urgency.SOON),
    ]
