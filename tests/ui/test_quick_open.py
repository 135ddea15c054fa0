"""Quick open (Ctrl+K): type, see grouped results with the match in bold, open with Enter."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from portfolio_app.domain.contact import ContactPerson
from portfolio_app.domain.ids import ItemKind
from portfolio_app.runtime import Runtime
from portfolio_app.ui.dialogs.quick_open_dialog import QuickOpenDialog, marked_html
from portfolio_app.ui.main_window import VIEW_PARTNERS
from tests.ui.dialogs.support import type_text
from tests.ui.modal import while_modal
from tests.ui.portfolio_support import Portfolio, fill_portfolio, start, stop


@pytest.fixture
def runtime(qtbot: QtBot, db_path: Path) -> Iterator[Runtime]:
    runtime = start(qtbot, db_path)
    yield runtime
    stop(runtime)


@pytest.fixture
def portfolio(runtime: Runtime) -> Portfolio:
    portfolio = fill_portfolio(runtime.services)
    runtime.services.contacts.add(
        ContactPerson(None, portfolio.druckhaus, "Jörg Weiß", role="Geschäftsführung")
    )
    runtime.window.reload()
    return portfolio


def quick_open(qtbot: QtBot, runtime: Runtime, *steps) -> None:
    runtime.window.activateWindow()
    while_modal(
        lambda: qtbot.keyClick(runtime.window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier),
        *steps,
    )


def dialog_of(widget: QWidget) -> QuickOpenDialog:
    assert isinstance(widget, QuickOpenDialog)
    return widget


def test_typing_shows_results_grouped_by_kind_and_enter_opens_one(
    qtbot: QtBot, runtime: Runtime, portfolio: Portfolio
) -> None:
    seen: dict[str, object] = {}

    def search(widget: QWidget) -> None:
        dialog = dialog_of(widget)
        qtbot.keyClicks(dialog.input, "druck")
        qtbot.waitUntil(lambda: dialog.group_titles() == ["Partners", "Agreements", "Goals"])
        seen["hits"] = dialog.hit_titles()
        seen["status"] = dialog.status_text
        qtbot.keyClick(dialog.input, Qt.Key.Key_Down)
        selected = dialog.selected_hit()
        assert selected is not None
        seen["selected"] = selected.plain_title
        qtbot.keyClick(dialog.input, Qt.Key.Key_Return)

    def agreement_dialog(widget: QWidget) -> None:
        assert isinstance(widget, QDialog)
        seen["opened"] = widget.objectName()
        widget.reject()

    quick_open(qtbot, runtime, search, agreement_dialog)

    assert seen["hits"] == ["Druckhaus Weiß GmbH", "Rahmenvertrag Druck", "Druckkosten senken"]
    assert seen["status"] == "3 results. ↑↓ choose, Enter opens."
    assert seen["selected"] == "Rahmenvertrag Druck"
    assert seen["opened"] == "agreementDialog"
    assert runtime.window.current_view() == VIEW_PARTNERS
    assert runtime.window.detail.partner_id() == portfolio.druckhaus


def test_umlauts_and_their_spelling_find_the_same_person(
    qtbot: QtBot, runtime: Runtime, portfolio: Portfolio
) -> None:
    found: list[list[str]] = []

    def search(widget: QWidget) -> None:
        dialog = dialog_of(widget)
        for typed in ("Weiß", "weiss", "JÖRG"):
            dialog.input.clear()
            type_text(dialog.input, typed)
            dialog.run_search()
            found.append(dialog.hit_titles())
        dialog.reject()

    quick_open(qtbot, runtime, search)

    assert found[0] == ["Druckhaus Weiß GmbH", "Jörg Weiß"]
    assert found[1] == found[0]
    assert found[2] == ["Jörg Weiß"]


def test_a_partner_result_shows_the_partner_without_a_dialog(
    qtbot: QtBot, runtime: Runtime, portfolio: Portfolio
) -> None:
    def search(widget: QWidget) -> None:
        dialog = dialog_of(widget)
        qtbot.keyClicks(dialog.input, "kopierwerk")
        dialog.run_search()
        hit = dialog.selected_hit()
        assert hit is not None
        assert hit.kind is ItemKind.PARTNER
        qtbot.keyClick(dialog.input, Qt.Key.Key_Enter)

    quick_open(qtbot, runtime, search)

    assert runtime.window.detail.partner_id() == portfolio.kopierwerk
    assert runtime.window.detail.tabs.currentIndex() == 0


def test_hostile_text_finds_nothing_and_says_so(
    qtbot: QtBot, runtime: Runtime, portfolio: Portfolio
) -> None:
    status: list[str] = []

    def search(widget: QWidget) -> None:
        dialog = dialog_of(widget)
        type_text(dialog.input, '"NEAR( zzz* -) 😀')
        dialog.run_search()
        status.append(dialog.status_text)
        assert dialog.hit_titles() == []
        qtbot.keyClick(dialog.input, Qt.Key.Key_Escape)

    quick_open(qtbot, runtime, search)

    assert status == ['Nothing found for “"NEAR( zzz* -) 😀”.']


def test_matches_are_bold_and_user_text_is_escaped() -> None:
    assert marked_html("\x02Müller\x03 <b>&") == "<b>Müller</b> &lt;b&gt;&amp;"
