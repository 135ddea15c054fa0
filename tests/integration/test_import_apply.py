"""Applying imports on a real SQLite file: the bulk path, one transaction, undo."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

from portfolio_app.domain.agreement import Agreement
from portfolio_app.domain.audit import AuditAction
from portfolio_app.domain.contact import ContactPerson
from portfolio_app.domain.errors import ConflictError, NotFoundError
from portfolio_app.domain.ids import ItemKind, ItemRef, PartnerId
from portfolio_app.domain.imports import (
    ImportBatch,
    ImportKind,
    ImportRecord,
    ImportRow,
    MatchMode,
    RowError,
)
from portfolio_app.domain.note import CommunicationNote
from portfolio_app.domain.partner import Partner, PartnerStatus
from portfolio_app.interchange import rows as parsed_rows
from portfolio_app.interchange.to_import import as_parsed_import, to_batch
from portfolio_app.services.catalog import Services
from portfolio_app.services.imports import CHUNK_ROWS
from portfolio_app.storage.repositories import SqlChildRepository
from portfolio_app.storage.unit_of_work import SqlUnitOfWork
from tests.conftest import FIXED_NOW

NO_PARTNER = PartnerId(0)
TABLES = ("partner", "tag", "partner_tag", "contact_person", "agreement", "communication_note")


def count(engine: Engine, table: str) -> int:
    with engine.connect() as connection:
        value = connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
    assert isinstance(value, int)
    return value


def dump(engine: Engine) -> list[str]:
    """Every table's rows as SQL text."""
    connection = engine.raw_connection()
    try:
        return list(connection.driver_connection.iterdump())  # type: ignore[union-attr]
    finally:
        connection.close()


def batch(kind: ImportKind, *records: ImportRecord, partner_name: str | None = None) -> ImportBatch:
    rows = tuple(
        ImportRow(number + 2, record, partner_name) for number, record in enumerate(records)
    )
    return ImportBatch(kind, rows)


def add_partner(services: Services, partner: Partner) -> PartnerId:
    created = services.partners.add_partner(partner).created
    assert created is not None
    return PartnerId(created.id)


def snapshot(services: Services) -> list[object]:
    """Every live record, partners without their ``updated_at``."""
    state: list[object] = []
    for partner in services.partners.list_partners():
        assert partner.id is not None
        dossier = services.partners.dossier(partner.id)
        state += [dataclasses.replace(partner, updated_at=None), *dossier.contacts]
        state += [*dossier.agreements, *dossier.notes]
    return state


def many_partners(number: int) -> ImportBatch:
    return batch(
        ImportKind.PARTNERS,
        *(Partner(None, f"Partner {n}", tags=(f"tag {n % 7}", "shared")) for n in range(number)),
    )


# ---- landing


def test_partners_land_over_several_chunks_with_tags_and_audit_entries(
    services: Services, engine: Engine
) -> None:
    number = CHUNK_ROWS * 2 + 50

    report = services.imports.apply(many_partners(number))

    assert report.created == number
    assert count(engine, "partner") == number
    assert count(engine, "tag") == 8
    assert count(engine, "partner_tag") == 2 * number
    assert count(engine, "audit_entry") == number
    stored = {p.name: p for p in services.partners.list_partners()}
    assert stored["Partner 9"].tags == ("shared", "tag 2")
    assert stored["Partner 9"].created_at is not None
    history = services.history.for_partner(PartnerId(stored["Partner 9"].id or 0))
    assert [(e.action, e.title) for e in history] == [(AuditAction.CREATED, "Partner 9")]


def test_ids_in_the_report_point_at_the_records_of_their_rows(services: Services) -> None:
    acme = add_partner(services, Partner(None, "Acme"))
    parsed = batch(
        ImportKind.NOTES,
        *(CommunicationNote(None, NO_PARTNER, FIXED_NOW, f"Note {n}") for n in range(300)),
        partner_name="Acme",
    )

    report = services.imports.apply(parsed)

    assert report.undo is not None
    subjects = [services.notes.get(ref.id).subject for ref in report.undo.created]
    assert subjects == [f"Note {n}" for n in range(300)]
    assert report.changes.partners == frozenset({acme})


