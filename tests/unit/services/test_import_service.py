"""ImportService on the in-memory unit of work (the one-call-per-record path)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime

import pytest

from portfolio_app.domain.agreement import Agreement, AgreementStatus
from portfolio_app.domain.audit import AuditAction
from portfolio_app.domain.contact import ContactPerson
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
from portfolio_app.services.catalog import Services, build_services
from portfolio_app.services.changes import Changes
from portfolio_app.services.imports import CHUNK_ROWS, ImportService
from tests.unit.services.fakes import FakeChildRepository, FakeUnitOfWork

NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
NO_PARTNER = PartnerId(0)


@pytest.fixture
def uow() -> FakeUnitOfWork:
    return FakeUnitOfWork()


@pytest.fixture
def services(uow: FakeUnitOfWork) -> Services:
    return build_services(uow.factory, clock=lambda: NOW)


@pytest.fixture
def imports(services: Services) -> ImportService:
    return services.imports


def add_partner(services: Services, partner: Partner) -> PartnerId:
    created = services.partners.add_partner(partner).created
    assert created is not None
    return PartnerId(created.id)


def batch(
    kind: ImportKind,
    *records: ImportRecord,
    partner_name: str | None = None,
    mapping: dict[str, str] | None = None,
) -> ImportBatch:
    rows = tuple(
        ImportRow(number + 2, record, partner_name) for number, record in enumerate(records)
    )
    return ImportBatch(kind, rows, mapping=mapping or {})


def partners(*names: str) -> ImportBatch:
    return batch(ImportKind.PARTNERS, *(Partner(None, name) for name in names))


def contact(name: str, email: str = "", **fields: object) -> ContactPerson:
    return dataclasses.replace(
        ContactPerson(None, NO_PARTNER, name, email=email),
        **fields,  # type: ignore[arg-type]
    )


def note(subject: str, when: datetime = NOW) -> CommunicationNote:
    return CommunicationNote(None, NO_PARTNER, when, subject)


def stored_names(uow: FakeUnitOfWork) -> list[str]:
    return sorted(partner.name for partner in uow.committed.partners.values())


# ---- partners


def test_new_partners_are_created_with_an_audit_entry_each(
    imports: ImportService, uow: FakeUnitOfWork
) -> None:
    report = imports.apply(partners("Acme", "Globex"))

    assert (report.created, report.updated, report.skipped, report.failed) == (2, 0, 0, 0)
    assert stored_names(uow) == ["Acme", "Globex"]
    entries = list(uow.committed.audit.values())
    assert [(e.action, e.title) for e in entries] == [
        (AuditAction.CREATED, "Acme"),
        (AuditAction.CREATED, "Globex"),
    ]
    assert uow.commits == 1


def test_skip_leaves_a_partner_matched_ignoring_case_and_spacing(
    imports: ImportService, services: Services, uow: FakeUnitOfWork
) -> None:
    add_partner(services, Partner(None, "Acme Corp", website="https://acme.example"))
    parsed = batch(ImportKind.PARTNERS, Partner(None, "  acme   CORP ", website="https://new"))

    report = imports.apply(parsed, match=MatchMode.SKIP)

    assert (report.created, report.skipped) == (0, 1)
    (stored,) = uow.committed.partners.values()
    assert stored.website == "https://acme.example"


def test_update_takes_filled_in_fields_merges_tags_and_keeps_name_and_id(
    imports: ImportService, services: Services, uow: FakeUnitOfWork
) -> None:
    partner_id = add_partner(
        services,
        Partner(None, "Acme", status=PartnerStatus.PAUSED, website="old", tags=("print",)),
    )
    imported = Partner(None, "ACME", description="New text", tags=("eco", "Print"))

    report = imports.apply(batch(ImportKind.PARTNERS, imported), match=MatchMode.UPDATE)

    assert (report.created, report.updated, report.skipped) == (0, 1, 0)
    stored = uow.committed.partners[partner_id]
    assert stored.name == "Acme"
    assert stored.status is PartnerStatus.PAUSED  # the import's default does not reset it
    assert (stored.website, stored.description) == ("old", "New text")
    assert stored.tags == ("eco", "print")
    entry = services.history.for_partner(partner_id)[0]
    assert entry.action is AuditAction.UPDATED
    assert {change.field for change in entry.changes} == {"description", "tags"}
    assert report.changes == Changes(
        frozenset({ItemRef(ItemKind.PARTNER, partner_id)}), frozenset({partner_id})
    )


def test_an_update_that_changes_nothing_counts_as_skipped(
    imports: ImportService, services: Services, uow: FakeUnitOfWork
) -> None:
    add_partner(services, Partner(None, "Acme", website="https://acme.example"))
    entries_before = len(uow.committed.audit)

    report = imports.apply(
        batch(ImportKind.PARTNERS, Partner(None, "Acme", website="https://acme.example")),
        match=MatchMode.UPDATE,
    )

    assert (report.updated, report.skipped) == (0, 1)
    assert len(uow.committed.audit) == entries_before
    assert report.undo is not None
    assert report.undo.previous == ()


def test_duplicate_creates_the_first_free_numbered_name(
    imports: ImportService, services: Services, uow: FakeUnitOfWork
) -> None:
    add_partner(services, Partner(None, "Acme"))
    add_partner(services, Partner(None, "Acme (2)"))

    report = imports.apply(partners("acme", "Acme"), match=MatchMode.DUPLICATE)

    assert report.created == 2
    assert set(stored_names(uow)) == {"Acme", "Acme (2)", "acme (3)", "Acme (4)"}


def test_a_name_twice_in_the_file_is_created_once_under_skip(
    imports: ImportService, uow: FakeUnitOfWork
) -> None:
    report = imports.apply(partners("Acme", "ACME"))

    assert (report.created, report.skipped) == (1, 1)
    assert stored_names(uow) == ["Acme"]


def test_a_later_row_updates_a_partner_created_by_an_earlier_one(
    imports: ImportService, uow: FakeUnitOfWork
) -> None:
    parsed = batch(
        ImportKind.PARTNERS,
        Partner(None, "Acme"),
        Partner(None, "Acme", website="https://a.example"),
    )

    report = imports.apply(parsed, match=MatchMode.UPDATE)

    assert (report.created, report.updated) == (1, 1)
    (stored,) = uow.committed.partners.values()
    assert stored.website == "https://a.example"
    assert report.undo is not None
    assert report.undo.previous == ()
    assert [e.action for e in uow.committed.audit.values()] == [AuditAction.CREATED]


def test_invalid_rows_fail_with_their_column_and_the_others_land(
    imports: ImportService, uow: FakeUnitOfWork
) -> None:
    parsed = batch(
        ImportKind.PARTNERS,
        Partner(None, "Acme"),
        Partner(None, "Globex", website="x" * 600),
        mapping={"Firma": "name", "Webseite": "website"},
    )
    parsed = dataclasses.replace(
        parsed, errors=(RowError(5, "Seit", "import.date.invalid", "'31.13.' is not a date"),)
    )

    report = imports.apply(parsed)

    assert (report.created, report.failed) == (1, 2)
    assert [(e.row, e.column, e.code) for e in report.errors] == [
        (3, "Webseite", "partner.website.too_long"),
        (5, "Seit", "import.date.invalid"),
    ]
    assert stored_names(uow) == ["Acme"]


def test_several_errors_in_one_row_count_as_one_failed_row(imports: ImportService) -> None:
    errors = (
        RowError(2, "A", "import.date.invalid", ""),
        RowError(2, "B", "import.required.missing", ""),
    )

    report = imports.apply(ImportBatch(ImportKind.PARTNERS, (), errors))

    assert report.failed == 1
    assert len(report.errors) == 2


def test_a_duplicate_name_that_gets_too_long_fails_the_row(
    imports: ImportService, services: Services
) -> None:
    long_name = "A" * 200
    add_partner(services, Partner(None, long_name))

    report = imports.apply(partners(long_name), match=MatchMode.DUPLICATE)

    assert report.failed == 1
    assert report.errors[0].code == "partner.name.too_long"


# ---- contacts, agreements, notes


def test_children_go_to_the_partner_their_row_names_else_to_the_given_one(
    imports: ImportService, services: Services, uow: FakeUnitOfWork
) -> None:
    acme = add_partner(services, Partner(None, "Acme"))
    globex = add_partner(services, Partner(None, "Globex"))
    parsed = ImportBatch(
        ImportKind.CONTACTS,
        (ImportRow(2, contact("Anna"), "globex"), ImportRow(3, contact("Ben"), None)),
    )

    report = imports.apply(parsed, partner="ACME")

    assert report.created == 2
    owners = {c.name: c.partner_id for c in uow.committed.contacts.values()}
    assert owners == {"Anna": globex, "Ben": acme}
    assert report.changes.partners == frozenset({acme, globex})


def test_a_row_naming_an_unknown_partner_fails_and_the_rest_go_on(
    imports: ImportService, services: Services, uow: FakeUnitOfWork
) -> None:
    add_partner(services, Partner(None, "Acme"))
    parsed = ImportBatch(
        ImportKind.CONTACTS,
        (ImportRow(2, contact("Anna"), "Acme"), ImportRow(3, contact("Ben"), "Initech")),
        mapping={"Firma": "partner_name", "Name": "name"},
    )

    report = imports.apply(parsed)

    assert (report.created, report.failed) == (1, 1)
    assert report.errors == (
        RowError(3, "Firma", "import.partner.unknown", "no partner is named 'Initech'"),
    )
    assert [c.name for c in uow.committed.contacts.values()] == ["Anna"]


def test_an_unknown_partner_for_all_rows_fails_every_row(
    imports: ImportService, uow: FakeUnitOfWork
) -> None:
    parsed = batch(ImportKind.NOTES, note("Kick-off"), note("Review"))

    report = imports.apply(parsed, partner="Nobody")

    assert (report.created, report.failed) == (0, 2)
    assert {(e.column, e.code) for e in report.errors} == {("", "import.partner.unknown")}
    assert uow.committed.notes == {}


def test_a_row_without_any_partner_fails(imports: ImportService) -> None:
    report = imports.apply(batch(ImportKind.CONTACTS, contact("Anna")))

    assert [e.code for e in report.errors] == ["import.partner.missing"]


def test_contacts_match_by_name_and_email(
    imports: ImportService, services: Services, uow: FakeUnitOfWork
) -> None:
    partner_id = add_partner(services, Partner(None, "Acme"))
    services.contacts.add(ContactPerson(None, partner_id, "Anna Berg", email="anna@acme.de"))
    parsed = batch(
        ImportKind.CONTACTS,
        contact("anna  berg", "ANNA@acme.de", role="CEO"),
        contact("Anna Berg", "anna.berg@private.de"),
        partner_name="Acme",
    )

    report = imports.apply(parsed, match=MatchMode.UPDATE)

    assert (report.created, report.updated) == (1, 1)
    roles = sorted((c.email, c.role) for c in uow.committed.contacts.values())
    assert roles == [("anna.berg@private.de", ""), ("anna@acme.de", "CEO")]


def test_contacts_are_created_again_under_duplicate(
    imports: ImportService, services: Services, uow: FakeUnitOfWork
) -> None:
    partner_id = add_partner(services, Partner(None, "Acme"))
    services.contacts.add(ContactPerson(None, partner_id, "Anna Berg"))

    report = imports.apply(
        batch(ImportKind.CONTACTS, contact("Anna Berg"), partner_name="Acme"),
        match=MatchMode.DUPLICATE,
    )

    assert report.created == 1
    assert len(uow.committed.contacts) == 2


def test_agreements_match_by_title_and_contract_number_when_given(
    imports: ImportService, services: Services, uow: FakeUnitOfWork
) -> None:
    partner_id = add_partner(services, Partner(None, "Acme"))
    services.agreements.add(Agreement(None, partner_id, "Leasing", contract_number="L-1"))
    parsed = batch(
        ImportKind.AGREEMENTS,
        Agreement(None, NO_PARTNER, "leasing", notes="by title"),
        Agreement(None, NO_PARTNER, "Leasing", contract_number="L-2"),
        Agreement(None, NO_PARTNER, "Leasing", contract_number="l-1"),
        partner_name="Acme",
    )

    report = imports.apply(parsed, match=MatchMode.UPDATE)

    assert (report.created, report.updated, report.skipped) == (1, 1, 1)
    stored = sorted((a.contract_number, a.notes) for a in uow.committed.agreements.values())
    assert stored == [("L-1", "by title"), ("L-2", "")]


def test_an_update_that_breaks_a_rule_fails_the_row(
    imports: ImportService, services: Services, uow: FakeUnitOfWork
) -> None:
    partner_id = add_partner(services, Partner(None, "Acme"))
    services.agreements.add(Agreement(None, partner_id, "Leasing", start_date=date(2026, 1, 1)))
    imported = Agreement(None, NO_PARTNER, "Leasing", end_date=date(2025, 1, 1))

    report = imports.apply(
        batch(ImportKind.AGREEMENTS, imported, partner_name="Acme"), match=MatchMode.UPDATE
    )

    assert [e.code for e in report.errors] == ["agreement.end_before_start"]
    (stored,) = uow.committed.agreements.values()
    assert stored.end_date is None


def test_notes_with_the_same_subject_and_moment_are_skipped_under_skip(
    imports: ImportService, services: Services, uow: FakeUnitOfWork
) -> None:
    partner_id = add_partner(services, Partner(None, "Acme"))
    services.notes.add(CommunicationNote(None, partner_id, NOW, "Kick-off"))
    parsed = batch(
        ImportKind.NOTES,
        note("kick-OFF"),
        note("Kick-off", datetime(2026, 12, 1, tzinfo=UTC)),
        partner_name="Acme",
    )

    report = imports.apply(parsed)

    assert (report.created, report.skipped) == (1, 1)
    assert len(uow.committed.notes) == 2


def test_notes_are_always_created_under_update(
    imports: ImportService, services: Services, uow: FakeUnitOfWork
) -> None:
    partner_id = add_partner(services, Partner(None, "Acme"))
    services.notes.add(CommunicationNote(None, partner_id, NOW, "Kick-off"))

    report = imports.apply(
        batch(ImportKind.NOTES, note("Kick-off"), partner_name="Acme"), match=MatchMode.UPDATE
    )

    assert (report.created, report.updated) == (1, 0)
    assert len(uow.committed.notes) == 2


# ---- one transaction: progress, cancel, errors, dry run


def test_progress_is_reported_after_each_chunk_of_rows(imports: ImportService) -> None:
    calls: list[tuple[int, int]] = []
    names = [f"Partner {n}" for n in range(CHUNK_ROWS * 2 + 1)]

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return True

    imports.apply(partners(*names), progress=progress)

    total = len(names)
    assert calls == [(CHUNK_ROWS, total), (2 * CHUNK_ROWS, total), (total, total)]


def test_progress_returning_false_cancels_and_writes_nothing(
    imports: ImportService, uow: FakeUnitOfWork
) -> None:
    names = [f"Partner {n}" for n in range(CHUNK_ROWS + 1)]

    report = imports.apply(partners(*names), progress=lambda done, total: done < total)

    assert report.cancelled
    assert (report.created, report.undo, report.changes) == (0, None, Changes())
    assert uow.commits == 0
    assert uow.committed.partners == {}


def test_progress_returning_none_does_not_cancel(imports: ImportService) -> None:
    report = imports.apply(partners("Acme"), progress=lambda done, total: None)  # type: ignore[arg-type,return-value]

    assert not report.cancelled
    assert report.created == 1


def test_an_unexpected_error_midway_rolls_everything_back(
    imports: ImportService, services: Services, uow: FakeUnitOfWork, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_partner(services, Partner(None, "Acme"))
    commits_before = uow.commits
    original = FakeChildRepository.add
    calls = 0

    def failing_add(self: FakeChildRepository[ContactPerson], record: ContactPerson) -> int:
        nonlocal calls
        calls += 1
        if calls == CHUNK_ROWS + 5:
            raise RuntimeError("disk pulled")
        return original(self, record)

    monkeypatch.setattr(FakeChildRepository, "add", failing_add)
    parsed = batch(
        ImportKind.CONTACTS, *(contact(f"C{n}") for n in range(CHUNK_ROWS * 2)), partner_name="Acme"
    )

    with pytest.raises(RuntimeError, match="disk pulled"):
        imports.apply(parsed)

    assert uow.commits == commits_before
    assert uow.committed.contacts == {}


def test_a_dry_run_reports_the_same_and_writes_nothing(
    imports: ImportService, services: Services, uow: FakeUnitOfWork
) -> None:
    add_partner(services, Partner(None, "Acme"))
    parsed = batch(
        ImportKind.PARTNERS,
        Partner(None, "Acme", website="https://acme.example"),
        Partner(None, "Globex"),
        Partner(None, ""),
    )
    before = dataclasses.replace(uow.committed)
    commits_before = uow.commits

    dry = imports.apply(parsed, match=MatchMode.UPDATE, dry_run=True)

    assert uow.commits == commits_before
    assert uow.committed == before
    real = imports.apply(parsed, match=MatchMode.UPDATE)
    counts = (dry.created, dry.updated, dry.skipped, dry.failed, dry.errors)
    assert counts == (real.created, real.updated, real.skipped, real.failed, real.errors)
    assert counts[:4] == (1, 1, 0, 1)
    assert (dry.undo, dry.changes) == (None, Changes())


# ---- undo


def test_undo_removes_what_was_created_and_restores_what_was_updated(
    imports: ImportService, services: Services, uow: FakeUnitOfWork
) -> None:
    partner_id = add_partner(services, Partner(None, "Acme", website="old", tags=("print",)))
    before = uow.committed.partners[partner_id]
    parsed = batch(
        ImportKind.PARTNERS,
        Partner(None, "Acme", website="new", tags=("eco",)),
        Partner(None, "Globex"),
    )
    report = imports.apply(parsed, match=MatchMode.UPDATE)
    assert report.undo is not None
    globex = next(ref for ref in report.undo.created)

    changes = imports.undo(report.undo)

    assert uow.committed.partners == {partner_id: before}
    assert changes.items == frozenset({ItemRef(ItemKind.PARTNER, partner_id), globex})
    assert changes.partners == frozenset({partner_id, PartnerId(globex.id)})
    entry = services.history.for_partner(partner_id)[0]
    assert entry.action is AuditAction.UPDATED
    assert {(c.field, c.old, c.new) for c in entry.changes} == {
        ("website", "new", "old"),
        ("tags", "eco, print", "print"),
    }


def test_undo_of_children_leaves_a_deleted_entry_in_the_partner_history(
    imports: ImportService, services: Services, uow: FakeUnitOfWork
) -> None:
    partner_id = add_partner(services, Partner(None, "Acme"))
    report = imports.apply(batch(ImportKind.NOTES, note("Kick-off"), partner_name="Acme"))
    assert report.undo is not None

    imports.undo(report.undo)

    assert uow.committed.notes == {}
    latest = services.history.for_partner(partner_id)[0]
    assert (latest.action, latest.item.kind, latest.title) == (
        AuditAction.DELETED,
        ItemKind.NOTE,
        "Kick-off",
    )


def test_undo_leaves_records_alone_that_were_deleted_since(
    imports: ImportService, services: Services, uow: FakeUnitOfWork
) -> None:
    add_partner(services, Partner(None, "Acme"))
    report = imports.apply(
        batch(ImportKind.CONTACTS, contact("Anna"), contact("Ben"), partner_name="Acme")
    )
    assert report.undo is not None
    anna, ben = report.undo.created
    services.contacts.delete(anna.id)

    changes = imports.undo(report.undo)

    assert changes.items == frozenset({ben})
    assert set(uow.committed.contacts) == {anna.id}  # still in the trash
    assert ItemRef(ItemKind.CONTACT, anna.id) in uow.committed.trashed


def test_undo_of_an_agreement_update_restores_every_field(
    imports: ImportService, services: Services, uow: FakeUnitOfWork
) -> None:
    partner_id = add_partner(services, Partner(None, "Acme"))
    services.agreements.add(Agreement(None, partner_id, "Leasing"))
    (before,) = uow.committed.agreements.values()
    imported = Agreement(None, NO_PARTNER, "Leasing", status=AgreementStatus.TERMINATED)
    report = imports.apply(
        batch(ImportKind.AGREEMENTS, imported, partner_name="Acme"), match=MatchMode.UPDATE
    )
    assert report.undo is not None
    assert report.undo.previous == (before,)

    imports.undo(report.undo)

    assert list(uow.committed.agreements.values()) == [before]


def test_undo_does_not_restore_a_record_deleted_since(
    imports: ImportService, services: Services, uow: FakeUnitOfWork
) -> None:
    partner_id = add_partner(services, Partner(None, "Acme", website="old"))
    report = imports.apply(
        batch(ImportKind.PARTNERS, Partner(None, "Acme", website="new")), match=MatchMode.UPDATE
    )
    assert report.undo is not None
    services.partners.delete_partner(partner_id)

    changes = imports.undo(report.undo)

    assert changes == Changes()
    assert uow.committed.partners[partner_id].website == "new"
