"""Headless subcommands: ``backup``, ``backups``, ``restore``, ``check``.

Each prints a short result, or one line ``portfolio-app <command>: error: …`` on stderr
and exits with code 2 (1 for a failed integrity check).
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path

from portfolio_app.domain.errors import StorageError
from portfolio_app.instance import InstanceGuard
from portfolio_app.paths import AppPaths
from portfolio_app.runtime import backup_folder_for
from portfolio_app.settings import Settings
from portfolio_app.storage import backup, integrity
from portfolio_app.storage.database import check_database_file
from portfolio_app.storage.restore import restore_backup
from portfolio_app.ui.messages import error_text


def run_command(args: argparse.Namespace, paths: AppPaths) -> int:
    """Run the subcommand named in ``args``; return the exit code."""
    database: Path = args.db or paths.database_file
    settings = Settings(paths.settings_file)
    try:
        if args.command == "backup":
            return _backup(database, backup_folder_for(database, settings), args.to)
        if args.command == "backups":
            return _list(backup_folder_for(database, settings))
        if args.command == "restore":
            return _restore(database, args.backup_file)
        return _check(database)
    except StorageError as error:
        message = error_text(error) + (f" ({error.detail})" if error.detail else "")
        print(f"portfolio-app {args.command}: error: {message}", file=sys.stderr)
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
    guard = InstanceGuard(database)
    if database.exists() and not guard.acquire(listen=False):
        raise StorageError("db.in_use", str(database))
    try:
        aside = restore_backup(chosen, database, now=datetime.now(UTC))
    finally:
        guard.release()
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
