"""The window comes back as it was left: geometry, splitters, columns, view and partner."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QSplitter, QTableView
from pytestqt.qtbot import QtBot

from portfolio_app.runtime import Runtime, open_runtime
from portfolio_app.settings import Settings
from portfolio_app.ui.main_window import VIEW_DEADLINES, VIEW_OVERVIEW, VIEW_PARTNERS
from tests.conftest import FIXED_NOW
from tests.ui.portfolio_support import fill_portfolio


def _open(qtbot: QtBot, path: Path, settings: Settings) -> Runtime:
    runtime = open_runtime(path, create=True, clock=lambda: FIXED_NOW, settings=settings)
    runtime.window.show_start_page()  # as build_runtime's caller sees it
    qtbot.addWidget(runtime.window)
    runtime.window.show()
    qtbot.waitExposed(runtime.window)
    return runtime


def _close(runtime: Runtime) -> None:
    runtime.window.close()
    runtime.database.close()
    runtime.guard.release()


def _splitter(runtime: Runtime, name: str) -> QSplitter:
    found = runtime.window.findChild(QSplitter, name)
    assert found is not None
    return found


def _contact_table(runtime: Runtime) -> QTableView:
    found = runtime.window.findChild(QTableView, "contactTable")
    assert found is not None
    return found


def test_layout_view_and_partner_are_restored_on_the_next_start(
    qtbot: QtBot, db_path: Path, tmp_path: Path
) -> None:
    settings = Settings(tmp_path / "settings.ini")
    first = _open(qtbot, db_path, settings)
    portfolio = fill_portfolio(first.services)
    first.window.reload()
    assert first.window.current_view() == VIEW_OVERVIEW
    # The offscreen screen is 800 px high (the window is wider than it anyway).
    first.window.resize(1333, 612)
    first.window.show_view(VIEW_PARTNERS)
    first.window.select_partner(portfolio.druckhaus)
    _splitter(first, "mainSplitter").setSizes([300, 811])
    partners = first.window.partner_list.table.horizontalHeader()
    partners.resizeSection(0, 321)
    partners.moveSection(1, 2)
    contacts = _contact_table(first).horizontalHeader()
    contacts.resizeSection(0, 234)
    saved_size = first.window.size()
    saved_sizes = _splitter(first, "mainSplitter").sizes()
    saved_order = [partners.logicalIndex(i) for i in range(partners.count())]
    first.window.show_view(VIEW_DEADLINES)
    _close(first)

    second = _open(qtbot, db_path, Settings(tmp_path / "settings.ini"))
    try:
        window = second.window
        assert window.height() == saved_size.height() == 612
        assert window.current_view() == VIEW_DEADLINES
        assert window.detail.partner_id() == portfolio.druckhaus
        assert window.partner_list.selected_partner_id() == portfolio.druckhaus
        window.show_view(VIEW_PARTNERS)
        qtbot.wait(50)
        # The list keeps its width; the detail takes what the (narrower) screen leaves.
        assert _splitter(second, "mainSplitter").sizes()[0] == saved_sizes[0] == 300
        header = window.partner_list.table.horizontalHeader()
        assert header.sectionSize(0) == 321
        assert [header.logicalIndex(i) for i in range(header.count())] == saved_order
        assert _contact_table(second).horizontalHeader().sectionSize(0) == 234
    finally:
        _close(second)


def test_a_partner_deleted_meanwhile_is_not_selected(
    qtbot: QtBot, db_path: Path, tmp_path: Path
) -> None:
    settings = Settings(tmp_path / "settings.ini")
    first = _open(qtbot, db_path, settings)
    portfolio = fill_portfolio(first.services)
    first.window.reload()
    first.window.show_view(VIEW_PARTNERS)
    first.window.select_partner(portfolio.kopierwerk)
    _close(first)
    second_settings = Settings(tmp_path / "settings.ini")
    runtime = open_runtime(db_path, create=False, clock=lambda: FIXED_NOW)
    runtime.services.partners.delete_partner(portfolio.kopierwerk)
    _close(runtime)

    second = _open(qtbot, db_path, second_settings)
    try:
        assert second.window.detail.partner_id() is None
        assert second.window.current_view() == VIEW_PARTNERS
    finally:
        _close(second)


def test_first_start_shows_the_overview(qtbot: QtBot, db_path: Path, tmp_path: Path) -> None:
    runtime = _open(qtbot, db_path, Settings(tmp_path / "settings.ini"))
    try:
        assert runtime.window.current_view() == VIEW_OVERVIEW
        assert runtime.window.detail.partner_id() is None
    finally:
        _close(runtime)


def test_the_saved_partner_belongs_to_its_database(
    qtbot: QtBot, db_path: Path, tmp_path: Path
) -> None:
    settings = Settings(tmp_path / "settings.ini")
    first = _open(qtbot, db_path, settings)
    portfolio = fill_portfolio(first.services)
    first.window.reload()
    first.window.show_view(VIEW_PARTNERS)
    first.window.select_partner(portfolio.druckhaus)
    _close(first)
    other_path = tmp_path / "other.sqlite3"
    other = _open(qtbot, other_path, Settings(tmp_path / "settings.ini"))
    fill_portfolio(other.services)  # the same ids exist there
    _close(other)

    again = _open(qtbot, other_path, Settings(tmp_path / "settings.ini"))
    try:
        assert again.window.detail.partner_id() is None
    finally:
        _close(again)


def test_column_widths_chosen_by_hand_survive_switching_partners(
    qtbot: QtBot, db_path: Path, tmp_path: Path
) -> None:
    runtime = _open(qtbot, db_path, Settings(tmp_path / "settings.ini"))
    try:
        portfolio = fill_portfolio(runtime.services)
        window = runtime.window
        window.reload()
        window.show_view(VIEW_PARTNERS)
        window.select_partner(portfolio.kopierwerk)
        header = _contact_table(runtime).horizontalHeader()
        fitted = header.sectionSize(0)
        header.resizeSection(0, fitted + 150)

        window.select_partner(portfolio.druckhaus)
        window.select_partner(portfolio.kopierwerk)

        assert header.sectionSize(0) == fitted + 150
    finally:
        _close(runtime)
