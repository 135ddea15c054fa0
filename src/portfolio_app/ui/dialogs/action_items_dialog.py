"""Turn a meeting note's action items into promises: tick, adjust, create in one go."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from portfolio_app.domain.action_items import ActionItem
from portfolio_app.domain.errors import PortfolioError
from portfolio_app.domain.ids import PartnerId
from portfolio_app.domain.promise import Promise, PromiseDirection
from portfolio_app.services.changes import Changes
from portfolio_app.ui.dialogs.fields import OptionalDateEdit, current_enum, enum_combo
from portfolio_app.ui.dialogs.record_dialog import plain_text
from portfolio_app.ui.messages import error_text

_MESSAGE_STYLE = "QLabel#dialogMessage { color: #8a1c1c; }"

SavePromises = Callable[[Sequence[Promise]], Changes]
"""Stores the chosen promises (for the note), all or nothing."""


@dataclass(frozen=True, slots=True)
class _Row:
    """The widgets of one action item."""

    check: QCheckBox
    text: QLineEdit
    direction: QComboBox
    owner: QLineEdit
    due: OptionalDateEdit


class ActionItemsDialog(QDialog):
    """One row per action item: a check box, its text, direction, owner and due date."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        items: Sequence[ActionItem],
        partner_id: PartnerId,
        save: SavePromises,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("actionItemsDialog")
        self.setWindowTitle(self.tr("Action Items"))
        self.setAccessibleName(self.tr("Action items"))
        self.setSizeGripEnabled(True)
        self._partner_id = partner_id
        self._save = save
        self._changes: Changes | None = None

        intro = QLabel(self.tr("Tick the action items that are promises to keep track of."), self)
        intro.setWordWrap(True)
        self._message = QLabel(self)
        self._message.setObjectName("dialogMessage")
        self._message.setStyleSheet(_MESSAGE_STYLE)
        self._message.setWordWrap(True)
        self._message.setAccessibleName(self.tr("Problem"))
        self._message.hide()

        grid = QGridLayout()
        for column, title in enumerate(
            (self.tr("Action item"), self.tr("Direction"), self.tr("Owner"), self.tr("Due"))
        ):
            grid.addWidget(QLabel(f"<b>{title}</b>", self), 0, column)
        self._rows = [self._row(grid, index, item) for index, item in enumerate(items)]
        grid.setColumnStretch(0, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.setObjectName("dialogButtons")
        self._create = QPushButton(self.tr("&Create Promises"), self)
        self._create.setObjectName("actionItemsCreate")
        self._create.setAccessibleName(plain_text(self._create.text()))
        self._create.setDefault(True)
        buttons.addButton(self._create, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("dialogCancel")
        cancel.setAccessibleName(plain_text(cancel.text()))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self._message)
        layout.addLayout(grid, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(640)

        buttons.accepted.connect(self._on_create)
        buttons.rejected.connect(self.reject)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        *,
        items: Sequence[ActionItem],
        partner_id: PartnerId,
        save: SavePromises,
    ) -> Changes | None:
        """Let the user choose which action items become promises and store them.

        Args:
            parent: The window the dialog belongs to.
            items: The parsed action items, each offered ticked.
            partner_id: The partner the promises belong to.
            save: Stores the chosen promises; its errors keep the dialog open.

        Returns:
            What ``save`` changed, or ``None`` if the user cancelled.
        """
        dialog = cls(parent, items=items, partner_id=partner_id, save=save)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.changes if accepted else None
        finally:
            dialog.deleteLater()

    @property
    def changes(self) -> Changes | None:
        """What the successful save changed; ``None`` until then."""
        return self._changes

    @property
    def message(self) -> str:
        """The problem shown, or an empty string."""
        return self._message.text() if not self._message.isHidden() else ""

    def chosen(self) -> list[Promise]:
        """The ticked rows as unsaved open promises of the partner."""
        return [
            Promise(
                id=None,
                partner_id=self._partner_id,
                text=row.text.text(),
                direction=current_enum(row.direction, PromiseDirection),
                owner=row.owner.text(),
                due=row.due.value(),
            )
            for row in self._rows
            if row.check.isChecked()
        ]

    def _row(self, grid: QGridLayout, index: int, item: ActionItem) -> _Row:
        number = str(index + 1)
        check = QCheckBox(self)
        check.setObjectName(f"actionItemCheck{index}")
        check.setChecked(True)
        check.setAccessibleName(self.tr("Create a promise from item %1").replace("%1", number))
        text = QLineEdit(item.text, self)
        text.setObjectName(f"actionItemText{index}")
        text.setAccessibleName(self.tr("Text of item %1").replace("%1", number))
        direction = enum_combo(self, PromiseDirection, f"actionItemDirection{index}")
        direction.setAccessibleName(self.tr("Direction of item %1").replace("%1", number))
        owner = QLineEdit(item.owner, self)
        owner.setObjectName(f"actionItemOwner{index}")
        owner.setAccessibleName(self.tr("Owner of item %1").replace("%1", number))
        due = OptionalDateEdit(
            self,
            object_name=f"actionItemDue{index}",
            check_text=self.tr("Item %1 has a due date").replace("%1", number),
            empty_text=self.tr("no date"),
        )
        due.set_accessible_name(self.tr("Due date of item %1").replace("%1", number))
        due.set_value(item.due)
        row = index + 1
        line = QWidget(self)
        line_layout = QGridLayout(line)
        line_layout.setContentsMargins(0, 0, 0, 0)
        line_layout.addWidget(check, 0, 0)
        line_layout.addWidget(text, 0, 1)
        line_layout.setColumnStretch(1, 1)
        grid.addWidget(line, row, 0)
        grid.addWidget(direction, row, 1)
        grid.addWidget(owner, row, 2)
        grid.addWidget(due, row, 3, Qt.AlignmentFlag.AlignLeft)
        return _Row(check, text, direction, owner, due)

    @Slot()
    def _on_create(self) -> None:
        try:
            changes = self._save(self.chosen())
        except PortfolioError as error:
            self._message.setText(error_text(error))
            self._message.show()
            return
        self._changes = changes
        self.accept()
