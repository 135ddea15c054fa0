from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton, QTreeWidget
from pytestqt.qtbot import QtBot

from portfolio_app.domain.maintenance import BackupReason, BackupSummary
from portfolio_app.ui.dialogs.restore_dialog import RestoreDialog

BACKUPS = [
    BackupSummary(
        Path("/b/portfolio-20261129-auto.sqlite3"),
        datetime(2026, 11, 29, 8, 0, tzinfo=UTC),
        BackupReason.AUTO,
        {"partners": 25, "agreements": 55, "notes": 159},
        409_600,
    ),
    BackupSummary(
        Path("/b/portfolio-20261101-pre-migration.sqlite3"),
        datetime(2026, 11, 1, 8, 0, tzinfo=UTC),
        BackupReason.PRE_MIGRATION,
        {"partners": 24, "agreements": 50, "notes": 140},
        380_000,
    ),
]


@pytest.fixture
def dialog(qtbot: QtBot) -> RestoreDialog:
    dialog = RestoreDialog(BACKUPS, Path("/b"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _button(dialog: RestoreDialog, name: str) -> QPushButton:
    button = dialog.findChild(QPushButton, name)
    assert button is not None
    return button


def test_backups_are_listed_newest_first_with_contents(dialog: RestoreDialog) -> None:
    tree = dialog.findChild(QTreeWidget, "backupList")
    assert tree is not None

    items = [tree.topLevelItem(r) for r in range(2)]
    rows = [[item.text(c) for c in range(4)] for item in items if item is not None]

    assert rows[0][1] == "automatic"
    assert rows[0][2] == "25 partners, 55 agreements, 159 notes"
    assert rows[1][1] == "before an upgrade"
    assert rows[0][3] == "400 KB"


def test_restore_returns_the_selected_backup(dialog: RestoreDialog, qtbot: QtBot) -> None:
    tree = dialog.findChild(QTreeWidget, "backupList")
    assert tree is not None
    second = tree.topLevelItem(1)
    assert second is not None
    tree.setCurrentItem(second)

    qtbot.mouseClick(_button(dialog, "restoreButton"), Qt.MouseButton.LeftButton)

    assert dialog.chosen() == BACKUPS[1].path
    assert dialog.result() == RestoreDialog.DialogCode.Accepted


def test_another_file_can_be_chosen(
    dialog: RestoreDialog, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: ("/media/usb/alt.sqlite3", "")
    )

    qtbot.mouseClick(_button(dialog, "restoreOtherFile"), Qt.MouseButton.LeftButton)

    assert dialog.chosen() == Path("/media/usb/alt.sqlite3")


def test_without_backups_restore_is_disabled(qtbot: QtBot) -> None:
    dialog = RestoreDialog([], Path("/b"))
    qtbot.addWidget(dialog)

    assert not _button(dialog, "restoreButton").isEnabled()
