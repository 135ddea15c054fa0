from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from portfolio_app.ui.widgets.empty_state import EmptyState


def test_welcome_text_is_shown_in_full(qtbot: QtBot) -> None:
    page = EmptyState()
    qtbot.addWidget(page)
    page.resize(1100, 650)
    page.show()
    qtbot.waitExposed(page)

    text = page.findChild(QLabel, "emptyStateText")

    assert text is not None
    assert text.height() >= text.heightForWidth(text.width())


def test_buttons_ask_for_a_new_partner_or_the_demo(qtbot: QtBot) -> None:
    page = EmptyState()
    qtbot.addWidget(page)

    with qtbot.waitSignal(page.new_partner_requested):
        page.new_button.click()
    with qtbot.waitSignal(page.open_demo_requested):
        page.demo_button.click()
