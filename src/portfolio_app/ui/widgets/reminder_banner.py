"""The in-window reminder banner: due notice deadlines with Open, Snooze and Done."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from portfolio_app.domain.reminders import Reminder
from portfolio_app.ui.schedule_text import reminder_text

MAX_ROWS = 3
"""Reminders shown at once; the rest are counted and found in the deadlines view."""
SNOOZE_DAYS = (1, 3, 7)

_STYLE = (
    "QFrame#reminderBanner { background-color: #fff6e0; border: 1px solid #e5b567;"
    " border-radius: 4px; }"
    " QFrame#reminderBanner QLabel { color: #3d2a00; }"
)


class ReminderRow(QWidget):
    """One reminder: its text and the buttons that act on it."""

    open_requested = Signal(object)
    """Open was clicked; payload: the ``Reminder``."""
    snooze_requested = Signal(str, int)
    """A snooze was chosen; payload: the reminder's key and the number of days."""
    done_requested = Signal(str)
    """Done was clicked; payload: the reminder's key."""

    def __init__(self, reminder: Reminder, text: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("reminderRow")
        self._reminder = reminder
        self._label = QLabel(text, self)
        self._label.setObjectName("reminderText")
        self._label.setTextFormat(Qt.TextFormat.PlainText)
        self._label.setWordWrap(True)
        policy = self._label.sizePolicy()  # keeps the height-for-width of word wrap
        policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)
        self._label.setSizePolicy(policy)
        self._open = self._button("reminderOpen", self.tr("Open…"), self.tr("Open: %1"))
        self._snooze = self._button("reminderSnooze", self.tr("Snooze"), self.tr("Snooze: %1"))
        self._done = self._button("reminderDone", self.tr("Done"), self.tr("Done: %1"))
        menu = QMenu(self._snooze)
        menu.setObjectName("reminderSnoozeMenu")
        self._snooze_actions: dict[int, QAction] = {}
        for days in SNOOZE_DAYS:
            action = menu.addAction(self._snooze_text(days))
            action.setObjectName(f"reminderSnooze{days}")
            action.setData(days)
            self._snooze_actions[days] = action
        self._snooze.setMenu(menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._label, 1)
        layout.addWidget(self._open)
        layout.addWidget(self._snooze)
        layout.addWidget(self._done)

        self._open.clicked.connect(self._on_open_clicked)
        self._done.clicked.connect(self._on_done_clicked)
        menu.triggered.connect(self._on_snooze_triggered)

    @property
    def reminder(self) -> Reminder:
        """The reminder this row shows."""
        return self._reminder

    @property
    def text(self) -> str:
        """The sentence shown."""
        return self._label.text()

    @property
    def open_button(self) -> QPushButton:
        """Opens the agreement to act on the deadline."""
        return self._open

    @property
    def snooze_button(self) -> QPushButton:
        """Shows the snooze menu."""
        return self._snooze

    @property
    def done_button(self) -> QPushButton:
        """Acknowledges the reminder for good."""
        return self._done

    def snooze_action(self, days: int) -> QAction:
        """The menu entry that snoozes for ``days`` days (one of :data:`SNOOZE_DAYS`)."""
        return self._snooze_actions[days]

    @Slot()
    def _on_open_clicked(self) -> None:
        self.open_requested.emit(self._reminder)

    @Slot()
    def _on_done_clicked(self) -> None:
        self.done_requested.emit(self._reminder.key)

    @Slot(QAction)
    def _on_snooze_triggered(self, action: QAction) -> None:
        self.snooze_requested.emit(self._reminder.key, int(action.data()))

    def _button(self, name: str, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(accessible.replace("%1", self._reminder.title))
        button.setAccessibleDescription(
            self.tr("Acts on the reminder of the notice deadline for %1").replace(
                "%1", self._reminder.title
            )
        )
        return button

    def _snooze_text(self, days: int) -> str:
        if days == 1:
            return self.tr("For 1 day")
        if days == 7:
            return self.tr("For 1 week")
        return self.tr("For %1 days").replace("%1", str(days))


class ReminderBanner(QFrame):
    """Shows due reminders above the views; emits what the user wants done, does nothing."""

    open_requested = Signal(object)
    """The user wants to act on a reminder; payload: the ``Reminder``."""
    snooze_requested = Signal(str, int)
    """The user snoozed a reminder; payload: its key and the number of days."""
    done_requested = Signal(str)
    """The user marked a reminder as done; payload: its key."""
    show_all_requested = Signal()
    """The user wants to see every deadline (the deadlines view)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.setAccessibleName(self.tr("Reminders"))
        self.setStyleSheet(_STYLE)
        self._rows: list[ReminderRow] = []

        self._title = QLabel(self)
        self._title.setObjectName("reminderTitle")
        self._title.setTextFormat(Qt.TextFormat.PlainText)
        font = self._title.font()
        font.setBold(True)
        self._title.setFont(font)
        self._more = QLabel(self)
        self._more.setObjectName("reminderMore")
        self._more.setTextFormat(Qt.TextFormat.PlainText)
        self._show_all = QPushButton(self.tr("Show all deadlines"), self)
        self._show_all.setObjectName("reminderShowAll")
        self._show_all.setAccessibleName(self.tr("Show all deadlines"))
        self._show_all.setAccessibleDescription(self.tr("Switches to the deadlines view"))
        self._show_all.setFlat(True)

        self._row_layout = QVBoxLayout()
        self._row_layout.setSpacing(4)
        footer = QHBoxLayout()
        footer.addWidget(self._more)
        footer.addStretch(1)
        footer.addWidget(self._show_all)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(4)
        layout.addWidget(self._title)
        layout.addLayout(self._row_layout)
        layout.addLayout(footer)
        self.hide()

        self._show_all.clicked.connect(self.show_all_requested)

    # ---- Public API

    def set_reminders(self, reminders: Sequence[Reminder], today: date) -> None:
        """Show these reminders (the first :data:`MAX_ROWS`); hide the banner if none."""
        for row in self._rows:
            self._row_layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self._rows = []
        for reminder in reminders[:MAX_ROWS]:
            row = ReminderRow(reminder, reminder_text(reminder, today), self)
            row.open_requested.connect(self.open_requested)
            row.snooze_requested.connect(self.snooze_requested)
            row.done_requested.connect(self.done_requested)
            self._row_layout.addWidget(row)
            self._rows.append(row)
        count = len(reminders)
        if count == 1:
            self._title.setText(self.tr("1 notice deadline needs a decision"))
        else:
            self._title.setText(
                self.tr("%1 notice deadlines need a decision").replace("%1", str(count))
            )
        hidden = count - len(self._rows)
        self._more.setText(
            self.tr("%1 more not shown here.").replace("%1", str(hidden)) if hidden > 0 else ""
        )
        self._more.setVisible(hidden > 0)
        self.setVisible(count > 0)

    def rows(self) -> list[ReminderRow]:
        """The reminder rows shown, in order."""
        return list(self._rows)

    def texts(self) -> list[str]:
        """The reminder sentences shown, in order."""
        return [row.text for row in self._rows]

    @property
    def show_all_button(self) -> QPushButton:
        """Switches to the deadlines view."""
        return self._show_all
