"""The partner list read as plain columns equals the ORM read, on a real SQLite file."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from portfolio_app.domain.ids import ItemKind, ItemRef, PartnerId
from portfolio_app.domain.partner import Criticality, Partner, PartnerStatus
from portfolio_app.storage.mappers import partner_to_domain
from portfolio_app.storage.schema import PartnerRecord
from portfolio_app.storage.unit_of_work import SqlUnitOfWork

MOMENT = datetime(2025, 3, 4, 5, 6, 7, 890123, tzinfo=UTC)


def _orm_read(session_factory: sessionmaker[Session]) -> list[Partner]:
    """The partners as ``partner_to_domain`` builds them from ORM records (the reference)."""
    with session_factory() as session:
        query = select(PartnerRecord).where(PartnerRecord.deleted_at.is_(None))
        return [partner_to_domain(record) for record in session.scalars(query)]


def _store(session_factory: sessionmaker[Session]) -> dict[str, PartnerId]:
    partners = [
        Partner(
            None,
            "Müller & Söhne",
            "print",
            PartnerStatus.PAUSED,
            date(2019, 4, 1),
            website="https://müller.de",
            address="Hauptstraße 5\n80331 München",
            description="Druckt 🖨️ Flyer.",
            values_expectations="Pünktlich.\nFair.",
            tags=("zuverlässig", "Druck", "Äpfel", "print"),
            internal_owner="Jürgen",
            criticality=Criticality.HIGH,
            contact_cadence_days=30,
        ),
        Partner(None, "Archiviert AG", "Eigene Kategorie", archived=True, tags=("alt",)),
        Partner(None, "Ohne Tags GmbH", "it_services", PartnerStatus.PROSPECT),
        Partner(None, "Im Papierkorb KG", tags=("Druck",)),
    ]
    with SqlUnitOfWork(session_factory) as uow:
        ids = uow.partners.add_many(partners)
        uow.trash.move(ItemRef(ItemKind.PARTNER, ids[3]), MOMENT)
        uow.commit()
    with session_factory.begin() as session:  # moments with microseconds, set by hand
        session.execute(
            update(PartnerRecord)
            .where(PartnerRecord.id == ids[0])
            .values(created_at=MOMENT, updated_at=MOMENT)
        )
    return {partner.name: PartnerId(pid) for partner, pid in zip(partners, ids, strict=True)}


def test_plain_read_equals_the_orm_read(session_factory: sessionmaker[Session]) -> None:
    ids = _store(session_factory)

    with SqlUnitOfWork(session_factory) as uow:
        listed = uow.partners.list_all()

    assert listed == sorted(_orm_read(session_factory), key=lambda p: p.id or 0)
    by_name = {partner.name: partner for partner in listed}
    assert set(by_name) == {"Müller & Söhne", "Archiviert AG", "Ohne Tags GmbH"}
    full = by_name["Müller & Söhne"]
    assert full.id == ids["Müller & Söhne"]
    assert full.tags == ("Druck", "print", "zuverlässig", "Äpfel")  # as partner_to_domain sorts
    assert full.created_at == MOMENT
    assert full.updated_at == MOMENT
    assert full.created_at.tzinfo is UTC
    assert full.partner_since == date(2019, 4, 1)
    assert full.status is PartnerStatus.PAUSED
    assert full.criticality is Criticality.HIGH
    assert full.contact_cadence_days == 30
    assert by_name["Archiviert AG"].archived is True
    assert by_name["Ohne Tags GmbH"].tags == ()
    assert by_name["Ohne Tags GmbH"].partner_since is None


def test_partners_are_listed_in_the_order_of_their_ids(
    session_factory: sessionmaker[Session],
) -> None:
    _store(session_factory)

    with SqlUnitOfWork(session_factory) as uow:
        ids = [partner.id or 0 for partner in uow.partners.list_all()]

    assert ids == sorted(ids)


def test_a_partner_added_in_the_same_unit_of_work_is_listed(
    session_factory: sessionmaker[Session],
) -> None:
    with SqlUnitOfWork(session_factory) as uow:
        uow.partners.add(Partner(None, "Neu GmbH", tags=("frisch",)))
        names = [(partner.name, partner.tags) for partner in uow.partners.list_all()]

    assert names == [("Neu GmbH", ("frisch",))]


def test_an_empty_portfolio_lists_no_partners(session_factory: sessionmaker[Session]) -> None:
    with SqlUnitOfWork(session_factory) as uow:
        assert uow.partners.list_all() == []
