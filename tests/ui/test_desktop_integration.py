"""Help › About, the icons, and the keyboard: shortcuts of the menus, Find, Delete."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from portfolio_app import __version__
from portfolio_app.domain.ids import ItemKind
from portfolio_app.runtime import Runtime
from portfolio_app.ui.about_dialog import AboutDialog, bundled_components
from portfolio_app.ui.icons import DESKTOP_FILE_NAME, ICON_NAMES, icon, icon_path
from portfolio_app.ui.main_window import VIEW_PARTNERS, MainWindow
from tests.ui.modal import while_modal
from tests.ui.portfolio_support import Portfolio, fill_portfolio, start, stop


@pytest.fixture
def runtime(qtbot: QtBot, db_path: Path) -> Iterator[Runtime]:
    runtime = start(qtbot, db_path)
    yield runtime
    stop(runtime)


@pytest.fixture
def filled(runtime: Runtime) -> Portfolio:
    portfolio = fill_portfolio(runtime.services)
    runtime.window.reload()
    return portfolio


def _menu_actions(window: MainWindow) -> list[QAction]:
    found: list[QAction] = []

    def walk(menu: QMenu) -> None:
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub)
            elif not action.isSeparator():
                found.append(action)

    for top in window.menuBar().actions():
        sub = top.menu()
        assert isinstance(sub, QMenu)
        walk(sub)
    return found


def test_about_shows_version_database_and_licences(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = AboutDialog(tmp_path / "Portfolio.sqlite3")
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()

    assert dialog.objectName() == "aboutDialog"
    assert f"Partner Portfolio {__version__}" in text
    assert str(tmp_path / "Portfolio.sqlite3") in text
    assert "LGPL-3.0" in text
    assert "https://code.qt.io" in text
    assert "https://download.qt.io/official_releases/QtForPython/" in text
    licences = {component.name: component.licence for component in bundled_components()}
    assert licences["SQLAlchemy"] == licences["alembic"] == licences["platformdirs"] == "MIT"
    assert licences["openpyxl"] == "MIT"
    assert licences["icalendar"] == "BSD-2-Clause"
    assert "Apache" in licences["vobject"]
    assert "LGPL-3.0" in next(v for k, v in licences.items() if k.lower().startswith("pyside6"))
    for name in licences:
        assert name in text
    assert dialog.text.verticalScrollBar() is not None


def test_help_about_opens_the_about_window(runtime: Runtime) -> None:
    about = next(a for a in _menu_actions(runtime.window) if a.objectName() == "actionAbout")
    seen: list[str] = []

    def read(modal: QWidget) -> None:
        assert isinstance(modal, AboutDialog)
        seen.append(modal.text.toPlainText())
        modal.reject()

    while_modal(about.trigger, read)

    assert str(runtime.database.path) in seen[0]


@pytest.mark.parametrize("name", ICON_NAMES)
def test_every_icon_renders_crisply_at_any_size(name: str) -> None:
    assert icon_path(name).is_file()
    for size in (16, 32, 64, 256):
        pixmap = icon(name).pixmap(size, size)
        assert not pixmap.isNull()
        assert pixmap.width() == size


def test_window_and_main_actions_have_icons(runtime: Runtime) -> None:
    assert not QGuiApplication.windowIcon().isNull()
    assert QGuiApplication.desktopFileName() == DESKTOP_FILE_NAME
    window = runtime.window
    for name in ("actionNewPartner", "actionDeletePartner", "actionImport", "actionViewCosts"):
        action = window.findChild(QAction, name)
        assert action is not None
        assert not action.icon().isNull(), name


def test_no_two_menu_actions_share_a_shortcut(runtime: Runtime) -> None:
    owners: dict[str, list[str]] = defaultdict(list)
    for action in _menu_actions(runtime.window):
        for shortcut in action.shortcuts():
            owners[shortcut.toString()].append(action.objectName() or action.text())

    duplicates = {key: names for key, names in owners.items() if len(names) > 1}
    assert not duplicates


@pytest.mark.parametrize(
    ("name", "standard"),
    [
        ("actionNewPartner", QKeySequence.StandardKey.New),
        ("actionFind", QKeySequence.StandardKey.Find),
        ("actionQuit", QKeySequence.StandardKey.Quit),
        ("actionDeletePartner", QKeySequence.StandardKey.Delete),
        ("actionPreferences", QKeySequence.StandardKey.Preferences),
    ],
)
def test_standard_actions_use_the_platform_shortcuts(
    runtime: Runtime, name: str, standard: QKeySequence.StandardKey
) -> None:
    action = next(a for a in _menu_actions(runtime.window) if a.objectName() == name)
    bindings = QKeySequence.keyBindings(standard)
    fallback = {"actionQuit": "Ctrl+Q", "actionPreferences": "Ctrl+,"}
    expected = bindings[0] if bindings else QKeySequence(fallback[name])
    assert action.shortcut() == expected


def test_quick_open_is_ctrl_k(runtime: Runtime) -> None:
    action = next(a for a in _menu_actions(runtime.window) if a.objectName() == "actionQuickOpen")
    assert action.shortcut() == QKeySequence("Ctrl+K")


def test_ctrl_f_focuses_the_partner_search(
    qtbot: QtBot, runtime: Runtime, filled: Portfolio
) -> None:
    window = runtime.window
    window.show_view(VIEW_PARTNERS)
    window.activateWindow()
    window.partner_list.table.setFocus()

    qtbot.keyClick(window.partner_list.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: window.partner_list.search_edit.hasFocus())
    assert window.partner_list.search_edit.objectName() == "partnerSearch"


def _confirm_delete(asked: list[str]) -> Callable[[QWidget], None]:
    def answer(modal: QWidget) -> None:
        assert isinstance(modal, QMessageBox)
        asked.append(modal.text())
        for button in modal.buttons():
            if modal.buttonRole(button) == QMessageBox.ButtonRole.DestructiveRole:
                button.click()
                return
        raise AssertionError("no delete button")

    return answer


def test_delete_key_in_a_record_table_asks_before_deleting_the_record(
    qtbot: QtBot, runtime: Runtime, filled: Portfolio
) -> None:
    window = runtime.window
    window.show_view(VIEW_PARTNERS)
    window.select_partner(filled.kopierwerk)
    panel = window.detail.editors.panel(ItemKind.AGREEMENT)
    window.detail.tabs.setCurrentWidget(panel)
    panel.table.setFocus()
    assert panel.selected_id() == filled.leasing
    asked: list[str] = []

    while_modal(lambda: qtbot.keyClick(panel.table, Qt.Key.Key_Delete), _confirm_delete(asked))

    assert "Leasing Kopierer" in asked[0]
    assert runtime.services.partners.dossier(filled.kopierwerk).agreements == ()


def test_delete_key_in_the_partner_list_asks_before_deleting(
    qtbot: QtBot, runtime: Runtime, filled: Portfolio
) -> None:
    window = runtime.window
    window.show_view(VIEW_PARTNERS)
    window.select_partner(filled.druckhaus)
    table = window.partner_list.table
    table.setFocus()
    asked: list[str] = []

    while_modal(lambda: qtbot.keyClick(table, Qt.Key.Key_Delete), _confirm_delete(asked))

    assert "Druckhaus" in asked[0]
    qtbot.waitUntil(lambda: "Druckhaus Weiß GmbH" not in window.partner_list.visible_names())
    assert [p.name for p in runtime.services.partners.list_partners()] == ["Kopierwerk Süd GmbH"]


def test_delete_key_in_the_search_box_edits_text_only(
    qtbot: QtBot, runtime: Runtime, filled: Portfolio
) -> None:
    window = runtime.window
    window.show_view(VIEW_PARTNERS)
    window.select_partner(filled.druckhaus)
    search = window.partner_list.search_edit
    search.setFocus()
    search.setText("Dr")
    search.setCursorPosition(0)

    qtbot.keyClick(search, Qt.Key.Key_Delete)

    assert search.text() == "r"
    assert len(runtime.services.partners.list_partners()) == 2
