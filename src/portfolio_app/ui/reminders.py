"""Notice reminders while the app runs: the banner, an hourly check, tray notifications."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon, QWidget

from portfolio_app.domain.errors import PortfolioError
from portfolio_app.domain.reminders import Reminder
from portfolio_app.services.changes import Changes
from portfolio_app.services.reminders import ReminderService
from portfolio_app.ui import confirm
from portfolio_app.ui.events import AppEvents
from portfolio_app.ui.reads import Reader
from portfolio_app.ui.schedule_text import reminder_text
from portfolio_app.ui.widgets.reminder_banner import ReminderBanner

CHECK_INTERVAL_MS = 60 * 60 * 1000
"""Due reminders are looked up again every hour (and after every change)."""
TRAY_MESSAGE_MS = 15_000


class ReminderController(QObject):
    """Looks up due reminders, shows them, and carries out Snooze and Done."""

    open_requested = Signal(object)
    """The user wants to act on a reminder; payload: the ``Reminder``."""

    def __init__(
        self,
        reminders: ReminderService,
        events: AppEvents,
        today: Callable[[], date],
        banner: ReminderBanner,
        window: QWidget,
        *,
        reader: Reader | None = None,
    ) -> None:
        super().__init__(window)
        self._reader = reader
        self._reminders = reminders
        self._events = events
        self._today = today
        self._banner = banner
        self._window = window
        self._due: list[Reminder] = []
        self._notified: set[tuple[str, date]] = set()
        self._tray: QSystemTrayIcon | None = None
        self._timer = QTimer(self)
        self._timer.setObjectName("reminderTimer")
        self._timer.setInterval(CHECK_INTERVAL_MS)

        self._timer.timeout.connect(self.check)
        self._banner.open_requested.connect(self.open_requested)
        self._banner.snooze_requested.connect(self._on_snooze_requested)
        self._banner.done_requested.connect(self._on_done_requested)
        self._events.changes_applied.connect(self._on_changes_applied)

    # ---- Public API

    @property
    def timer(self) -> QTimer:
        """The hourly check."""
        return self._timer

    @property
    def tray(self) -> QSystemTrayIcon | None:
        """The tray icon, once a notification needed it (never without a system tray)."""
        return self._tray

    def due(self) -> list[Reminder]:
        """The reminders found by the last check."""
        return list(self._due)

    def start(self) -> None:
        """Check now, then every hour."""
        self.check()
        self._timer.start()

    def stop(self) -> None:
        """Stop checking and take the tray icon away."""
        self._timer.stop()
        if self._tray is not None:
            self._tray.hide()

    @Slot()
    def check(self) -> None:
        """Look up the due reminders, show them, and notify about ones not told today."""
        if self._reader is not None:
            # On an error the views report it; a banner must not nag with dialogs.
            self._reader.read("reminders", self._reminders.due, self._show_due)
            return
        try:
            due = self._reminders.due()
        except PortfolioError:
            return
        self._show_due(due)

    def _show_due(self, due: list[Reminder]) -> None:
        self._due = due
        today = self._today()
        self._banner.set_reminders(due, today)
        fresh = [r for r in due if (r.key, today) not in self._notified]
        if fresh and QSystemTrayIcon.isSystemTrayAvailable():
            self._notify(fresh, today)
        self._notified.update((r.key, today) for r in fresh)

    # ---- Slots

    @Slot(object)
    def _on_changes_applied(self, _changes: Changes) -> None:
        self.check()

    @Slot(str, int)
    def _on_snooze_requested(self, key: str, days: int) -> None:
        until = self._today() + timedelta(days=days)
        self._run(lambda: self._reminders.snooze(key, until))

    @Slot(str)
    def _on_done_requested(self, key: str) -> None:
        self._run(lambda: self._reminders.done(key))

    @Slot()
    def _on_tray_message_clicked(self) -> None:
        self._window.showNormal()
        self._window.raise_()
        self._window.activateWindow()
        if self._due:
            self.open_requested.emit(self._due[0])

    # ---- helpers

    def _run(self, operation: Callable[[], Changes]) -> None:
        try:
            changes = operation()
        except PortfolioError as error:
            confirm.show_error(self._window, self.tr("Reminder Not Changed"), error)
            self.check()
            return
        self._events.changes_applied.emit(changes)

    def _notify(self, fresh: list[Reminder], today: date) -> None:
        tray = self._ensure_tray()
        text = reminder_text(fresh[0], today)
        if len(fresh) > 1:
            text += "\n" + self.tr("and %1 more").replace("%1", str(len(fresh) - 1))
        tray.showMessage(
            self.tr("Notice deadlines need a decision"),
            text,
            QSystemTrayIcon.MessageIcon.Information,
            TRAY_MESSAGE_MS,
        )

    def _ensure_tray(self) -> QSystemTrayIcon:
        if self._tray is None:
            icon = self._window.windowIcon()
            if icon.isNull():
                icon = _fallback_icon()
            self._tray = QSystemTrayIcon(icon, self)
            self._tray.setObjectName("reminderTray")
            self._tray.setToolTip(self.tr("Partner Portfolio"))
            self._tray.messageClicked.connect(self._on_tray_message_clicked)
            self._tray.show()
        return self._tray


def _fallback_icon() -> QIcon:
    style = QApplication.style()
    return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
