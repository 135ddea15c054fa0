"""The selected goal's progress: a bar, a chart of its KPI over time and its history."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QProgressBar,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from portfolio_app.domain.goal import GoalStatus, GoalUpdate, Kpi, SharedGoal, newest_first
from portfolio_app.ui.formatting import format_date, format_decimal
from portfolio_app.ui.labels import label
from portfolio_app.ui.widgets.line_chart import ChartMarker, ChartPoint, LineChart
from portfolio_app.ui.widgets.partner_overview import plain_label
from portfolio_app.ui.widgets.record_list_panel import RecordListPanel

OVERDUE_COLOUR = "#b91c1c"
_STEPS = 1000


def progress_text(kpi: Kpi) -> str:
    """The KPI in words: "42 of 60 t (70 %)", or from its baseline when that is not zero."""
    unit = f" {kpi.unit}" if kpi.unit else ""
    target = format_decimal(kpi.target)
    if kpi.current is None:
        return (
            QCoreApplication.translate("GoalPanel", "not measured yet — from %1 to %2")
            .replace("%1", format_decimal(kpi.baseline))
            .replace("%2", target + unit)
        )
    share = kpi.progress()
    percent = f" ({round(share * 100)} %)" if share is not None else ""
    current = format_decimal(kpi.current)
    if kpi.baseline == 0 and kpi.target > 0:
        return (
            QCoreApplication.translate("GoalPanel", "%1 of %2")
            .replace("%1", current)
            .replace("%2", target + unit)
            + percent
        )
    return (
        QCoreApplication.translate("GoalPanel", "%1 — from %2 to %3")
        .replace("%1", current + unit)
        .replace("%2", format_decimal(kpi.baseline))
        .replace("%3", target + unit)
        + percent
    )


def overdue_text(goal: SharedGoal) -> str:
    """Why the goal is flagged: "Overdue: the target date 31.10.2026 has passed"."""
    return QCoreApplication.translate(
        "GoalPanel", "Overdue: the target date %1 has passed"
    ).replace("%1", format_date(goal.target_date))


def status_markers(updates: Sequence[GoalUpdate]) -> list[ChartMarker]:
    """A marker for every change of status after the first one known, oldest first."""
    markers: list[ChartMarker] = []
    last: GoalStatus | None = None
    for update in sorted(updates, key=lambda entry: (entry.on, entry.id or 0)):
        if update.status is None or update.status is last:
            continue
        if last is not None:
            markers.append(
                ChartMarker(
                    update.on,
                    QCoreApplication.translate("GoalPanel", "Status: %1").replace(
                        "%1", label(update.status)
                    ),
                )
            )
        last = update.status
    return markers


class GoalPanel(QWidget):
    """Shows one goal: progress bar (or status), overdue flag, KPI chart and history."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goalPanel")
        self.setAccessibleName(self.tr("Goal progress"))
        self._title = plain_label(self, "goalPanelTitle")
        font = self._title.font()
        font.setBold(True)
        self._title.setFont(font)
        self._overdue = plain_label(self, "goalOverdueFlag")
        self._overdue.setStyleSheet(f"color: {OVERDUE_COLOUR}; font-weight: bold;")
        self._overdue.setAccessibleName(self.tr("Overdue"))
        self._bar = QProgressBar(self)
        self._bar.setObjectName("goalProgressBar")
        self._bar.setAccessibleName(self.tr("Progress towards the target"))
        self._bar.setRange(0, _STEPS)
        self._bar.setTextVisible(True)
        self._status = plain_label(self, "goalStatusText")
        self._kpi_text = plain_label(self, "goalKpiText")
        self._kpi_text.setWordWrap(True)
        self._chart = LineChart("goalChart", self.tr("KPI over time"), self)
        self._history = QTreeWidget(self)
        self._history.setObjectName("goalHistory")
        self._history.setAccessibleName(self.tr("Progress history"))
        self._history.setAccessibleDescription(
            self.tr("Every recorded value of the goal's measure, newest first")
        )
        self._history.setRootIsDecorated(False)
        self._history.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self._history.setHeaderLabels(
            [self.tr("Date"), self.tr("Value"), self.tr("Status"), self.tr("Comment")]
        )
        self._hint = plain_label(self, "goalPanelHint")
        self._hint.setText(self.tr("Select a goal to see its progress and history here."))
        self._hint.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self._hint)
        layout.addWidget(self._title)
        layout.addWidget(self._overdue)
        layout.addWidget(self._bar)
        layout.addWidget(self._kpi_text)
        layout.addWidget(self._status)
        layout.addWidget(self._chart)
        layout.addWidget(self._history, 1)
        self.set_goal(None, (), date.today())

    # ---- Public API

    @property
    def progress_bar(self) -> QProgressBar:
        """The bar from baseline to target."""
        return self._bar

    @property
    def chart(self) -> LineChart:
        """The KPI chart."""
        return self._chart

    @property
    def history(self) -> QTreeWidget:
        """The history list, newest first."""
        return self._history

    def overdue_flag(self) -> str:
        """The overdue text while shown, else an empty string."""
        return self._overdue.text() if not self._overdue.isHidden() else ""

    def kpi_text(self) -> str:
        """The KPI in words under the bar ("42 of 60 t (70 %)"); empty without a KPI."""
        return self._kpi_text.text() if not self._kpi_text.isHidden() else ""

    def status_text(self) -> str:
        """The status line shown instead of the bar for goals without KPI."""
        return self._status.text() if not self._status.isHidden() else ""

    def history_rows(self) -> list[tuple[str, str, str, str]]:
        """Date, value, status and comment of every history row, as shown."""
        rows = []
        for index in range(self._history.topLevelItemCount()):
            item = self._history.topLevelItem(index)
            assert item is not None
            rows.append((item.text(0), item.text(1), item.text(2), item.text(3)))
        return rows

    def set_goal(self, goal: SharedGoal | None, updates: Sequence[GoalUpdate], today: date) -> None:
        """Show ``goal`` with its history entries (any order), or the hint for ``None``."""
        shown = goal is not None
        self._hint.setVisible(not shown)
        for widget in (self._title, self._chart, self._history):
            widget.setVisible(shown)
        if goal is None:
            self._overdue.hide()
            self._bar.hide()
            self._kpi_text.hide()
            self._status.hide()
            self._history.clear()
            return
        own = [update for update in updates if update.goal_id == goal.id]
        self._title.setText(goal.title)
        self._overdue.setVisible(goal.is_overdue(today))
        self._overdue.setText(overdue_text(goal) if goal.is_overdue(today) else "")
        self._show_progress(goal)
        self._show_chart(goal, own)
        self._show_history(goal, own)

    # ---- helpers

    def _show_progress(self, goal: SharedGoal) -> None:
        kpi = goal.kpi
        self._bar.setVisible(kpi is not None)
        self._kpi_text.setVisible(kpi is not None)
        self._status.setVisible(kpi is None)
        self._status.setText(self.tr("Status: %1 (no KPI)").replace("%1", label(goal.status)))
        if kpi is None:
            return
        share = kpi.progress()
        self._bar.setValue(round((share or 0.0) * _STEPS))
        text = progress_text(kpi)
        # The bar carries the share only; the words (with a unit of any length) wrap below.
        self._bar.setFormat(f"{round(share * 100)} %" if share is not None else "")
        self._kpi_text.setText(text)
        self._bar.setAccessibleDescription(text)

    def _show_chart(self, goal: SharedGoal, updates: Sequence[GoalUpdate]) -> None:
        unit = f" {goal.kpi.unit}" if goal.kpi and goal.kpi.unit else ""
        latest: dict[date, Decimal] = {}  # one point a day: the last value recorded for it
        for update in sorted(updates, key=lambda entry: (entry.on, entry.id or 0)):
            if update.value is not None:
                latest[update.on] = update.value
        points = [
            ChartPoint(day, float(value), format_decimal(value) + unit)
            for day, value in latest.items()
        ]
        target = float(goal.kpi.target) if goal.kpi else None
        target_text = (
            self.tr("Target: %1").replace("%1", format_decimal(goal.kpi.target) + unit)
            if goal.kpi
            else ""
        )
        empty = (
            self.tr("No KPI values recorded yet.")
            if goal.kpi
            else self.tr("This goal has no KPI to chart.")
        )
        self._chart.set_data(
            points,
            markers=status_markers(updates),
            target=target,
            target_text=target_text,
            empty_text=empty,
        )

    def _show_history(self, goal: SharedGoal, updates: Sequence[GoalUpdate]) -> None:
        unit = f" {goal.kpi.unit}" if goal.kpi and goal.kpi.unit else ""
        self._history.clear()
        for update in newest_first(updates):
            comment = update.comment or (self.tr("goal set") if update.created else "")
            item = QTreeWidgetItem(
                [
                    format_date(update.on),
                    format_decimal(update.value) + unit if update.value is not None else "",
                    label(update.status) if update.status is not None else "",
                    comment.replace("\n", " "),
                ]
            )
            item.setToolTip(3, comment)
            self._history.addTopLevelItem(item)
        for column in range(3):
            self._history.resizeColumnToContents(column)


class GoalsTab(QSplitter):
    """The goals tab: the goals list beside the selected goal's :class:`GoalPanel`."""

    def __init__(
        self, goals: RecordListPanel, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("goalsTab")
        self.setChildrenCollapsible(False)
        self._goals = goals
        self._today = today
        self._updates: tuple[GoalUpdate, ...] = ()
        self._panel = GoalPanel(self)
        self.addWidget(goals)
        self.addWidget(self._panel)
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 1)
        goals.table.selectionModel().selectionChanged.connect(self._on_selection_changed)

    @property
    def goal_panel(self) -> GoalPanel:
        """The panel showing the selected goal."""
        return self._panel

    def set_updates(self, updates: Sequence[GoalUpdate]) -> None:
        """The history of the partner's goals; shows the selected goal's part of it."""
        self._updates = tuple(updates)
        self._refresh()

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._refresh()

    def _refresh(self) -> None:
        selected = self._goals.selected_id()
        goal = next((g for g in self._goals.records() if g.id == selected), None)
        self._panel.set_goal(goal, self._updates, self._today())
