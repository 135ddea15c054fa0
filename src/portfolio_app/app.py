"""Entry point of ``portfolio-app``: command line, QApplication, the first database."""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication

from portfolio_app import __version__
from portfolio_app.application import Application
from portfolio_app.cli import parse_args
from portfolio_app.commands import run_command
from portfolio_app.domain.errors import StorageError
from portfolio_app.instance import InstanceGuard
from portfolio_app.paths import AppPaths
from portfolio_app.settings import Settings
from portfolio_app.ui.locale_setup import setup_language

logger = logging.getLogger(__name__)


def start(paths: AppPaths, *, db: Path | None, demo: bool, app: Application) -> None:
    """Open what the command line asked for.

    Raises:
        StorageError: The file cannot be used.
    """
    if demo:
        app.open_demo_file()
    elif db is not None:
        app.open(db, create=False)
    else:
        app.open(paths.database_file, create=True)


def _database_asked_for(paths: AppPaths, db: Path | None, demo: bool) -> Path:
    if demo:
        return paths.demo_database_file
    return db if db is not None else paths.database_file


def _open_first(application: Application, paths: AppPaths, db: Path | None, demo: bool) -> int:
    """Open the first database; ``0`` on success, else the exit code (after telling why)."""
    try:
        start(paths, db=db, demo=demo, app=application)
        return 0
    except StorageError as error:
        failure = error
    if failure.code == "db.in_use" and InstanceGuard(Path(failure.detail)).notify_running():
        print(
            f"portfolio-app: {failure.detail} is already open; switched to that window.",
            file=sys.stderr,
        )
        return -1
    return 0 if application.recover_or_tell(_database_asked_for(paths, db, demo), failure) else 2


def settle_imports() -> None:
    """Once the app's modules are imported, keep the garbage collector off their objects.

    ``gc.freeze`` moves everything alive now (about half a million objects from Qt,
    SQLAlchemy and the app's modules) out of the collector's generations, so a full
    collection during the first reads walks only what those reads create: 0.1-0.2 s less
    before the first window at ten thousand partners.
    """
    gc.freeze()


def run() -> int:
    """Entry point of the ``portfolio-app`` script and ``python -m portfolio_app``."""
    settle_imports()
    return main()


def main(
    argv: list[str] | None = None, *, exec_loop: Callable[[QApplication], int] | None = None
) -> int:
    """Open the app (or run a command) as the command line asks; the exit code."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    paths = AppPaths.under(args.base_dir) if args.base_dir else AppPaths.for_user()
    level = logging.WARNING if args.command is not None else logging.INFO
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    if args.command is not None:
        return run_command(args, paths)
    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qt_app, QApplication)
    qt_app.setApplicationName("Partner Portfolio")
    qt_app.setApplicationVersion(__version__)
    qt_app.setOrganizationName("PartnerPortfolio")
    settings = Settings(paths.settings_file)
    setup_language(qt_app, requested=args.lang, preferred=settings.language())
    application = Application(paths, settings=settings, background_reads=True, defer_check=True)
    opened = _open_first(application, paths, args.db, args.demo)
    if opened != 0:
        return 0 if opened == -1 else opened
    try:
        return exec_loop(qt_app) if exec_loop is not None else qt_app.exec()
    finally:
        application.shutdown()