def test_update_on_disk_merges_tags_and_keeps_untouched_fields(services: Services) -> None:
    partner_id = add_partner(
        services, Partner(None, "Acme", status=PartnerStatus.PAUSED, tags=("print",))
    )
    imported = Partner(None, "acme", website="https://acme.example", tags=("eco",))

    report = services.imports.apply(batch(ImportKind.PARTNERS, imported), match=MatchMode.UPDATE)

    assert report.updated == 1
    stored = services.partners.get_partner(partner_id)
    assert (stored.name, stored.status, stored.website) == (
        "Acme",
        PartnerStatus.PAUSED,
        "https://acme.example",
    )
    assert stored.tags == ("eco", "print")
    assert services.history.for_partner(partner_id)[0].action is AuditAction.UPDATED


def test_duplicates_get_numbered_names_on_disk(services: Services) -> None:
    add_partner(services, Partner(None, "Acme"))

    report = services.imports.apply(
        batch(ImportKind.PARTNERS, Partner(None, "ACME"), Partner(None, "Acme")),
        match=MatchMode.DUPLICATE,
    )

    assert report.created == 2
    names = [p.name for p in services.partners.list_partners()]
    assert names == ["Acme", "ACME (2)", "Acme (3)"]


def test_a_partner_in_the_trash_is_not_matched(services: Services) -> None:
    trashed = add_partner(services, Partner(None, "Acme"))
    services.partners.delete_partner(trashed)

    report = services.imports.apply(batch(ImportKind.PARTNERS, Partner(None, "Acme")))

    assert report.created == 1
    assert [p.name for p in services.partners.list_partners()] == ["Acme"]


def test_rows_with_an_unknown_partner_fail_and_the_others_land(
    services: Services, engine: Engine
) -> None:
    add_partner(services, Partner(None, "Acme"))
    parsed = ImportBatch(
        ImportKind.AGREEMENTS,
        (
            ImportRow(2, Agreement(None, NO_PARTNER, "Leasing"), "Acme"),
            ImportRow(3, Agreement(None, NO_PARTNER, "Cleaning"), "Initech"),
            ImportRow(4, Agreement(None, NO_PARTNER, "Printing"), "acme"),
        ),
        mapping={"Partner": "partner_name", "Titel": "title"},
    )

    report = services.imports.apply(parsed)

    assert (report.created, report.failed) == (2, 1)
    assert [(e.row, e.column, e.code) for e in report.errors] == [
        (3, "Partner", "import.partner.unknown")
    ]
    assert count(engine, "agreement") == 2


# ---- all or nothing


