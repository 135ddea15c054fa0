"""File › Open Database… switches the window to another file, or says why it cannot."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from portfolio_app.application import Application
from portfolio_app.paths import AppPaths
from tests.e2e.test_data_safety_flows import NOW, _seed
from tests.ui.modal import while_modal


@pytest.fixture
def application(tmp_path: Path) -> Iterator[Application]:
    application = Application(AppPaths.under(tmp_path / "app"), clock=lambda: NOW)
    yield application
    application.shutdown()


def _choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(
        "portfolio_app.ui.desktop_actions.QFileDialog.getOpenFileName",
        lambda *_args: (str(path), ""),
    )


def test_open_database_switches_to_the_chosen_file(
    qtbot: QtBot, application: Application, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = tmp_path / "erste.sqlite3", tmp_path / "zweite.sqlite3"
    _seed(first, "Müller Druck GmbH")
    _seed(second, "Späti Kaffee KG")
    window = application.open(first, create=False).window
    action = window.desktop.open_action
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    assert action in file_menu.actions()
    assert QKeySequence(QKeySequence.StandardKey.Open) in action.shortcuts()
    _choose(monkeypatch, second)

    action.trigger()

    runtime = application.runtime
    assert runtime is not None
    assert runtime.database.path == second
    assert runtime.window.partner_list.visible_names() == ["Späti Kaffee KG"]
    assert not (first.parent / (first.name + ".lock")).exists()  # the first file is free


def test_a_file_that_is_no_database_is_refused_and_the_window_stays(
    qtbot: QtBot, application: Application, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = tmp_path / "erste.sqlite3"
    _seed(first, "Müller Druck GmbH")
    notes = tmp_path / "Notizen.txt"
    notes.write_text("keine Datenbank\n", encoding="utf-8")
    window = application.open(first, create=False).window
    _choose(monkeypatch, notes)
    shown: list[str] = []

    def read_and_close(modal: QWidget) -> None:
        assert isinstance(modal, QMessageBox)
        shown.append(modal.text())
        modal.accept()

    while_modal(window.desktop.open_action.trigger, read_and_close)

    assert len(shown) == 1
    assert "not a Partner Portfolio database" in shown[0] or "damaged" in shown[0]
    runtime = application.runtime
    assert runtime is not None
    assert runtime.database.path == first
    assert notes.read_text(encoding="utf-8") == "keine Datenbank\n"
