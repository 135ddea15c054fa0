"""PromiseService on the in-memory unit of work: add, mark, take from a note, trash."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from portfolio_app.domain.audit import AuditAction
from portfolio_app.domain.errors import NotFoundError, ValidationError
from portfolio_app.domain.ids import ItemKind, ItemRef, NoteId, PartnerId, PromiseId
from portfolio_app.domain.note import CommunicationNote
from portfolio_app.domain.partner import Partner
from portfolio_app.domain.promise import Promise, PromiseDirection, PromiseState
from portfolio_app.services.catalog import Services, build_services
from portfolio_app.services.promises import promise_from_note
from tests.unit.services.fakes import FakeUnitOfWork

NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)


@pytest.fixture
def uow() -> FakeUnitOfWork:
    return FakeUnitOfWork()


@pytest.fixture
def services(uow: FakeUnitOfWork) -> Services:
    return build_services(uow.factory, clock=lambda: NOW)


@pytest.fixture
def partner_id(services: Services) -> PartnerId:
    created = services.partners.add_partner(Partner(id=None, name="Kopierwerk Süd")).created
    assert created is not None
    return PartnerId(created.id)


@pytest.fixture
def note_id(services: Services, partner_id: PartnerId) -> NoteId:
    note = CommunicationNote(id=None, partner_id=partner_id, when=NOW, subject="Jahresgespräch")
    created = services.notes.add(note).created
    assert created is not None
    return NoteId(created.id)


def offer(partner_id: PartnerId, **changes: object) -> Promise:
    values: dict[str, object] = {"id": None, "partner_id": partner_id, "text": " Send offer "}
    values.update(changes)
    return Promise(**values)  # type: ignore[arg-type]


def test_add_stores_a_cleaned_promise_and_lists_it(
    services: Services, partner_id: PartnerId
) -> None:
    changes = services.promises.add(offer(partner_id, due=date(2026, 12, 1)))

    assert changes.created is not None
    assert changes.created.kind is ItemKind.PROMISE
    [stored] = services.promises.for_partner(partner_id)
    assert (stored.text, stored.due, stored.state) == ("Send offer", date(2026, 12, 1), "open")


def test_add_rejects_a_promise_without_text(
    services: Services, partner_id: PartnerId, uow: FakeUnitOfWork
) -> None:
    with pytest.raises(ValidationError):
        services.promises.add(offer(partner_id, text=" "))

    assert uow.committed.promises == {}


def test_mark_changes_the_state_and_is_audited(
    services: Services, partner_id: PartnerId, uow: FakeUnitOfWork
) -> None:
    created = services.promises.add(offer(partner_id)).created
    assert created is not None

    changes = services.promises.mark(PromiseId(created.id), PromiseState.KEPT)

    assert changes.partners == {partner_id}
    assert services.promises.get(created.id).state is PromiseState.KEPT
    entry = services.history.for_partner(partner_id)[0]
    assert (entry.item, entry.action) == (
        ItemRef(ItemKind.PROMISE, created.id),
        AuditAction.UPDATED,
    )
    assert [(c.field, c.old, c.new) for c in entry.changes] == [("state", "open", "kept")]


def test_mark_of_a_missing_promise_raises_not_found(services: Services) -> None:
    with pytest.raises(NotFoundError):
        services.promises.mark(PromiseId(99), PromiseState.KEPT)


def test_from_note_stores_every_item_linked_to_the_note_in_one_commit(
    services: Services, partner_id: PartnerId, note_id: NoteId, uow: FakeUnitOfWork
) -> None:
    commits = uow.commits
    items = [
        offer(PartnerId(0), text="Send offer", owner="Jürgen", due=date(2026, 12, 15)),
        offer(PartnerId(0), text="Confirm SLA", direction=PromiseDirection.THEY_OWE),
    ]

    changes = services.promises.from_note(note_id, items)

    assert uow.commits == commits + 1
    assert len(changes.items) == 2
    stored = services.promises.for_partner(partner_id)
    assert [(p.text, p.owner, p.note_id, p.partner_id) for p in stored] == [
        ("Send offer", "Jürgen", note_id, partner_id),
        ("Confirm SLA", "", note_id, partner_id),
    ]


def test_from_note_stores_nothing_if_one_item_is_invalid(
    services: Services, note_id: NoteId, uow: FakeUnitOfWork
) -> None:
    with pytest.raises(ValidationError):
        services.promises.from_note(note_id, [offer(PartnerId(0)), offer(PartnerId(0), text="")])

    assert uow.committed.promises == {}


def test_from_note_needs_at_least_one_item(services: Services, note_id: NoteId) -> None:
    with pytest.raises(ValidationError) as raised:
        services.promises.from_note(note_id, [])

    assert raised.value.code == "promise.none"


def test_promise_from_note_prefills_subject_and_link(partner_id: PartnerId) -> None:
    prefilled = promise_from_note(partner_id, NoteId(3), "Jahresgespräch")

    assert (prefilled.text, prefilled.note_id, prefilled.id) == ("Jahresgespräch", 3, None)


def test_a_deleted_partner_takes_its_promises_to_the_trash_and_back(
    services: Services, partner_id: PartnerId
) -> None:
    services.promises.add(offer(partner_id))

    services.partners.delete_partner(partner_id)
    [item] = services.trash.list_items()
    assert item.contents == ((ItemKind.PROMISE, 1),)
    services.trash.restore(item.ref)

    assert [p.text for p in services.promises.for_partner(partner_id)] == ["Send offer"]


def test_a_deleted_promise_can_be_restored(services: Services, partner_id: PartnerId) -> None:
    created = services.promises.add(offer(partner_id)).created
    assert created is not None

    services.promises.delete(created.id)
    assert services.promises.for_partner(partner_id) == []
    services.trash.restore(ItemRef(ItemKind.PROMISE, created.id))

    assert len(services.promises.for_partner(partner_id)) == 1
