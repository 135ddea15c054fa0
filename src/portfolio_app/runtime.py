"""One open database: its lock, services, maintenance and main window."""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from portfolio_app.domain.errors import PortfolioError, StorageError
from portfolio_app.instance import InstanceGuard
from portfolio_app.services.catalog import Services, build_services
from portfolio_app.services.clock import Clock, local_today, system_clock
from portfolio_app.services.maintenance import MaintenanceService
from portfolio_app.settings import Settings
from portfolio_app.storage.backup import default_backup_folder
from portfolio_app.storage.integrity import IntegrityResult
from portfolio_app.storage.maintenance import SqlMaintenance
from portfolio_app.storage.opening import OpenDatabase, open_database
from portfolio_app.ui.main_window import MainWindow

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Runtime:
    """One open database with its services and window, and the lock that guards it."""

    database: OpenDatabase
    services: Services
    maintenance: MaintenanceService
    window: MainWindow
    guard: InstanceGuard

    def close(self) -> None:
        """Close the window and the database; the lock stays (see ``shutdown``)."""
        self.window.close()
        # A portfolio-wide read may still run on the worker thread; the window is hidden
        # already, and no read may outlive the database.
        self.window.reader.wait()
        self.window.deleteLater()
        self.database.close()

    def shutdown(self) -> None:
        """Close everything and give the file free."""
        self.close()
        self.guard.release()


def acquire_guard(path: Path, *, listen: bool = True) -> InstanceGuard:
    """Take the single-instance lock of ``path`` (``listen``: answer later launches).

    Raises:
        StorageError: ``db.in_use`` (another instance has it) or ``db.read_only`` (the lock
            file cannot be written beside the database).
    """
    guard = InstanceGuard(path)
    if not guard.acquire(listen=listen):
        code = "db.read_only" if guard.failure() == "no_permission" else "db.in_use"
        raise StorageError(code, str(path))
    return guard


def backup_folder_for(path: Path, settings: Settings | None) -> Path:
    """The folder the user chose, or ``backups`` beside the database."""
    chosen = settings.backup_folder() if settings is not None else None
    return chosen or default_backup_folder(path)


def build_runtime(
    path: Path,
    guard: InstanceGuard,
    *,
    create: bool,
    clock: Clock = system_clock,
    settings: Settings | None = None,
    background_reads: bool = False,
    defer_check: bool = False,
) -> Runtime:
    """Open ``path`` (whose lock ``guard`` holds) and build the main window on it.

    ``background_reads``: see :class:`MainWindow` (the app uses it; tests read at once).
    ``defer_check``: check a cleanly closed file on a thread while the window shows (see
    ``storage.startup_check``); the trash is then purged once the file proved sound.

    Raises:
        StorageError: The file cannot be used; it was left untouched.
    """
    folder = functools.partial(backup_folder_for, path, settings)
    database = open_database(
        path, create=create, backup_folder=folder(), now=clock(), defer_check=defer_check
    )
    services = build_services(database.unit_of_work, clock)
    if database.integrity.deferred:
        database.integrity.add_done_callback(
            functools.partial(_purge_trash_if_sound, services, clock)
        )
    else:
        _log_purged(services.trash.purge_expired(clock()))
    maintenance = MaintenanceService(SqlMaintenance(path, folder, clock))
    window = MainWindow(
        services,
        path,
        lambda: local_today(clock),
        maintenance=maintenance,
        settings=settings,
        clock=clock,
        background_reads=background_reads,
    )
    window.show_start_page()
    return Runtime(database, services, maintenance, window, guard)


def _purge_trash_if_sound(services: Services, clock: Clock, verdict: IntegrityResult) -> None:
    """After the deferred check (on its thread): the start's trash purge, if the file is sound."""
    if not verdict.ok:
        return
    try:
        _log_purged(services.trash.purge_expired(clock()))
    except PortfolioError as error:
        logger.warning("purging the trash failed: %s", error)


def _log_purged(purged: int) -> None:
    if purged:
        logger.info("purged %d item(s) trashed more than 30 days ago", purged)


def open_runtime(
    path: Path,
    *,
    create: bool,
    clock: Clock = system_clock,
    settings: Settings | None = None,
    background_reads: bool = False,
    defer_check: bool = False,
) -> Runtime:
    """Take the lock of ``path``, then open it with its window (the lock is freed on failure).

    Raises:
        StorageError: The file is in use or cannot be used; it was left untouched.
    """
    guard = acquire_guard(path)
    try:
        return build_runtime(
            path,
            guard,
            create=create,
            clock=clock,
            settings=settings,
            background_reads=background_reads,
            defer_check=defer_check,
        )
    except BaseException:
        guard.release()
        raise


def ensure_demo_database(path: Path, today: date) -> None:
    """Generate the demo portfolio into ``path`` unless it already holds one.

    Raises:
        StorageError: The file cannot be used.
    """
    database = open_database(path, create=True)
    try:
        if database.is_empty():
            from portfolio_app.demo.generator import populate_demo  # only for the demo

            populate_demo(database.unit_of_work, today=today)
    finally:
        database.close()
