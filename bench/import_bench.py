"""Time imports of 10,000 rows through the real SQLite storage (not run by the tests).

Run: ``.venv/bin/python bench/import_bench.py [ROWS]``. Each figure is one import in one
transaction, into a fresh database file that already holds the partners the children
belong to; the undo line times taking back the notes import.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from functools import partial
from pathlib import Path

from portfolio_app.domain.agreement import Agreement, AgreementKind, NoticePeriod, PeriodUnit
from portfolio_app.domain.contact import ContactPerson
from portfolio_app.domain.ids import PartnerId
from portfolio_app.domain.imports import ImportBatch, ImportKind, ImportRecord, ImportRow, MatchMode
from portfolio_app.domain.money import Money
from portfolio_app.domain.note import Channel, CommunicationNote, FollowUp
from portfolio_app.domain.partner import Partner, PartnerCategory
from portfolio_app.services.catalog import Services, build_services
from portfolio_app.services.imports import ImportReport
from portfolio_app.storage.database import create_session_factory, create_sqlite_engine
from portfolio_app.storage.migrate import upgrade_database
from portfolio_app.storage.unit_of_work import SqlUnitOfWork

CATEGORIES = [category.value for category in PartnerCategory]
TAGS = ["key account", "regional", "eco", "framework", "preferred", "probation", "it", "print"]
PARTNERS_FOR_CHILDREN = 1_000
NO_PARTNER = PartnerId(0)


def partner(number: int, *, revision: str = "") -> Partner:
    """A partner as a parsed row would hold it."""
    return Partner(
        id=None,
        name=f"Partner {number:05d} GmbH",
        category=CATEGORIES[number % len(CATEGORIES)],
        partner_since=date(2015, 1, 1) + timedelta(days=number % 3000),
        website=f"https://partner{number}.example",
        address=f"Hauptstraße {number % 200}\n{10000 + number} Musterstadt",
        description=f"Supplier number {number}{revision}; " + "reliable, on time. " * 5,
        tags=(TAGS[number % len(TAGS)], TAGS[(number * 3) % len(TAGS)]),
    )


def contact(number: int) -> ContactPerson:
    """A contact row."""
    return ContactPerson(
        id=None,
        partner_id=NO_PARTNER,
        name=f"Person {number}",
        role="Account manager",
        email=f"person{number}@example.com",
        phone=f"+49 30 {number:07d}",
        notes="Prefers e-mail.",
    )


def agreement(number: int) -> Agreement:
    """An agreement row."""
    start = date(2020, 1, 1) + timedelta(days=number % 1500)
    return Agreement(
        id=None,
        partner_id=NO_PARTNER,
        title=f"Service contract {number}",
        kind=AgreementKind.SERVICE_CONTRACT,
        start_date=start,
        end_date=start + timedelta(days=730),
        notice_period=NoticePeriod(3, PeriodUnit.MONTHS),
        renewal_months=12,
        value=Money(Decimal(f"{100 + number % 900}.50"), "EUR"),
        contract_number=f"C-{number:06d}",
        notes="Renews automatically.",
    )


def note(number: int) -> CommunicationNote:
    """A note row."""
    return CommunicationNote(
        id=None,
        partner_id=NO_PARTNER,
        when=datetime(2024, 1, 1, 9, tzinfo=UTC) + timedelta(hours=number),
        subject=f"Quarterly review {number}",
        channel=Channel.CALL,
        participants="A. Example, B. Example",
        body="We talked about the figures of the last quarter. " * 4,
        outcome="Next review in three months.",
        follow_up=FollowUp("Send minutes", date(2024, 6, 1)) if number % 5 == 0 else None,
    )


def batch(kind: ImportKind, make: Callable[[int], ImportRecord], rows: int) -> ImportBatch:
    """``rows`` parsed rows; children spread over the first partners."""
    with_partner = kind is not ImportKind.PARTNERS
    return ImportBatch(
        kind,
        tuple(
            ImportRow(
                number + 2,
                make(number),
                f"partner {number % PARTNERS_FOR_CHILDREN:05d} gmbh" if with_partner else None,
            )
            for number in range(rows)
        ),
    )


def fresh_services(folder: Path, name: str, partners: int) -> Services:
    """Services on a new database file holding ``partners`` partners."""
    engine = create_sqlite_engine(folder / f"{name}.sqlite3")
    upgrade_database(engine)
    services = build_services(lambda: SqlUnitOfWork(create_session_factory(engine)))
    if partners:
        services.imports.apply(batch(ImportKind.PARTNERS, partner, partners))
    return services


def timed(label: str, rows: int, action: Callable[[], ImportReport]) -> ImportReport:
    """Run ``action`` and print how long it took."""
    start = time.perf_counter()
    report = action()
    seconds = time.perf_counter() - start
    sys.stdout.write(
        f"{label:<34} {rows:>6} rows {seconds:6.2f} s {rows / seconds:8.0f} rows/s"
        f"  (created {report.created}, updated {report.updated}, skipped {report.skipped},"
        f" failed {report.failed})\n"
    )
    return report


def main(rows: int) -> None:
    """Time each kind of import, a re-import with updates, a dry run and an undo."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        services = fresh_services(folder, "partners", 0)
        partners = batch(ImportKind.PARTNERS, partner, rows)
        timed("partners (new)", rows, lambda: services.imports.apply(partners))
        changed = batch(ImportKind.PARTNERS, lambda n: partner(n, revision=" (rev. 2)"), rows)
        timed(
            "partners (update, all changed)",
            rows,
            lambda: services.imports.apply(changed, match=MatchMode.UPDATE),
        )
        timed("partners (skip, all match)", rows, lambda: services.imports.apply(partners))
        for kind, make in (
            (ImportKind.CONTACTS, contact),
            (ImportKind.AGREEMENTS, agreement),
            (ImportKind.NOTES, note),
        ):
            services = fresh_services(folder, kind.value, PARTNERS_FOR_CHILDREN)
            parsed = batch(kind, make, rows)
            report = timed(f"{kind.value} (new)", rows, partial(services.imports.apply, parsed))
        timed(
            "notes (dry run, all match)",
            rows,
            partial(services.imports.apply, parsed, dry_run=True),
        )
        assert report.undo is not None
        undo = report.undo
        start = time.perf_counter()
        services.imports.undo(undo)
        seconds = time.perf_counter() - start
        sys.stdout.write(f"{'undo of the notes import':<34} {rows:>6} rows {seconds:6.2f} s\n")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
