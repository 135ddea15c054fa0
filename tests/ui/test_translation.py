"""The German UI: translations load, and no visible text is left in English."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from portfolio_app import app
from portfolio_app.domain.ids import PartnerId
from portfolio_app.paths import AppPaths
from portfolio_app.settings import Settings
from portfolio_app.ui.locale_setup import remove_translators, setup_language
from portfolio_app.ui.main_window import MainWindow
from tests.ui.portfolio_support import fill_portfolio, start, stop
from tests.ui.translation_walk import (
    REPO_TS,
    Entry,
    Walk,
    english_only,
    fill_ts,
    lrelease,
    lupdate,
    read_ts,
)

Switch = Callable[[Path], None]

SKIPPED_ACTIONS = {"actionQuit", "actionOpenDemo"}
"""Actions that leave the window (they open nothing to walk)."""

DIALOGS_EXPECTED = ("partnerDialog", "agreementDialog", "contactDialog", "noteDialog")


@pytest.fixture
def german(qapp: QApplication) -> Iterator[Switch]:
    """Switch the app to German with the .qm files in a folder; back to English afterwards."""
    previous = QLocale()
    installed = []

    def switch(folder: Path) -> None:
        language, translators = setup_language(qapp, requested="de", folder=folder)
        assert language == "de"
        installed.extend(translators)

    yield switch
    remove_translators(qapp, installed)
    QLocale.setDefault(previous)


def _compile(ts_file: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    lrelease(ts_file, folder / "portfolio_app_de.qm")
    return folder


def _menu_actions(window: QMainWindow) -> list[QAction]:
    actions: list[QAction] = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        assert isinstance(menu, QMenu)
        actions.extend(action for action in menu.actions() if not action.isSeparator())
    return actions


def _walk_app(qtbot: QtBot, db_path: Path, english: set[str], *, dialogs: bool = True) -> Walk:
    """Start the main window on a small portfolio; walk it, each menu action's dialogs."""
    runtime = start(qtbot, db_path)
    try:
        stored = fill_portfolio(runtime.services)
        window = runtime.window
        window.reload()
        window.select_partner(stored.kopierwerk)
        qtbot.waitUntil(lambda: window.detail.partner_id() == stored.kopierwerk)
        walk = Walk(english)
        walk.window(window)
        if dialogs:
            for action in _menu_actions(window):
                if action.objectName() in SKIPPED_ACTIONS or not action.isEnabled():
                    continue
                walk.trigger(action.trigger)
                walk.window(window)
            for partner in (stored.kopierwerk, stored.druckhaus):
                _press_detail_buttons(qtbot, window, partner, walk)
        return walk
    finally:
        stop(runtime)


def _press_detail_buttons(qtbot: QtBot, window: MainWindow, partner: PartnerId, walk: Walk) -> None:
    """On each tab of the partner's page: select the first row, press every enabled button."""
    window.select_partner(partner)
    qtbot.waitUntil(lambda: window.detail.partner_id() == partner)
    tabs = window.detail.tabs
    for tab in range(tabs.count()):
        tabs.setCurrentIndex(tab)
        page = tabs.currentWidget()
        for button in page.findChildren(QPushButton):
            _select_first_rows(page)  # a dialog closed before may have reloaded the list
            if button.isEnabled():
                walk.trigger(button.click)
        walk.window(window)


def _select_first_rows(page: QWidget) -> None:
    for view in page.findChildren(QAbstractItemView):
        model = view.model()
        if isinstance(view, QHeaderView) or model is None or not model.index(0, 0).isValid():
            continue
        view.setCurrentIndex(model.index(0, 0))


def test_a_german_qm_translates_the_windows_texts_and_qt_its_buttons(
    german: Switch, tmp_path: Path
) -> None:
    ts_file = tmp_path / "small_de.ts"
    ts_file.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="de_DE"><context><name>MainWindow</name>'
        "<message><source>&amp;File</source><translation>&amp;Datei</translation></message>"
        "</context></TS>\n",
        encoding="utf-8",
    )
    german(_compile(ts_file, tmp_path / "qm"))

    assert QCoreApplication.translate("MainWindow", "&File") == "&Datei"
    assert QCoreApplication.translate("MainWindow", "&Edit") == "&Edit"
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel is not None
    assert cancel.text().replace("&", "") == "Abbrechen"
    assert QLocale().language() == QLocale.Language.German