def test_an_error_in_a_later_chunk_leaves_the_database_as_it_was(
    services: Services, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_partner(services, Partner(None, "Acme"))
    before = dump(engine)
    original = SqlChildRepository.add_many
    calls = 0

    def failing_add_many(
        self: SqlChildRepository[ContactPerson, object], records: list[ContactPerson]
    ) -> list[int]:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise RuntimeError("disk pulled")
        return original(self, records)

    monkeypatch.setattr(SqlChildRepository, "add_many", failing_add_many)
    parsed = batch(
        ImportKind.CONTACTS,
        *(ContactPerson(None, NO_PARTNER, f"Person {n}") for n in range(CHUNK_ROWS * 2)),
        partner_name="Acme",
    )

    with pytest.raises(RuntimeError, match="disk pulled"):
        services.imports.apply(parsed)

    assert calls == 2
    assert dump(engine) == before


def test_cancelling_through_progress_writes_nothing(services: Services, engine: Engine) -> None:
    before = dump(engine)
    seen: list[int] = []

    def progress(done: int, total: int) -> bool:
        seen.append(done)
        return done < CHUNK_ROWS * 2

    report = services.imports.apply(many_partners(CHUNK_ROWS * 3), progress=progress)

    assert report.cancelled
    assert seen == [CHUNK_ROWS, CHUNK_ROWS * 2]
    assert dump(engine) == before


def test_a_dry_run_leaves_the_file_unchanged_and_reports_like_the_real_run(
    services: Services, engine: Engine
) -> None:
    add_partner(services, Partner(None, "Partner 3", website="old"))
    parsed = dataclasses.replace(
        many_partners(CHUNK_ROWS + 10),
        errors=(RowError(900, "Seit", "import.date.invalid", "'x' is no date"),),
    )
    before = dump(engine)

    dry = services.imports.apply(parsed, match=MatchMode.UPDATE, dry_run=True)

    assert dump(engine) == before
    real = services.imports.apply(parsed, match=MatchMode.UPDATE)
    assert dump(engine) != before
    assert (dry.created, dry.updated, dry.skipped, dry.failed, dry.errors) == (
        real.created,
        real.updated,
        real.skipped,
        real.failed,
        real.errors,
    )
    assert (dry.created, dry.updated, dry.failed) == (CHUNK_ROWS + 9, 1, 1)


# ---- undo


def test_undo_brings_back_exactly_the_state_before_the_import(services: Services) -> None:
    acme = add_partner(services, Partner(None, "Acme", website="old", tags=("print",)))
    services.contacts.add(ContactPerson(None, acme, "Anna", email="anna@acme.de", role="CFO"))
    services.agreements.add(Agreement(None, acme, "Leasing", notes="old notes"))
    before = snapshot(services)
    partners_report = services.imports.apply(
        batch(
            ImportKind.PARTNERS,
            Partner(None, "ACME", website="new", tags=("eco",)),
            Partner(None, "Globex", tags=("brand new tag",)),
        ),
        match=MatchMode.UPDATE,
    )
    contacts_report = services.imports.apply(
        batch(
            ImportKind.CONTACTS,
            ContactPerson(None, NO_PARTNER, "anna", email="ANNA@acme.de", role="CEO"),
            ContactPerson(None, NO_PARTNER, "Ben"),
            partner_name="Acme",
        ),
        match=MatchMode.UPDATE,
    )
    agreements_report = services.imports.apply(
        batch(
            ImportKind.AGREEMENTS,
            Agreement(None, NO_PARTNER, "Leasing", notes="new"),
            partner_name="Acme",
        ),
        match=MatchMode.UPDATE,
    )
    assert snapshot(services) != before

    for report in (agreements_report, contacts_report, partners_report):
        assert report.undo is not None
        services.imports.undo(report.undo)

    assert snapshot(services) == before


def test_undo_writes_audit_entries_in_the_partner_history(services: Services) -> None:
    acme = add_partner(services, Partner(None, "Acme", website="old"))
    report = services.imports.apply(
        batch(ImportKind.PARTNERS, Partner(None, "Acme", website="new")), match=MatchMode.UPDATE
    )
    notes = services.imports.apply(
        batch(
            ImportKind.NOTES,
            CommunicationNote(None, NO_PARTNER, FIXED_NOW, "Call"),
            partner_name="Acme",
        )
    )
    assert report.undo is not None
    assert notes.undo is not None

    services.imports.undo(notes.undo)
    services.imports.undo(report.undo)

    history = [(e.action, e.item.kind, e.title) for e in services.history.for_partner(acme)]
    assert history[:2] == [
        (AuditAction.UPDATED, ItemKind.PARTNER, "Acme"),
        (AuditAction.DELETED, ItemKind.NOTE, "Call"),
    ]
    assert services.history.for_partner(acme)[0].changes[0].new == "old"


def test_undo_of_a_partner_import_removes_the_partners_and_their_history(
    services: Services, engine: Engine
) -> None:
    before = dump(engine)
    report = services.imports.apply(many_partners(CHUNK_ROWS + 1))
    assert report.undo is not None

    changes = services.imports.undo(report.undo)

    assert len(changes.items) == CHUNK_ROWS + 1
    for table in ("partner", "partner_tag", "audit_entry"):
        assert count(engine, table) == 0
    assert dump(engine) != before  # the tags the import made stay, unused


# ---- the parse result goes in as it is


def test_a_parse_result_from_interchange_is_applied_as_it_is(services: Services) -> None:
    add_partner(services, Partner(None, "Acme"))
    result = parsed_rows.ParseResult(
        kind=parsed_rows.ImportKind.CONTACTS,
        rows=(parsed_rows.ParsedRow(2, ContactPerson(None, NO_PARTNER, "Anna"), "Acme"),),
        errors=(parsed_rows.RowError(3, "E-Mail", "contact.email.invalid", "'x@' is no address"),),
        mapping={"Name": "name", "E-Mail": "email", "Firma": "partner_name"},
    )

    direct = services.imports.apply(as_parsed_import(result), dry_run=True)
    converted = services.imports.apply(to_batch(result), dry_run=True)

    assert direct == converted
    assert (direct.created, direct.failed) == (1, 1)
    assert direct.errors[0].code == "contact.email.invalid"


# ---- the bulk repository methods


def test_update_many_refuses_a_record_in_the_trash(
    services: Services, session_factory: sessionmaker[Session]
) -> None:
    acme = add_partner(services, Partner(None, "Acme"))
    created = services.contacts.add(ContactPerson(None, acme, "Anna")).created
    assert created is not None
    services.contacts.delete(created.id)

    with SqlUnitOfWork(session_factory) as uow, pytest.raises(NotFoundError):
        uow.contacts.update_many([ContactPerson(created.id, acme, "Anna B")])  # type: ignore[arg-type]


def test_delete_many_skips_records_in_the_trash_and_unknown_ids(
    services: Services, session_factory: sessionmaker[Session]
) -> None:
    acme = add_partner(services, Partner(None, "Acme"))
    ids = []
    for name in ("Anna", "Ben"):
        created = services.contacts.add(ContactPerson(None, acme, name)).created
        assert created is not None
        ids.append(created.id)
    services.contacts.delete(ids[0])

    with SqlUnitOfWork(session_factory) as uow:
        removed = uow.contacts.delete_many([*ids, 999])
        uow.commit()

    assert [contact.name for contact in removed] == ["Ben"]
    assert services.trash.list_items()[0].ref == ItemRef(ItemKind.CONTACT, ids[0])


def test_add_many_gives_ids_above_records_in_the_trash(
    services: Services, session_factory: sessionmaker[Session]
) -> None:
    acme = add_partner(services, Partner(None, "Acme"))
    created = services.notes.add(CommunicationNote(None, acme, FIXED_NOW, "Old")).created
    assert created is not None
    services.notes.delete(created.id)
    when = datetime(2026, 1, 2, 3, 4, tzinfo=UTC)

    with SqlUnitOfWork(session_factory) as uow:
        new_ids = uow.notes.add_many([CommunicationNote(None, acme, when, "New")])
        uow.commit()

    assert new_ids == [created.id + 1]
    stored = services.notes.get(new_ids[0])
    assert (stored.subject, stored.when) == ("New", when)


def test_add_many_refuses_a_name_a_live_partner_has(
    services: Services, session_factory: sessionmaker[Session]
) -> None:
    add_partner(services, Partner(None, "Acme"))

    with SqlUnitOfWork(session_factory) as uow, pytest.raises(ConflictError) as caught:
        uow.partners.add_many([Partner(None, "Globex"), Partner(None, "ACME")])

    assert caught.value.code == "partner.name.duplicate"
    assert [p.name for p in services.partners.list_partners()] == ["Acme"]
