"""Headless subcommands: ``backup``, ``restore``, ``check``, ``deadlines``, ``search``, ….

Each prints a short result, or one line ``portfolio-app <command>: error: …`` on stderr
and exits with code 2 (1 for a failed integrity check).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TypeVar

from portfolio_app.domain.deadlines import Deadline, DeadlineKind, Urgency
from portfolio_app.domain.errors import PortfolioError, StorageError
from portfolio_app.domain.imports import MatchMode
from portfolio_app.interchange.calendar import write_ics
from portfolio_app.interchange.export_tables import ExportKind, export_format, write_export
from portfolio_app.interchange.parsing import parse_rows
from portfolio_app.interchange.rows import ImportKind
from portfolio_app.interchange.tabular import read_table
from portfolio_app.interchange.vcard import parse_vcards
from portfolio_app.paths import AppPaths
from portfolio_app.report_command import REPORT_KINDS, export_pdf
from portfolio_app.runtime import acquire_guard, backup_folder_for
from portfolio_app.search_command import run_search
from portfolio_app.self_test import run_self_test
from portfolio_app.services.catalog import Services, build_services
from portfolio_app.services.clock import Clock, local_today, system_clock
from portfolio_app.settings import Settings
from portfolio_app.storage import backup, integrity
from portfolio_app.storage.archive import export_archive, import_archive
from portfolio_app.storage.database import check_database_file
from portfolio_app.storage.opening import open_database
from portfolio_app.storage.restore import restore_backup
from portfolio_app.ui.messages import error_text

T = TypeVar("T")

_COLUMN_LIMIT = 32
"""The partner and title columns of the deadline table are cut to this width."""


def run_command(args: argparse.Namespace, paths: AppPaths) -> int:
    """Run the subcommand named in ``args``; return the exit code."""
    if args.command == "self-test":  # a temporary database, never the user's
        return run_self_test(system_clock)
    database: Path = args.db or paths.database_file
    settings = Settings(paths.settings_file)
    try:
        if args.command == "backup":
            return _backup(database, backup_folder_for(database, settings), args.to)
        if args.command == "backups":
            return _list(backup_folder_for(database, settings))
        if args.command == "restore":
            return _restore(database, args.backup_file)
        if args.command == "deadlines":
            return _deadlines(database, args, system_clock)
        if args.command == "export":
            return _export(database, args, system_clock)
        if args.command == "import" and args.archive is not None:
            return _import_archive(database, args.archive)
        if args.command == "import":
            return _import_table(database, args, system_clock)
        if args.command == "search":
            return run_search(
                args,
                lambda text, per_kind: _with_services(
                    database, system_clock, lambda services: services.search.search(text, per_kind)
                ),
            )
        return _check(database)
    except PortfolioError as error:  # StorageError, and ValidationError("export.format")
        message = error_text(error) + (f" ({error.detail})" if error.detail else "")
        return _fail(args.command, message)


def _export(database: Path, args: argparse.Namespace, clock: Clock) -> int:
    if args.archive is not None:
        if args.kind is not None:
            return _fail("export", "give either --archive FILE or KIND FILE, not both")
        counts = export_archive(database, args.archive)
        print(f"archive written: {args.archive} ({_counted(counts)})")
        return 0
    if args.kind is None or args.file is None:
        return _fail("export", "give KIND FILE (e.g. 'partners partners.xlsx') or --archive FILE")
    if args.kind in REPORT_KINDS:
        return export_pdf(database, args, clock, _with_services)
    if args.partner is not None:
        return _fail("export", "--partner goes with 'dossier' only")
    kind = ExportKind(args.kind)
    export_format(args.file)  # refuse a wrong extension before opening anything
    try:
        count = _with_services(
            database,
            clock,
            lambda services: write_export(
                kind, services, args.file, today=local_today(clock), headers=args.headers
            ),
        )
    except OSError as error:
        return _fail("export", f"cannot write {args.file}: {error.strerror or error}")
    print(f"{count} {kind.value} written to {args.file}")
    return 0


def _import_archive(database: Path, source: Path) -> int:
    database.parent.mkdir(parents=True, exist_ok=True)  # the lock file goes beside it
    with _locked(database):
        counts = import_archive(source, database)
    print(f"imported {source} into {database} ({_counted(counts)})")
    return 0


def _counted(counts: dict[str, int]) -> str:
    return ", ".join(f"{count} {table}" for table, count in counts.items())


@contextmanager
def _locked(database: Path) -> Iterator[None]:
    """Hold the file's single-instance lock; headless commands never share a file.

    Raises:
        StorageError: ``db.in_use`` (the app has it open) or ``db.read_only``.
    """
    guard = acquire_guard(database, listen=False)
    try:
        yield
    finally:
        guard.release()


def _with_services(database: Path, clock: Clock, work: Callable[[Services], T]) -> T:
    """Run ``work`` on the services of ``database``, holding its lock.

    A second session beside the app would end its session marker and checkpoint under it.

    Raises:
        StorageError: The file cannot be used, or the app has it open (``db.in_use``).
    """
    check_database_file(database, create=False)
    with _locked(database):
        opened = open_database(database, create=False)
        try:
            return work(build_services(opened.unit_of_work, clock))
        finally:
            opened.close()


def _import_table(database: Path, args: argparse.Namespace, clock: Clock) -> int:
    if args.kind is None or args.file is None:
        return _fail("import", "give KIND FILE (e.g. 'partners partner.csv') or --archive FILE")
    kind = ImportKind(args.kind)
    if args.file.suffix.lower() == ".vcf":
        if kind is not ImportKind.CONTACTS:
            return _fail("import", "a vCard file holds contacts: use 'import contacts FILE.vcf'")
        parsed = parse_vcards(args.file)
    else:
        parsed = parse_rows(kind, read_table(args.file, sheet=args.sheet))
    report = _with_services(
        database,
        clock,
        lambda services: services.imports.apply(
            parsed, match=MatchMode(args.match), partner=args.partner, dry_run=args.dry_run
        ),
    )
    prefix = "dry run, nothing written: " if args.dry_run else ""
    print(
        f"{prefix}{report.created} created, {report.updated} updated, "
        f"{report.skipped} skipped, {report.failed} failed"
    )
    for error in report.errors:
        column = f" [{error.column}]" if error.column else ""
        print(f"  row {error.row}{column}: {error.detail} ({error.code})", file=sys.stderr)
    return 1 if args.strict and report.failed else 0


def _fail(command: str, message: str) -> int:
    print(f"portfolio-app {command}: error: {message}", file=sys.stderr)
    return 2


def _backup(database: Path, folder: Path, target: Path | None) -> int:
    check_database_file(database, create=False)
    info = backup.create_backup(
        database, folder, reason="manual", now=datetime.now(UTC), target=target
    )
    counts = ", ".join(f"{count} {name}" for name, count in info.counts.items())
    print(f"backup written and verified: {info.path} ({counts})")
    return 0


def _list(folder: Path) -> int:
    infos = backup.list_backups(folder)
    if not infos:
        print(f"no backups in {folder}")
    for info in infos:
        created = info.created.astimezone().strftime("%Y-%m-%d %H:%M")
        partners = info.counts.get("partners", 0)
        print(f"{created}  {info.reason:<13}  {partners:>5} partners  {info.path}")
    return 0


def _restore(database: Path, chosen: Path) -> int:
    if not chosen.is_file():
        raise StorageError("backup.not_found", str(chosen))
    with _locked(database) if database.exists() else nullcontext():
        aside = restore_backup(chosen, database, now=datetime.now(UTC))
    print(f"restored {chosen} into {database}")
    if aside is not None:
        print(f"the previous database was kept as {aside}")
    return 0


def _check(database: Path) -> int:
    check_database_file(database, create=False)
    result = integrity.check_integrity(database, full=True)
    if result.ok:
        print(f"{database}: ok (full integrity check, foreign keys)")
        return 0
    print(f"{database}: DAMAGED", file=sys.stderr)
    for message in result.messages:
        print(f"  {message}", file=sys.stderr)
    return 1


def _deadlines(database: Path, args: argparse.Namespace, clock: Clock) -> int:
    deadlines = _load_deadlines(database, args.days, clock)
    today = local_today(clock)
    if args.ics is not None:
        try:
            write_ics(deadlines, args.ics, now=clock())
        except OSError as error:
            return _fail("deadlines", f"cannot write {args.ics}: {error.strerror or error}")
        print(f"{len(deadlines)} deadlines written to {args.ics}")
    elif args.json:
        items = [_deadline_json(deadline, today) for deadline in deadlines]
        print(json.dumps(items, ensure_ascii=False, indent=2))
    elif not deadlines:
        print(f"nothing due in the next {args.days} days")
    else:
        print(_deadline_table(deadlines, today))
    return 0


def _load_deadlines(database: Path, days: int, clock: Clock) -> list[Deadline]:
    """The deadlines of ``database``, read while holding its lock.

    Raises:
        StorageError: The file cannot be used, or the app has it open (``db.in_use``).
    """
    return _with_services(
        database, clock, lambda services: services.deadlines.upcoming(horizon_days=days)
    )


def _action(deadline: Deadline, today: date) -> str:
    """What to do, e.g. ``send notice by 2026-09-25``."""
    if deadline.kind is DeadlineKind.NOTICE:
        if deadline.send_by is not None and deadline.send_by >= today:
            return f"send notice by {deadline.send_by.isoformat()}"
        if deadline.day >= today:
            return f"send notice today (must arrive by {deadline.day.isoformat()})"
        return f"notice was due by {deadline.day.isoformat()}"
    return {
        DeadlineKind.AGREEMENT_END: "agreement ends",
        DeadlineKind.RENEWAL: "renews unless cancelled",
        DeadlineKind.FOLLOW_UP: "follow up",
        DeadlineKind.GOAL_OVERDUE: "target date passed",
        DeadlineKind.PROMISE_WE_OWE: "keep our promise",
        DeadlineKind.PROMISE_THEY_OWE: "chase their promise",
    }[deadline.kind]


def _deadline_json(deadline: Deadline, today: date) -> dict[str, str | None]:
    return {
        "date": deadline.day.isoformat(),
        "kind": deadline.kind.value,
        "urgency": deadline.urgency.value,
        "partner": deadline.partner_name,
        "title": deadline.title,
        "action": _action(deadline, today),
        "send_by": deadline.send_by.isoformat() if deadline.send_by else None,
        "deputy": deadline.deputy,
    }


def _deadline_table(deadlines: Sequence[Deadline], today: date) -> str:
    rows = [("DATE", "URGENCY", "KIND", "PARTNER", "TITLE", "ACTION")]
    for deadline in deadlines:
        urgency = deadline.urgency.value
        rows.append(
            (
                deadline.day.isoformat(),
                urgency.upper() if deadline.urgency is Urgency.OVERDUE else urgency,
                deadline.kind.value.replace("_", " "),
                _cut(deadline.partner_name),
                _cut(deadline.title),
                _action(deadline, today),
            )
        )
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]) - 1)]
    lines = []
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row[:-1], widths, strict=True)]
        lines.append("  ".join([*cells, row[-1]]))
    return "\n".join(lines)


def _cut(text: str) -> str:
    line = " ".join(text.split())  # a title never breaks the table over two lines
    return line if len(line) <= _COLUMN_LIMIT else line[: _COLUMN_LIMIT - 1] + "…"