def test_english_needs_no_translator(qapp: QApplication, tmp_path: Path) -> None:
    previous = QLocale()
    language, translators = setup_language(qapp, requested="en", folder=tmp_path)
    QLocale.setDefault(previous)

    assert (language, translators) == ("en", [])


def _main_shows(qapp: QApplication, base: Path, *args: str) -> tuple[str, str]:
    """Start the app like the user does; (its locale, the text of a Cancel button)."""
    seen: list[str] = []

    def capture(_qt_app: QApplication) -> int:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert cancel is not None
        seen.extend([QLocale().name(), cancel.text().replace("&", "")])
        return 0

    previous = QLocale()
    try:
        assert app.main(["--base-dir", str(base), *args], exec_loop=capture) == 0
    finally:
        remove_translators(qapp, qapp.findChildren(QTranslator))
        QLocale.setDefault(previous)
    return seen[0], seen[1]


def test_lang_de_starts_the_app_in_german(qapp: QApplication, tmp_path: Path) -> None:
    assert _main_shows(qapp, tmp_path, "--lang", "de") == ("de_DE", "Abbrechen")


def test_the_language_setting_is_used_at_start(qapp: QApplication, tmp_path: Path) -> None:
    Settings(AppPaths.under(tmp_path).settings_file).set_language("de")

    assert _main_shows(qapp, tmp_path) == ("de_DE", "Abbrechen")


def test_lang_en_overrides_a_german_setting(qapp: QApplication, tmp_path: Path) -> None:
    Settings(AppPaths.under(tmp_path).settings_file).set_language("de")

    assert _main_shows(qapp, tmp_path, "--lang", "en") == ("en_GB", "Cancel")


def test_the_german_window_and_dialogs_show_no_english_text(
    qtbot: QtBot, db_path: Path, german: Switch, tmp_path: Path
) -> None:
    entries = read_ts(REPO_TS)
    german(_compile(REPO_TS, tmp_path / "qm"))

    walk = _walk_app(qtbot, db_path, english_only(entries))

    assert not walk.findings, "English texts in the German UI:\n" + walk.report()


def test_the_walk_passes_when_all_is_translated_and_names_a_missing_text(
    qtbot: QtBot, db_path: Path, german: Switch, tmp_path: Path
) -> None:
    complete = tmp_path / "complete_de.ts"
    fill_ts(REPO_TS, complete, lambda entry: "DE:" + entry.source)
    german(_compile(complete, tmp_path / "complete"))

    walk = _walk_app(qtbot, db_path, english_only(read_ts(complete)))

    assert not walk.findings, "English texts despite a complete translation:\n" + walk.report()
    walked = "\n".join(walk.windows)
    assert "DE:" in walked
    assert len(walk.windows) > 20, walked


def test_the_walk_names_a_text_whose_translation_is_missing(
    qtbot: QtBot, db_path: Path, german: Switch, tmp_path: Path
) -> None:
    def all_but_file_menu(entry: Entry) -> str | None:
        if (entry.context, entry.source) == ("MainWindow", "&File"):
            return None
        return "DE:" + entry.source

    gap = tmp_path / "gap_de.ts"
    fill_ts(REPO_TS, gap, all_but_file_menu)
    german(_compile(gap, tmp_path / "gap"))

    walk = _walk_app(qtbot, db_path, english_only(read_ts(gap)), dialogs=False)

    assert set(walk.findings) == {"File"}, walk.report()


def test_the_ts_file_is_up_to_date_with_the_sources(tmp_path: Path) -> None:
    fresh = tmp_path / "portfolio_app_de.ts"
    fresh.write_bytes(REPO_TS.read_bytes())

    lupdate(fresh)

    def pairs(path: Path) -> set[tuple[str, str]]:
        return {(entry.context, entry.source) for entry in read_ts(path)}

    new = pairs(fresh) - pairs(REPO_TS)
    gone = pairs(REPO_TS) - pairs(fresh)
    assert not new, f"run `make translations-update`: new texts {sorted(new)}"
    assert not gone, f"run `make translations-update`: texts gone {sorted(gone)}"
