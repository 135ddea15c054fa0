"""Open a portfolio file safely: check it, connect, migrate; translate failures.

Order (each step only runs if the ones before passed):

1. ``check_database_file``: a path we may open at all.
2. ``preflight``: read-only; foreign, too new or unreadable files are refused
   byte-for-byte untouched.
3. Session marker: was the last session's end clean?
4. Integrity: ``quick_check``, or the full ``integrity_check`` after an unclean end;
   a damaged file is refused without writing (the UI then offers a backup). With
   ``defer_check``, a file that ended cleanly and needs no migration is checked on a
   thread instead, and every write waits for that verdict (``startup_check``).
5. Location: WAL on local disks, a rollback journal on network and removable media.
6. A verified pre-migration backup, if the schema is about to change.
7. Migration in one transaction; ``application_id``/``user_version`` stamped.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker

from portfolio_app.domain.errors import StorageError
from portfolio_app.services.ports import UnitOfWork
from portfolio_app.storage.backup import create_backup, default_backup_folder
from portfolio_app.storage.database import (
    check_database_file,
    create_database_file,
    create_session_factory,
    create_sqlite_engine,
)
from portfolio_app.storage.integrity import (
    IntegrityResult,
    SessionMarker,
    check_integrity,
    checkpoint_and_close,
)
from portfolio_app.storage.location import LocationRisk, classify_location
from portfolio_app.storage.migrate import head_revision, preflight, upgrade_database
from portfolio_app.storage.pragmas import JournalMode
from portfolio_app.storage.startup_check import IntegrityVerdict, gate_writes
from portfolio_app.storage.unit_of_work import SqlUnitOfWork

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class OpenDatabase:
    """An open, checked, migrated portfolio file."""

    path: Path
    engine: Engine
    session_factory: sessionmaker[Session]
    location: LocationRisk
    unclean_shutdown: bool
    integrity: IntegrityVerdict
    backup_folder: Path
    marker: SessionMarker = field(repr=False, compare=False)

    def unit_of_work(self) -> UnitOfWork:
        """A new unit of work on this file (the services' factory)."""
        return SqlUnitOfWork(self.session_factory)

    def is_empty(self) -> bool:
        """Whether the file holds no partner yet."""
        with self.engine.connect() as connection:
            return connection.exec_driver_sql("SELECT 1 FROM partner LIMIT 1").first() is None

    def close(self) -> None:
        """Checkpoint the log into the file, release every connection, end the session.

        Waits for a start-up check still running. A file found damaged is not
        checkpointed (nothing was written to it: its writes were refused).
        """
        self.integrity.join()
        verdict = self.integrity.result()
        if not self.marker.active or (verdict is not None and not verdict.ok):
            self.engine.dispose()
            self.marker.finish()
            return
        checkpoint_and_close(self.engine)
        self.marker.finish()


def journal_mode_for(location: LocationRisk) -> JournalMode:
    """WAL needs shared memory on a local disk; elsewhere a rollback journal is used."""
    if location in (LocationRisk.NETWORK, LocationRisk.REMOVABLE):
        return JournalMode.DELETE
    return JournalMode.WAL


def open_database(
    path: Path,
    *,
    create: bool,
    backup_folder: Path | None = None,
    now: datetime | None = None,
    defer_check: bool = False,
) -> OpenDatabase:
    """Open ``path`` (creating it if allowed), check it and bring it to the current schema.

    Args:
        path: The database file.
        create: Whether a missing file may be created (owner-only).
        backup_folder: Where the pre-migration backup goes; default ``backups`` beside it.
        now: The moment used to name that backup; default the current time.
        defer_check: Check a cleanly closed file that needs no migration on a thread
            (see ``startup_check``) instead of before returning.

    Raises:
        StorageError: The file cannot be used and was not modified: see
            ``check_database_file`` and ``preflight``; ``db.corrupt`` (the integrity check
            failed; offer a backup), ``db.backup_before_migration_failed`` (no upgrade
            without a backup), ``db.migration_failed``, ``db.disk_full``, ``db.unreadable``.
    """
    check_database_file(path, create=create)
    revision = preflight(path)
    folder = backup_folder if backup_folder is not None else default_backup_folder(path)
    if not path.exists():
        _create(path)
    marker = SessionMarker()
    try:
        unclean = marker.start(path)
    except OSError as error:
        raise StorageError("db.unreadable", f"{path}: {error}") from error
    deferred = defer_check and not unclean and revision == head_revision()
    try:
        integrity = (
            IntegrityVerdict.in_background(path)
            if deferred
            else IntegrityVerdict.known(path, _check(path, full=unclean))
        )
        location = classify_location(path)
        if revision is not None and revision != head_revision():
            _backup_before_migration(path, folder, now or datetime.now(UTC))
        engine = _migrated_engine(path, journal_mode_for(location))
    except BaseException:
        marker.abandon()
        raise
    logger.info("opened %s (%s, unclean=%s, deferred check=%s)", path, location, unclean, deferred)
    session_factory = create_session_factory(engine)
    if deferred:
        gate_writes(session_factory, integrity)
    return OpenDatabase(
        path,
        engine,
        session_factory,
        location=location,
        unclean_shutdown=unclean,
        integrity=integrity,
        backup_folder=folder,
        marker=marker,
    )


def _create(path: Path) -> None:
    try:
        create_database_file(path)
    except FileExistsError:
        pass  # appeared meanwhile; preflight on the next open will judge it
    except OSError as error:
        raise StorageError("db.unreadable", f"{path}: {error}") from error


def _check(path: Path, *, full: bool) -> IntegrityResult:
    if path.stat().st_size == 0:
        return IntegrityResult(ok=True, messages=(), full=full)
    result = check_integrity(path, full=full)
    if not result.ok:
        raise StorageError("db.corrupt", f"{path}: " + "; ".join(result.messages[:5]))
    return result


def _backup_before_migration(path: Path, folder: Path, now: datetime) -> None:
    try:
        info = create_backup(path, folder, reason="pre-migration", now=now)
    except StorageError as error:
        raise StorageError(
            "db.backup_before_migration_failed", f"{error.code}: {error.detail}"
        ) from error
    logger.info("pre-migration backup %s", info.path)


def _migrated_engine(path: Path, journal_mode: JournalMode) -> Engine:
    engine = create_sqlite_engine(path, journal_mode=journal_mode)
    try:
        upgrade_database(engine)
    except DatabaseError as error:
        engine.dispose()
        raise StorageError("db.corrupt", f"{path}: {error.orig}") from error
    except BaseException:
        engine.dispose()
        raise
    return engine
