"""Composition root: paths, database, services and the main window; ``main()``."""

from __future__ import annotations

import dataclasses
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtWidgets import QApplication

from portfolio_app import __version__
from portfolio_app.cli import parse_args
from portfolio_app.demo.generator import populate_demo
from portfolio_app.domain.errors import StorageError
from portfolio_app.instance import InstanceGuard
from portfolio_app.paths import AppPaths
from portfolio_app.services.catalog import Services, build_services
from portfolio_app.services.clock import Clock, local_today, system_clock
from portfolio_app.storage.database import check_database_file
from portfolio_app.storage.opening import OpenDatabase, open_database
from portfolio_app.ui import confirm
from portfolio_app.ui.locale_setup import apply_default_locale
from portfolio_app.ui.main_window import MainWindow
from portfolio_app.ui.messages import error_text

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Runtime:
    """One open database with its services and window, and the lock that guards it."""

    database: OpenDatabase
    services: Services
    window: MainWindow
    guard: InstanceGuard | None = None

    def shutdown(self) -> None:
        """Close the window, release the database, then the lock."""
        self.window.close()
        self.window.deleteLater()
        self.database.close()
        if self.guard is not None:
            self.guard.release()


def acquire_guard(path: Path) -> InstanceGuard:
    """Take the single-instance lock of ``path``.

    Raises:
        StorageError: ``db.in_use`` (another instance has it) or ``db.read_only`` (the lock
            file cannot be written beside the database).
    """
    guard = InstanceGuard(path)
    if not guard.acquire():
        code = "db.read_only" if guard.failure() == "no_permission" else "db.in_use"
        raise StorageError(code, str(path))
    return guard


def build_runtime(path: Path, *, create: bool, clock: Clock = system_clock) -> Runtime:
    """Open ``path`` and build the main window on it. Needs a QApplication.

    Raises:
        StorageError: The file cannot be used; it was left untouched.
    """
    database = open_database(path, create=create)
    services = build_services(database.unit_of_work, clock)
    window = MainWindow(services, path, lambda: local_today(clock))
    return Runtime(database, services, window)


def ensure_demo_database(path: Path, today: date) -> None:
    """Generate the demo portfolio into ``path`` unless it already holds one.

    Raises:
        StorageError: The file cannot be used.
    """
    database = open_database(path, create=True)
    try:
        if database.is_empty():
            populate_demo(database.unit_of_work, today=today)
    finally:
        database.close()


class Application(QObject):
    """Owns the current runtime and can switch to another database (e.g. the demo)."""

    def __init__(self, paths: AppPaths, clock: Clock = system_clock) -> None:
        super().__init__()
        self._paths = paths
        self._clock = clock
        self._runtime: Runtime | None = None

    @property
    def runtime(self) -> Runtime | None:
        """What is open now."""
        return self._runtime

    def open(self, path: Path, *, create: bool, demo: bool = False) -> Runtime:
        """Open a database in a new window, replacing the current one.

        The file's lock is taken first; nothing touches a file another instance has open.

        Raises:
            StorageError: The file cannot be used; the current window stays.
        """
        same_file = self._runtime is not None and self._runtime.database.path == path
        if same_file:
            assert self._runtime is not None
            self._raise_window(self._runtime.window)
            return self._runtime
        check_database_file(path, create=create)  # before the lock file appears beside it
        guard = acquire_guard(path)
        try:
            if demo:
                ensure_demo_database(path, local_today(self._clock))
            runtime = build_runtime(path, create=create, clock=self._clock)
        except BaseException:
            guard.release()
            raise
        runtime = dataclasses.replace(runtime, guard=guard)
        if self._runtime is not None:
            self._runtime.shutdown()
        self._runtime = runtime
        runtime.window.open_demo_requested.connect(self.open_demo)
        guard.activation_requested.connect(lambda: self._raise_window(runtime.window))
        runtime.window.show()
        return runtime

    def open_demo_file(self) -> Runtime:
        """Open (generating it first if needed) the demo portfolio.

        Raises:
            StorageError: The demo file cannot be used.
        """
        return self.open(self._paths.demo_database_file, create=True, demo=True)

    @staticmethod
    def _raise_window(window: MainWindow) -> None:
        window.showNormal()
        window.raise_()
        window.activateWindow()

    @Slot()
    def open_demo(self) -> None:
        """Switch to the demo portfolio; tell the user if that fails."""
        try:
            self.open_demo_file()
        except StorageError as error:
            parent = self._runtime.window if self._runtime else None
            confirm.show_error(parent, QCoreApplication.translate("Application", "Demo"), error)

    def shutdown(self) -> None:
        """Release whatever is open."""
        if self._runtime is not None:
            self._runtime.database.close()
            if self._runtime.guard is not None:
                self._runtime.guard.release()
            self._runtime = None


def start(args_paths: AppPaths, *, db: Path | None, demo: bool, app: Application) -> None:
    """Open what the command line asked for.

    Raises:
        StorageError: The file cannot be used.
    """
    if demo:
        app.open_demo_file()
    elif db is not None:
        app.open(db, create=False)
    else:
        app.open(args_paths.database_file, create=True)


def main(
    argv: list[str] | None = None, *, exec_loop: Callable[[QApplication], int] | None = None
) -> int:
    """Entry point of the ``portfolio-app`` GUI script."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    paths = AppPaths.under(args.base_dir) if args.base_dir else AppPaths.for_user()
    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qt_app, QApplication)
    qt_app.setApplicationName("Partner Portfolio")
    qt_app.setApplicationVersion(__version__)
    qt_app.setOrganizationName("PartnerPortfolio")
    apply_default_locale()
    application = Application(paths)
    try:
        start(paths, db=args.db, demo=args.demo, app=application)
    except StorageError as error:
        if error.code == "db.in_use" and InstanceGuard(Path(error.detail)).notify_running():
            print(  # noqa: T201
                f"portfolio-app: {error.detail} is already open; switched to that window.",
                file=sys.stderr,
            )
            return 0
        message = f"{error_text(error)} ({error.detail})" if error.detail else error_text(error)
        print(f"portfolio-app: error: {message}", file=sys.stderr)  # noqa: T201
        confirm.show_message(
            None, QCoreApplication.translate("Application", "Partner Portfolio"), message
        )
        return 2
    try:
        return exec_loop(qt_app) if exec_loop is not None else qt_app.exec()
    finally:
        application.shutdown()
