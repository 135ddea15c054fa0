"""Reminders of notice deadlines: the banner, snooze and done that persist, the tray."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from portfolio_app.domain.ids import AgreementId, PartnerId
from portfolio_app.domain.reminders import Reminder
from portfolio_app.runtime import Runtime, open_runtime
from portfolio_app.ui.widgets.reminder_banner import ReminderBanner
from tests.ui.portfolio_support import TODAY, Portfolio, fill_portfolio, start, stop


def _reminder(number: int, title: str = "Leasing Kopierer", deputy: str = "") -> Reminder:
    return Reminder(
        key=f"{number}:2026-11-30",
        agreement_id=AgreementId(number),
        partner_id=PartnerId(1),
        partner_name="Kopierwerk Süd",
        title=title,
        last_notice_day=date(2026, 11, 30),
        send_by=date(2026, 11, 25),
        days_left=1,
        stage=1,
        deputy=deputy,
    )


@pytest.fixture
def banner(qtbot: QtBot) -> ReminderBanner:
    banner = ReminderBanner()
    qtbot.addWidget(banner)
    banner.show()
    qtbot.waitExposed(banner)
    return banner


@pytest.fixture
def runtime(qtbot: QtBot, db_path: Path) -> Iterator[Runtime]:
    runtime = start(qtbot, db_path)
    yield runtime
    stop(runtime)


@pytest.fixture
def portfolio(runtime: Runtime) -> Portfolio:
    stored = fill_portfolio(runtime.services)
    runtime.window.reload()
    runtime.window.reminders.check()
    return stored


def _titles(runtime: Runtime) -> list[str]:
    return [row.reminder.title for row in runtime.window.reminder_banner.rows()]


def _reopen(qtbot: QtBot, path: Path, now: datetime) -> Runtime:
    runtime = open_runtime(path, create=False, clock=lambda: now)
    qtbot.addWidget(runtime.window)
    return runtime


# ---- the banner on its own


def test_the_banner_says_what_must_arrive_when_and_who_stands_in(
    banner: ReminderBanner,
) -> None:
    banner.set_reminders([_reminder(1, deputy="Jana Kühn")], TODAY)

    assert banner.isVisible()
    assert banner.texts() == [
        "Notice for “Leasing Kopierer” (Kopierwerk Süd) must arrive by 30/11/2026 (tomorrow)"
        " — send by 25/11/2026 · deputy: Jana Kühn"
    ]
    labels = banner.findChildren(QLabel)
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)


def test_the_banner_shows_three_and_counts_the_rest(banner: ReminderBanner) -> None:
    banner.set_reminders([_reminder(n, f"Vertrag {n}") for n in range(1, 6)], TODAY)

    assert [row.reminder.title for row in banner.rows()] == ["Vertrag 1", "Vertrag 2", "Vertrag 3"]
    more = banner.findChild(QLabel, "reminderMore")
    assert more is not None
    assert more.text() == "2 more not shown here."
    title = banner.findChild(QLabel, "reminderTitle")
    assert title is not None
    assert title.text() == "5 notice deadlines need a decision"


def test_the_banner_hides_without_reminders(banner: ReminderBanner) -> None:
    banner.set_reminders([_reminder(1)], TODAY)

    banner.set_reminders([], TODAY)

    assert not banner.isVisible()


def test_the_banner_buttons_ask_for_open_snooze_and_done(
    qtbot: QtBot, banner: ReminderBanner
) -> None:
    banner.set_reminders([_reminder(1), _reminder(2, "Wartung")], TODAY)
    second = banner.rows()[1]

    with qtbot.waitSignal(banner.done_requested, check_params_cb=lambda k: k == "2:2026-11-30"):
        qtbot.mouseClick(second.done_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(
        banner.snooze_requested, check_params_cb=lambda k, d: (k, d) == ("2:2026-11-30", 7)
    ):
        second.snooze_action(7).trigger()
    with qtbot.waitSignal(
        banner.open_requested, check_params_cb=lambda r: r.title == "Leasing Kopierer"
    ):
        qtbot.mouseClick(banner.rows()[0].open_button, Qt.MouseButton.LeftButton)
    assert second.snooze_button.accessibleName() == "Snooze: Wartung"


# ---- in the window, on a real database


def test_due_reminders_show_at_start_and_are_checked_every_hour(
    runtime: Runtime, portfolio: Portfolio
) -> None:
    assert _titles(runtime) == ["Leasing Kopierer", "Rahmenvertrag Druck"]
    assert runtime.window.reminder_banner.isVisible()
    timer = runtime.window.reminders.timer
    assert timer.isActive()
    assert timer.interval() == 60 * 60 * 1000


def test_snooze_and_done_persist_across_a_restart(
    qtbot: QtBot, runtime: Runtime, portfolio: Portfolio, db_path: Path
) -> None:
    rows = runtime.window.reminder_banner.rows()
    rows[0].snooze_action(1).trigger()
    assert _titles(runtime) == ["Rahmenvertrag Druck"]
    runtime.window.reminder_banner.rows()[0].done_button.click()
    assert _titles(runtime) == []
    assert not runtime.window.reminder_banner.isVisible()
    stop(runtime)

    same_day = _reopen(qtbot, db_path, datetime(2026, 11, 29, 16, 0, tzinfo=UTC))
    titles_same_day = [row.reminder.title for row in same_day.window.reminder_banner.rows()]
    stop(same_day)
    next_day = _reopen(qtbot, db_path, datetime(2026, 11, 30, 8, 0, tzinfo=UTC))
    titles_next_day = [row.reminder.title for row in next_day.window.reminder_banner.rows()]
    stop(next_day)

    assert titles_same_day == []
    assert titles_next_day == ["Leasing Kopierer"]


def test_without_a_system_tray_only_the_banner_reminds(
    runtime: Runtime, portfolio: Portfolio
) -> None:
    assert not QSystemTrayIcon.isSystemTrayAvailable()  # offscreen has none

    assert runtime.window.reminders.tray is None
    assert runtime.window.reminder_banner.isVisible()


def test_with_a_system_tray_new_reminders_raise_one_notification(
    runtime: Runtime, monkeypatch: pytest.MonkeyPatch
) -> None:
    messages: list[tuple[str, str]] = []
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    # The offscreen platform cannot really show a tray icon (it warns); pretend it did.
    monkeypatch.setattr(QSystemTrayIcon, "show", lambda self: None)
    monkeypatch.setattr(
        QSystemTrayIcon,
        "showMessage",
        lambda self, title, text, *args: messages.append((title, text)),
    )
    fill_portfolio(runtime.services)
    controller = runtime.window.reminders

    controller.check()
    controller.check()  # the same reminders are told once a day, not on every check

    assert len(messages) == 1
    title, text = messages[0]
    assert title == "Notice deadlines need a decision"
    assert text.startswith("Notice for “Leasing Kopierer” (Kopierwerk Süd GmbH)")
    assert text.endswith("and 1 more")
    assert controller.tray is not None
    assert runtime.window.reminder_banner.isVisible()
