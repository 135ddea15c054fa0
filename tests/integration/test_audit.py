"""The audit trail on a real SQLite file: written with the change, or not at all."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

from portfolio_app.domain.agreement import Agreement
from portfolio_app.domain.audit import AuditAction, AuditEntry, FieldChange
from portfolio_app.domain.errors import ConflictError
from portfolio_app.domain.ids import AuditEntryId, ItemKind, ItemRef, PartnerId
from portfolio_app.domain.money import Money
from portfolio_app.domain.partner import Partner
from portfolio_app.services.catalog import Services, build_services
from portfolio_app.storage.repositories import SqlAuditRepository
from portfolio_app.storage.unit_of_work import SqlUnitOfWork
from tests.conftest import FIXED_NOW


def count(engine: Engine, sql: str) -> int:
    with engine.connect() as connection:
        value = connection.execute(text(sql)).scalar_one()
    assert isinstance(value, int)
    return value


def add_partner(services: Services, name: str) -> PartnerId:
    created = services.partners.add_partner(Partner(None, name)).created
    assert created is not None
    return PartnerId(created.id)


class BrokenAudit(SqlAuditRepository):
    def add(self, entry: AuditEntry) -> int:
        super().add(entry)
        raise RuntimeError("disk pulled")


class BrokenAuditUnitOfWork(SqlUnitOfWork):
    """Stores the audit entry, then fails: the unit must roll back the change too."""

    @property
    def audit(self) -> BrokenAudit:
        return BrokenAudit(self.session)


def test_an_entry_round_trips_with_every_field(session_factory: sessionmaker[Session]) -> None:
    with SqlUnitOfWork(session_factory) as uow:
        partner_id = uow.partners.add(Partner(None, "Müller & Söhne"))
        entry = AuditEntry(
            None,
            datetime(2026, 3, 2, 9, 30, tzinfo=UTC),
            partner_id,
            ItemRef(ItemKind.AGREEMENT, 7),
            AuditAction.UPDATED,
            "Leasing „Kopierer“ <b>",
            (
                FieldChange("notes", 'alt\n"zitiert"', "neu – ü"),
                FieldChange("value", "", "1.00 EUR"),
            ),
        )
        entry_id = uow.audit.add(entry)
        uow.commit()

    with SqlUnitOfWork(session_factory) as uow:
        [stored] = uow.audit.list_for_partner(partner_id)

    assert stored == dataclasses.replace(entry, id=AuditEntryId(entry_id))


def test_each_change_through_the_services_writes_one_entry(
    services: Services, engine: Engine
) -> None:
    partner_id = add_partner(services, "Acme")
    created = services.agreements.add(
        Agreement(None, partner_id, "Leasing Kopierer", value=Money.of("249.90"))
    ).created
    assert created is not None
    stored = services.agreements.get(created.id)
    services.agreements.update(dataclasses.replace(stored, value=Money.of("279.00")))
    services.agreements.delete(created.id)
    services.trash.restore(created)

    history = services.history.for_partner(partner_id)

    assert [(e.action, e.item.kind) for e in history] == [
        (AuditAction.RESTORED, ItemKind.AGREEMENT),
        (AuditAction.DELETED, ItemKind.AGREEMENT),
        (AuditAction.UPDATED, ItemKind.AGREEMENT),
        (AuditAction.CREATED, ItemKind.AGREEMENT),
        (AuditAction.CREATED, ItemKind.PARTNER),
    ]
    assert history[2].changes == (FieldChange("value", "249.90 EUR", "279.00 EUR"),)
    assert {e.at for e in history} == {FIXED_NOW}
    assert count(engine, "SELECT count(*) FROM audit_entry") == 5


def test_a_failing_service_call_writes_no_entry(services: Services, engine: Engine) -> None:
    acme = add_partner(services, "Acme")
    add_partner(services, "Globex")
    before = count(engine, "SELECT count(*) FROM audit_entry")

    with pytest.raises(ConflictError):
        services.partners.update_partner(Partner(acme, "GLOBEX"))

    assert count(engine, "SELECT count(*) FROM audit_entry") == before
    assert services.partners.get_partner(acme).name == "Acme"


def test_a_change_whose_entry_cannot_be_written_is_not_kept(
    session_factory: sessionmaker[Session], engine: Engine
) -> None:
    broken = build_services(lambda: BrokenAuditUnitOfWork(session_factory), clock=lambda: FIXED_NOW)

    with pytest.raises(RuntimeError, match="disk pulled"):
        broken.partners.add_partner(Partner(None, "Acme"))

    assert count(engine, "SELECT count(*) FROM partner") == 0
    assert count(engine, "SELECT count(*) FROM audit_entry") == 0


def test_a_deletion_whose_entry_cannot_be_written_leaves_the_partner_live(
    session_factory: sessionmaker[Session], services: Services
) -> None:
    partner_id = add_partner(services, "Acme")
    broken = build_services(lambda: BrokenAuditUnitOfWork(session_factory), clock=lambda: FIXED_NOW)

    with pytest.raises(RuntimeError):
        broken.partners.delete_partner(partner_id)

    assert [p.name for p in services.partners.list_partners()] == ["Acme"]
    assert services.trash.list_items() == []


def test_purging_a_partner_removes_its_history(services: Services, engine: Engine) -> None:
    partner_id = add_partner(services, "Acme")
    add_partner(services, "Globex")
    services.partners.delete_partner(partner_id)

    services.trash.empty()

    assert services.history.for_partner(partner_id) == []
    assert count(engine, "SELECT count(*) FROM audit_entry") == 1
