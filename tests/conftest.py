"""Fixtures shared by every test: offscreen Qt, a migrated database file, real services."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

# Must happen before pytest-qt creates the QApplication.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from portfolio_app.services.catalog import Services, build_services
from portfolio_app.storage.database import create_session_factory, create_sqlite_engine
from portfolio_app.storage.migrate import upgrade_database
from portfolio_app.storage.unit_of_work import SqlUnitOfWork
from portfolio_app.ui.locale_setup import FALLBACK, apply_default_locale

FIXED_NOW = datetime(2026, 11, 29, 10, 0, tzinfo=UTC)


MODAL_PATIENCE_MS = 15_000


@pytest.fixture(autouse=True)
def _no_forgotten_modals(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A modal dialog nobody answers would hang the run: close it and fail the test."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog, QMessageBox

    forgotten: list[str] = []

    def guard(original: Callable[[QDialog], int]) -> Callable[[QDialog], int]:
        def exec_with_patience(dialog: QDialog) -> int:
            def give_up() -> None:
                if dialog.isVisible():
                    forgotten.append(f"{type(dialog).__name__} {dialog.windowTitle()!r}")
                    dialog.done(0)

            timer = QTimer()
            timer.setSingleShot(True)
            timer.timeout.connect(give_up)
            timer.start(MODAL_PATIENCE_MS)
            try:
                return original(dialog)
            finally:
                timer.stop()

        return exec_with_patience

    monkeypatch.setattr(QDialog, "exec", guard(QDialog.exec))
    monkeypatch.setattr(QMessageBox, "exec", guard(QMessageBox.exec))
    yield
    assert not forgotten, f"modal dialog(s) left unanswered: {forgotten}"


@pytest.fixture(autouse=True, scope="session")
def _default_locale() -> None:
    """Tests run with the locale the app picks on a machine without LANG (as CI has)."""
    apply_default_locale(FALLBACK)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where the test's database file lives."""
    return tmp_path / "portfolio.sqlite3"


@pytest.fixture
def engine(db_path: Path) -> Iterator[Engine]:
    """A migrated database file in a fresh temporary folder."""
    engine = create_sqlite_engine(db_path)
    upgrade_database(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions on the test database."""
    return create_session_factory(engine)


@pytest.fixture
def services(session_factory: sessionmaker[Session]) -> Services:
    """The real services on the real (temporary) SQLite file, with a fixed clock."""
    return build_services(lambda: SqlUnitOfWork(session_factory), clock=lambda: FIXED_NOW)
