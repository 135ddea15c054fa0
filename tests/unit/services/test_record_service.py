"""RecordService (contacts, agreements, notes) on the in-memory unit of work."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest

from portfolio_app.domain.agreement import Agreement
from portfolio_app.domain.contact import ContactPerson
from portfolio_app.domain.errors import NotFoundError, ValidationError
from portfolio_app.domain.ids import ContactId, ItemKind, ItemRef, PartnerId
from portfolio_app.domain.note import CommunicationNote
from portfolio_app.domain.partner import Partner
from portfolio_app.services.catalog import Services, build_services
from portfolio_app.services.changes import Changes
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
    created = services.partners.add_partner(Partner(id=None, name="Acme")).created
    assert created is not None
    return PartnerId(created.id)


def anna(partner_id: PartnerId) -> ContactPerson:
    return ContactPerson(id=None, partner_id=partner_id, name="Anna Berg")


def test_add_stores_the_cleaned_record(services: Services, partner_id: PartnerId) -> None:
    raw = ContactPerson(id=None, partner_id=partner_id, name=" Anna  Berg ", email=" a@b.de ")

    changes = services.contacts.add(raw)

    assert changes.created is not None
    stored = services.contacts.get(changes.created.id)
    assert (stored.name, stored.email) == ("Anna Berg", "a@b.de")


def test_add_reports_the_created_record_and_its_partner(
    services: Services, partner_id: PartnerId
) -> None:
    changes = services.contacts.add(anna(partner_id))

    assert changes.created is not None
    ref = ItemRef(ItemKind.CONTACT, changes.created.id)
    assert changes == Changes(frozenset({ref}), frozenset({partner_id}), created=ref)


def test_add_for_a_missing_partner_is_not_found_and_commits_nothing(
    services: Services, uow: FakeUnitOfWork
) -> None:
    with pytest.raises(NotFoundError) as caught:
        services.contacts.add(anna(PartnerId(42)))

    assert caught.value.code == "partner.not_found"
    assert uow.commits == 0


def test_invalid_record_commits_nothing(
    services: Services, uow: FakeUnitOfWork, partner_id: PartnerId
) -> None:
    commits_before = uow.commits

    with pytest.raises(ValidationError):
        services.contacts.add(ContactPerson(id=None, partner_id=partner_id, name=""))

    assert uow.commits == commits_before
    assert services.partners.dossier(partner_id).contacts == ()


def test_each_kind_of_record_reports_its_own_kind(
    services: Services, partner_id: PartnerId
) -> None:
    agreement = Agreement(id=None, partner_id=partner_id, title="Lease")
    note = CommunicationNote(id=None, partner_id=partner_id, when=NOW, subject="Call")

    created = [
        services.agreements.add(agreement).created,
        services.notes.add(note).created,
    ]

    assert [ref.kind for ref in created if ref is not None] == [
        ItemKind.AGREEMENT,
        ItemKind.NOTE,
    ]


def test_update_stores_the_cleaned_record(services: Services, partner_id: PartnerId) -> None:
    created = services.contacts.add(anna(partner_id)).created
    assert created is not None
    stored = services.contacts.get(created.id)

    services.contacts.update(dataclasses.replace(stored, role="  Head of  IT "))

    assert services.contacts.get(created.id).role == "Head of IT"


def test_update_reports_the_record_without_a_created_item(
    services: Services, partner_id: PartnerId
) -> None:
    created = services.contacts.add(anna(partner_id)).created
    assert created is not None
    stored = services.contacts.get(created.id)

    changes = services.contacts.update(dataclasses.replace(stored, role="CEO"))

    assert changes == Changes(frozenset({created}), frozenset({partner_id}))


def test_invalid_update_commits_nothing(
    services: Services, uow: FakeUnitOfWork, partner_id: PartnerId
) -> None:
    created = services.contacts.add(anna(partner_id)).created
    assert created is not None
    stored = services.contacts.get(created.id)
    commits_before = uow.commits

    with pytest.raises(ValidationError):
        services.contacts.update(dataclasses.replace(stored, email="anna@"))

    assert uow.commits == commits_before
    assert services.contacts.get(created.id) == stored


def test_update_of_a_deleted_record_is_not_found(services: Services, partner_id: PartnerId) -> None:
    ghost = dataclasses.replace(anna(partner_id), id=ContactId(42))

    with pytest.raises(NotFoundError):
        services.contacts.update(ghost)


def test_delete_removes_the_record_and_reports_its_partner(
    services: Services, partner_id: PartnerId
) -> None:
    created = services.contacts.add(anna(partner_id)).created
    assert created is not None

    changes = services.contacts.delete(created.id)

    assert changes == Changes(frozenset({created}), frozenset({partner_id}))
    assert services.partners.dossier(partner_id).contacts == ()


def test_delete_of_a_missing_record_is_not_found_and_commits_nothing(
    services: Services, uow: FakeUnitOfWork, partner_id: PartnerId
) -> None:
    commits_before = uow.commits

    with pytest.raises(NotFoundError):
        services.contacts.delete(42)

    assert uow.commits == commits_before


def test_get_of_a_missing_record_is_not_found(services: Services) -> None:
    with pytest.raises(NotFoundError):
        services.notes.get(42)
