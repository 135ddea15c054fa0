"""The running application: which database is open, switching, restoring, recovering."""

from __future__ import annotations

import logging
import sys
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot

from portfolio_app.domain.errors import PortfolioError, StorageError
from portfolio_app.domain.maintenance import BackupSummary
from portfolio_app.paths import AppPaths
from portfolio_app.runtime import (
    Runtime,
    acquire_guard,
    backup_folder_for,
    build_runtime,
    ensure_demo_database,
)
from portfolio_app.services.clock import Clock, local_today, system_clock
from portfolio_app.settings import Settings
from portfolio_app.storage import backup
from portfolio_app.storage.backup import create_backup
from portfolio_app.storage.database import check_database_file
from portfolio_app.storage.integrity import IntegrityResult, move_aside
from portfolio_app.storage.location import LocationRisk
from portfolio_app.storage.restore import restore_backup
from portfolio_app.ui import confirm, prompts
from portfolio_app.ui.main_window import MainWindow
from portfolio_app.ui.messages import error_text
from portfolio_app.ui.tasks import run_in_background

logger = logging.getLogger(__name__)


class Application(QObject):
    """Owns the current runtime; opens, switches, restores and recovers databases."""

    def __init__(
        self,
        paths: AppPaths,
        clock: Clock = system_clock,
        settings: Settings | None = None,
        *,
        background_reads: bool = False,
        defer_check: bool = False,
    ) -> None:
        """Owns no database yet.

        ``background_reads``: see :class:`~portfolio_app.ui.main_window.MainWindow`;
        ``defer_check``: see :func:`~portfolio_app.runtime.build_runtime` (the app uses
        both; tests read and check at once unless they test these).
        """
        super().__init__()
        self._background_reads = background_reads
        self._defer_check = defer_check
        self._verdicts = _VerdictRelay(self)
        self._verdicts.arrived.connect(self._on_verdict, Qt.ConnectionType.QueuedConnection)
        self._paths = paths
        self._clock = clock
        self._settings = settings if settings is not None else Settings(paths.settings_file)
        self._runtime: Runtime | None = None

    @property
    def runtime(self) -> Runtime | None:
        """What is open now."""
        return self._runtime

    @property
    def settings(self) -> Settings:
        """The preferences."""
        return self._settings

    def open(self, path: Path, *, create: bool, demo: bool = False) -> Runtime:
        """Open a database in a new window, replacing the current one.

        The file's lock is taken first; nothing touches a file another instance has open.

        Raises:
            StorageError: The file cannot be used; the current window stays.
        """
        if self._runtime is not None and self._runtime.database.path == path:
            _raise_window(self._runtime.window)
            return self._runtime
        check_database_file(path, create=create)  # before a lock file appears beside it
        guard = acquire_guard(path)
        try:
            if demo:
                ensure_demo_database(path, local_today(self._clock))
            runtime = build_runtime(
                path,
                guard,
                create=create,
                clock=self._clock,
                settings=self._settings,
                background_reads=self._background_reads,
                defer_check=self._defer_check,
            )
        except BaseException:
            guard.release()
            raise
        if self._runtime is not None:
            self._runtime.shutdown()
        self._show(runtime)
        return runtime

    def open_demo_file(self) -> Runtime:
        """Open (generating it first if needed) the demo portfolio.

        Raises:
            StorageError: The demo file cannot be used.
        """
        return self.open(self._paths.demo_database_file, create=True, demo=True)

    @Slot()
    def open_demo(self) -> None:
        """Switch to the demo portfolio; tell the user if that fails."""
        try:
            self.open_demo_file()
        except StorageError as error:
            prompts.show_error(self._window(), self.tr("Demo Portfolio"), error)

    @Slot(object)
    def open_chosen(self, path: Path) -> None:
        """Switch to the database file the user chose; tell the user if that fails."""
        try:
            self.open(path, create=False)
        except StorageError as error:
            prompts.show_error(self._window(), self.tr("Open Database"), error)

    @Slot(object)
    def restore(self, chosen: Path) -> None:
        """Replace the open database by ``chosen`` (kept lock), then reopen it."""
        runtime = self._runtime
        if runtime is None:
            return
        path = runtime.database.path
        runtime.close()
        self._runtime = None
        try:
            aside = restore_backup(chosen, path, now=self._clock())
        except StorageError as error:
            prompts.show_error(None, self.tr("Restore from Backup"), error)
            aside = None
        try:
            reopened = build_runtime(
                path,
                runtime.guard,
                create=False,
                clock=self._clock,
                settings=self._settings,
                background_reads=self._background_reads,
                defer_check=self._defer_check,
            )
        except StorageError as error:
            runtime.guard.release()
            prompts.show_error(None, self.tr("Restore from Backup"), error)
            return
        self._show(reopened)
        if aside is not None:
            prompts.tell_restored(reopened.window, chosen, aside)

    def recover(self, path: Path, error: StorageError) -> Runtime | None:
        """After ``db.corrupt`` at start: offer the newest verified backup.

        The damaged file (with its journal files) is moved aside, never deleted.
        Returns the reopened runtime, or ``None`` if the user declined or nothing helped.
        """
        folder = backup_folder_for(path, self._settings)
        try:
            newest = next(iter(backup.list_backups(folder)), None)
        except OSError:
            newest = None
        if newest is None:
            return None  # the caller tells the user; there is nothing to offer
        if not prompts.ask_recover(None, path, newest.path, newest.created):
            return None
        guard = acquire_guard(path)
        try:
            damaged = move_aside(path, now=self._clock())
            restore_backup(newest.path, path, now=self._clock())
            runtime = build_runtime(
                path,
                guard,
                create=False,
                clock=self._clock,
                settings=self._settings,
                background_reads=self._background_reads,
                defer_check=self._defer_check,
            )
        except BaseException:
            guard.release()
            raise
        self._show(runtime)
        prompts.tell_recovered(runtime.window, damaged)
        return runtime

    def shutdown(self) -> None:
        """Release whatever is open."""
        if self._runtime is not None:
            self._runtime.shutdown()
            self._runtime = None

    # ---- after a database was opened

    def _show(self, runtime: Runtime) -> None:
        self._runtime = runtime
        window = runtime.window
        window.open_demo_requested.connect(self.open_demo)
        window.open_database_requested.connect(self.open_chosen)
        if window.maintenance_actions is not None:
            window.maintenance_actions.restore_requested.connect(self.restore)
        runtime.guard.activation_requested.connect(lambda: _raise_window(window))
        window.show()
        # The window may show while the file is still checked (``defer_check``); what
        # follows the opening (the backup, or recovery from damage) waits for the verdict,
        # and always runs from the event loop, after this method returned.
        relay = self._verdicts
        runtime.database.integrity.add_done_callback(
            lambda result: relay.arrived.emit(runtime, result)
        )

    @Slot(object, object)
    def _on_verdict(self, runtime: Runtime, result: IntegrityResult) -> None:
        """The deferred start-up check is done: carry on, or recover from damage."""
        if self._runtime is not runtime:
            return
        if result.ok:
            self._after_open(runtime)
            return
        path = runtime.database.path
        logger.warning("%s is damaged: %s", path, result.messages[:5])
        self._runtime = None
        runtime.shutdown()
        error = StorageError("db.corrupt", f"{path}: " + "; ".join(result.messages[:5]))
        if not self.recover_or_tell(path, error):
            QCoreApplication.exit(2)

    def recover_or_tell(self, path: Path, failure: StorageError) -> bool:
        """After a failed start: say why (stderr and a message box); recover if damaged.

        Returns whether a database is open again (a backup replaced the damaged file).
        """
        message = error_text(failure) + (f" ({failure.detail})" if failure.detail else "")
        print(f"portfolio-app: error: {message}", file=sys.stderr)
        if failure.code == "db.corrupt":
            try:
                if self.recover(path, failure) is not None:
                    return True
            except StorageError as again:
                message = error_text(again)
        confirm.show_message(
            None, QCoreApplication.translate("Application", "Partner Portfolio"), message
        )
        return False

    def _after_open(self, runtime: Runtime) -> None:
        if self._runtime is not runtime:
            return
        if runtime.database.location is not LocationRisk.LOCAL:
            self._warn_about_location(runtime)
            if self._runtime is not runtime:
                return
        self._automatic_backup(runtime)

    def _automatic_backup(self, runtime: Runtime) -> None:
        window = runtime.window

        def done(result: object) -> None:
            if isinstance(result, BackupSummary):
                window.statusBar().showMessage(
                    self.tr("Automatic backup saved: %1").replace("%1", result.path.name),
                    10000,
                )

        def failed(error: Exception) -> None:
            if not isinstance(error, PortfolioError):
                raise error
            prompts.show_error(window, self.tr("Automatic Backup Failed"), error)

        run_in_background(
            window,
            self.tr("Checking the backups…"),
            runtime.maintenance.back_up_if_due,
            done,
            failed,
        )

    def _warn_about_location(self, runtime: Runtime) -> None:
        path = runtime.database.path
        if str(path) in self._settings.accepted_locations():
            return
        target = _free_local_name(self._paths.data_dir / path.name)
        choice = prompts.ask_location(runtime.window, path, runtime.database.location, target)
        if choice == "keep":
            self._settings.accept_location(str(path))
        elif choice == "move":
            self._move_to_local(runtime, target)

    def _move_to_local(self, runtime: Runtime, target: Path) -> None:
        source = runtime.database.path
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            create_backup(source, target.parent, reason="manual", now=self._clock(), target=target)
            self.open(target, create=False)
        except StorageError as error:
            prompts.show_error(runtime.window, self.tr("Move Database"), error)
            return
        prompts.tell_moved(self._window(), source, target)

    def _window(self) -> MainWindow | None:
        return self._runtime.window if self._runtime is not None else None


class _VerdictRelay(QObject):
    """Carries the deferred check's verdict from its thread to the GUI thread."""

    arrived = Signal(object, object)
    """The runtime and its :class:`IntegrityResult`."""


def _raise_window(window: MainWindow) -> None:
    window.showNormal()
    window.raise_()
    window.activateWindow()


def _free_local_name(path: Path) -> Path:
    if not path.exists():
        return path
    stamp = datetime.now(UTC).astimezone().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}-{stamp}{path.suffix}")
