"""Every interactive widget has an accessible name and description (screen readers)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from portfolio_app.domain.agreement import Agreement
from portfolio_app.domain.contact import ContactPerson
from portfolio_app.domain.goal import SharedGoal
from portfolio_app.domain.ids import PartnerId
from portfolio_app.domain.note import CommunicationNote
from portfolio_app.domain.partner import Partner
from portfolio_app.ui.about_dialog import AboutDialog
from portfolio_app.ui.dialogs.agreement_dialog import AgreementDialog
from portfolio_app.ui.dialogs.contact_dialog import ContactDialog
from portfolio_app.ui.dialogs.export_dialog import ExportDialog
from portfolio_app.ui.dialogs.goal_dialog import GoalDialog
from portfolio_app.ui.dialogs.note_dialog import NoteDialog
from portfolio_app.ui.dialogs.partner_dialog import PartnerDialog
from portfolio_app.ui.dialogs.preferences_dialog import Preferences, PreferencesDialog
from portfolio_app.ui.dialogs.quick_open_dialog import QuickOpenDialog
from portfolio_app.ui.dialogs.restore_dialog import RestoreDialog
from portfolio_app.ui.dialogs.trash_dialog import TrashDialog
from portfolio_app.ui.main_window import VIEW_PARTNERS
from portfolio_app.ui.theme import Theme
from tests.ui.accessibility_walk import missing_accessibility
from tests.ui.dialogs.support import SaveSpy, open_dialog
from tests.ui.portfolio_support import fill_portfolio, start, stop

DIALOGS: dict[str, Callable[[], QDialog]] = {
    "partner": lambda: PartnerDialog(save=SaveSpy[Partner]()),
    "agreement": lambda: AgreementDialog(save=SaveSpy[Agreement](), partner_id=PartnerId(3)),
    "note": lambda: NoteDialog(
        save=SaveSpy[CommunicationNote](),
        partner_id=PartnerId(3),
        now=datetime(2026, 11, 29, 9, tzinfo=UTC),
    ),
    "contact": lambda: ContactDialog(save=SaveSpy[ContactPerson](), partner_id=PartnerId(3)),
    "goal": lambda: GoalDialog(save=SaveSpy[SharedGoal](), partner_id=PartnerId(3)),
    "preferences": lambda: PreferencesDialog(
        Preferences(None, Theme.SYSTEM, 90, None), Path("/data/p.sqlite3"), None
    ),
    "about": lambda: AboutDialog(Path("/data/p.sqlite3")),
    "restore": lambda: RestoreDialog([], Path("/data/backups")),
    "export": ExportDialog,
}


def test_main_window_with_a_partner_shown(qtbot: QtBot, db_path: Path) -> None:
    runtime = start(qtbot, db_path)
    try:
        portfolio = fill_portfolio(runtime.services)
        window = runtime.window
        window.reload()
        window.show_view(VIEW_PARTNERS)
        window.select_partner(portfolio.kopierwerk)
        assert window.detail.partner_id() == portfolio.kopierwerk

        missing = missing_accessibility(window)
    finally:
        stop(runtime)
    assert not missing, "\n".join(missing)


def test_dialogs_opened_from_the_main_window(qtbot: QtBot, db_path: Path) -> None:
    runtime = start(qtbot, db_path)
    try:
        dialogs = [
            TrashDialog(runtime.services, runtime.window.events),
            QuickOpenDialog(runtime.services.search),
        ]
        missing: list[str] = []
        for dialog in dialogs:
            open_dialog(qtbot, dialog)
            missing += missing_accessibility(dialog)
    finally:
        stop(runtime)
    assert not missing, "\n".join(missing)


@pytest.mark.parametrize("kind", list(DIALOGS))
def test_dialog(qtbot: QtBot, kind: str) -> None:
    dialog = DIALOGS[kind]()
    open_dialog(qtbot, dialog)

    missing = missing_accessibility(dialog)

    assert not missing, "\n".join(missing)
