"""Record progress on a shared goal: the day, a new KPI value, the status and a comment."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QLineEdit, QWidget

from portfolio_app.domain.goal import GoalStatus, GoalUpdate, SharedGoal
from portfolio_app.services.changes import Changes
from portfolio_app.ui.dialogs.fields import (
    TextArea,
    current_enum,
    date_format,
    enum_combo,
    parse_number,
    select_data,
)
from portfolio_app.ui.dialogs.record_dialog import RecordDialog
from portfolio_app.ui.formatting import from_qdate, to_qdate
from portfolio_app.ui.widgets.goal_panel import progress_text
from portfolio_app.ui.widgets.partner_overview import plain_label

_KPI_INVALID = "goal.kpi.invalid"


class GoalProgressDialog(RecordDialog[GoalUpdate]):
    """One progress update for a goal; callers use :meth:`ask`.

    The status is part of the update only if the user picks another one than the goal's.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        goal: SharedGoal,
        today: date,
        save: Callable[[GoalUpdate], Changes],
    ) -> None:
        super().__init__(parent, save=save, object_name="goalProgressDialog")
        assert goal.id is not None, "progress needs a stored goal"
        self.setWindowTitle(self.tr("Record Progress"))
        self._goal = goal
        page = QWidget(self)
        form = self._new_form(page)

        summary = plain_label(page, "progressGoal")
        now = progress_text(goal.kpi) if goal.kpi else self.tr("no KPI")
        summary.setText(f"{goal.title} — {now}")
        form.addRow(summary)

        self._on = QDateEdit(to_qdate(today), page)
        self._on.setObjectName("progressDate")
        self._on.setCalendarPopup(True)
        self._on.setDisplayFormat(date_format(self._on.locale()))
        self._add_row(form, self.tr("&Date:"), self._on, field="on")

        self._value = QLineEdit(page)
        self._value.setObjectName("progressValue")
        if goal.kpi is not None:
            self._value.setPlaceholderText(self.tr("leave empty to keep the value"))
            row = QWidget(page)
            box = QHBoxLayout(row)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(self._value, 1)
            unit = QLabel(goal.kpi.unit, row)
            unit.setObjectName("progressUnit")
            box.addWidget(unit)
            self._add_row(form, self.tr("&Value:"), row, field="value", buddy=self._value)
            self._register("value", self._value)
        else:
            self._value.hide()

        self._status = enum_combo(page, GoalStatus, "progressStatus")
        select_data(self._status, goal.status)
        self._add_row(form, self.tr("&Status:"), self._status, field="status")

        self._comment = TextArea(page, "progressComment", lines=4)
        self._comment.setPlaceholderText(self.tr("What happened, what was decided"))
        self._add_row(form, self.tr("&Comment:"), self._comment, field="comment")

        self._add_page(page, 1)
        self.setMinimumWidth(460)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        *,
        goal: SharedGoal,
        today: date,
        save: Callable[[GoalUpdate], Changes],
    ) -> Changes | None:
        """Let the user record progress on ``goal`` and store it through ``save``.

        Args:
            parent: The window the dialog belongs to.
            goal: The goal the progress is about.
            today: The day suggested for the update.
            save: Stores the update; its errors keep the dialog open.

        Returns:
            What ``save`` changed, or ``None`` if the user cancelled.
        """
        return cls._run(cls(parent, goal=goal, today=today, save=save))

    def _build(self) -> GoalUpdate:
        assert self._goal.id is not None
        status = current_enum(self._status, GoalStatus)
        value = parse_number(self._value, _KPI_INVALID, "value") if self._goal.kpi else None
        return GoalUpdate(
            id=None,
            goal_id=self._goal.id,
            on=from_qdate(self._on.date()),
            status=status if status is not self._goal.status else None,
            value=value,
            comment=self._comment.toPlainText(),
        )
