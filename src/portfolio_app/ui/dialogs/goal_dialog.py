"""Create or edit a shared goal, optionally measured by a KPI."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtWidgets import QGroupBox, QLineEdit, QWidget

from portfolio_app.domain.errors import ValidationError
from portfolio_app.domain.goal import GoalStatus, Kpi, SharedGoal
from portfolio_app.domain.ids import PartnerId
from portfolio_app.services.changes import Changes
from portfolio_app.ui.accessibility import describe
from portfolio_app.ui.dialogs.fields import (
    OptionalDateEdit,
    TextArea,
    current_enum,
    enum_combo,
    parse_number,
    select_data,
)
from portfolio_app.ui.dialogs.record_dialog import RecordDialog
from portfolio_app.ui.formatting import format_decimal

_KPI_INVALID = "goal.kpi.invalid"


class GoalDialog(RecordDialog[SharedGoal]):
    """Title, owner, target date, status and KPI of a goal; callers use :meth:`ask`."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        save: Callable[[SharedGoal], Changes],
        partner_id: PartnerId,
        goal: SharedGoal | None = None,
    ) -> None:
        super().__init__(parent, save=save, object_name="goalDialog")
        self.setWindowTitle(self.tr("Edit Goal") if goal else self.tr("New Goal"))
        self._original = goal or SharedGoal(id=None, partner_id=partner_id, title="")

        page = QWidget(self)
        form = self._new_form(page)

        self._title = QLineEdit(page)
        self._title.setObjectName("goalTitle")
        self._title.setPlaceholderText(self.tr("e.g. Halve the reprint rate"))
        self._add_row(form, self.tr("&Title:"), self._title, field="title")

        self._owner = QLineEdit(page)
        self._owner.setObjectName("goalOwner")
        self._owner.setPlaceholderText(self.tr("Who looks after it"))
        self._add_row(form, self.tr("&Owner:"), self._owner, field="owner")

        self._target_date = OptionalDateEdit(
            page,
            object_name="goalTargetDate",
            check_text=self.tr("The goal has a target date"),
            empty_text=self.tr("no date"),
        )
        self._add_row(form, self.tr("Target &date:"), self._target_date, field="target_date")

        self._status = enum_combo(page, GoalStatus, "goalStatus")
        self._add_row(form, self.tr("&Status:"), self._status)

        self._description = TextArea(page, "goalDescription", lines=4)
        self._add_row(form, self.tr("D&escription:"), self._description, field="description")

        self._add_page(page, 1)
        self._add_page(self._kpi_group())
        self._fill(self._original)
        self.setMinimumWidth(520)
        describe(
            self,
            {
                "goalTitle": self.tr("What you want to reach together; required"),
                "goalDescription": self.tr("More about the goal"),
                "goalOwner": self.tr("Who is responsible for the goal"),
                "goalStatus": self.tr("Whether the goal is open, reached or dropped"),
                "goalTargetDate": self.tr("By when the goal should be reached"),
                "goalTargetDateSet": self.tr("Check when the goal has a target date"),
                "goalKpi": self.tr("Check to measure the goal with a number"),
                "goalKpiBaseline": self.tr("The value the measure started from"),
                "goalKpiCurrent": self.tr("The value of the measure now"),
                "goalKpiTarget": self.tr("The value the measure should reach"),
                "goalKpiUnit": self.tr("The unit of the measure, e.g. % or days"),
            },
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        *,
        save: Callable[[SharedGoal], Changes],
        partner_id: PartnerId,
        goal: SharedGoal | None = None,
    ) -> Changes | None:
        """Let the user create or edit a shared goal and save it through ``save``.

        Args:
            parent: The window the dialog belongs to.
            save: Stores the goal; its errors keep the dialog open.
            partner_id: The partner a new goal belongs to.
            goal: The goal to edit, or ``None`` for a new one.

        Returns:
            What ``save`` changed, or ``None`` if the user cancelled.
        """
        return cls._run(cls(parent, save=save, partner_id=partner_id, goal=goal))

    def _kpi_group(self) -> QGroupBox:
        self._kpi = QGroupBox(self.tr("Measure with a &KPI"), self)
        self._kpi.setObjectName("goalKpi")
        self._kpi.setCheckable(True)
        self._kpi.setAccessibleName(self.tr("Measure with a KPI"))
        form = self._new_form(self._kpi)

        self._unit = QLineEdit(self._kpi)
        self._unit.setObjectName("goalKpiUnit")
        self._unit.setPlaceholderText(self.tr("e.g. %, hours, pieces"))
        self._add_row(form, self.tr("&Unit:"), self._unit, field="kpi_unit")

        self._baseline = self._number_edit("goalKpiBaseline")
        self._add_row(form, self.tr("&Baseline:"), self._baseline, field="kpi_baseline")
        self._target = self._number_edit("goalKpiTarget")
        self._add_row(form, self.tr("Tar&get:"), self._target, field="kpi_target")
        self._current = self._number_edit("goalKpiCurrent")
        self._current.setPlaceholderText(self.tr("not measured yet"))
        self._add_row(form, self.tr("&Current value:"), self._current, field="kpi_current")
        return self._kpi

    def _number_edit(self, object_name: str) -> QLineEdit:
        edit = QLineEdit(self._kpi)
        edit.setObjectName(object_name)
        return edit

    def _fill(self, goal: SharedGoal) -> None:
        self._title.setText(goal.title)
        self._owner.setText(goal.owner)
        self._target_date.set_value(goal.target_date)
        select_data(self._status, goal.status)
        self._description.setPlainText(goal.description)
        kpi = goal.kpi
        self._kpi.setChecked(kpi is not None)
        if kpi is not None:
            locale = self.locale()
            self._unit.setText(kpi.unit)
            self._baseline.setText(format_decimal(kpi.baseline, locale))
            self._target.setText(format_decimal(kpi.target, locale))
            self._current.setText(format_decimal(kpi.current, locale))

    def _required_number(self, edit: QLineEdit, field: str) -> Decimal:
        value = parse_number(edit, _KPI_INVALID, field)
        if value is None:
            raise ValidationError(_KPI_INVALID, f"{field} is blank", field=field)
        return value

    def _built_kpi(self) -> Kpi | None:
        """The KPI typed in, or ``None`` when the group is switched off.

        Raises:
            ValidationError: ``goal.kpi.invalid`` on the field that holds no number.
        """
        if not self._kpi.isChecked():
            return None
        return Kpi(
            unit=self._unit.text(),
            baseline=self._required_number(self._baseline, "kpi_baseline"),
            target=self._required_number(self._target, "kpi_target"),
            current=parse_number(self._current, _KPI_INVALID, "kpi_current"),
        )

    def _build(self) -> SharedGoal:
        return dataclasses.replace(
            self._original,
            title=self._title.text(),
            owner=self._owner.text(),
            target_date=self._target_date.value(),
            status=current_enum(self._status, GoalStatus),
            description=self._description.toPlainText(),
            kpi=self._built_kpi(),
        )
