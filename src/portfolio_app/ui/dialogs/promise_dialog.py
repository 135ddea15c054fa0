"""Create or edit a promise: who owes whom what, until when, and where it stands."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from portfolio_app.domain.ids import PartnerId
from portfolio_app.domain.promise import Promise, PromiseDirection, PromiseState
from portfolio_app.services.changes import Changes
from portfolio_app.ui.dialogs.fields import OptionalDateEdit, current_enum, enum_combo, select_data
from portfolio_app.ui.dialogs.record_dialog import RecordDialog
from portfolio_app.ui.formatting import format_date
from portfolio_app.ui.labels import label


def promise_preview(promise: Promise) -> str:
    """A promise in full, for the promises tab's preview."""

    def tr(text: object) -> str:
        return QCoreApplication.translate("PromisePreview", str(text))

    lines = [promise.text, f"{label(promise.direction)} · {label(promise.state)}"]
    if promise.owner:
        lines.append(
            tr(QT_TRANSLATE_NOOP("PromisePreview", "Owner: %1")).replace("%1", promise.owner)
        )
    if promise.due is not None:
        due = format_date(promise.due)
        lines.append(tr(QT_TRANSLATE_NOOP("PromisePreview", "Due: %1")).replace("%1", due))
    if promise.note_id is not None:
        lines.append(tr(QT_TRANSLATE_NOOP("PromisePreview", "Taken from a note.")))
    return "\n".join(lines)


class PromiseDialog(RecordDialog[Promise]):
    """Direction, text, owner, due date and state of a promise; callers use :meth:`ask`."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        save: Callable[[Promise], Changes],
        partner_id: PartnerId,
        promise: Promise | None = None,
        source: str = "",
    ) -> None:
        super().__init__(parent, save=save, object_name="promiseDialog")
        editing = promise is not None and promise.id is not None
        self.setWindowTitle(self.tr("Edit Promise") if editing else self.tr("New Promise"))
        self._original = promise or Promise(id=None, partner_id=partner_id, text="")

        page = QWidget(self)
        form = self._new_form(page)

        self._direction = enum_combo(page, PromiseDirection, "promiseDirection")
        self._add_row(form, self.tr("&Direction:"), self._direction)

        self._text = QLineEdit(page)
        self._text.setObjectName("promiseText")
        self._text.setPlaceholderText(self.tr("e.g. Send the revised offer"))
        self._add_row(form, self.tr("&Promise:"), self._text, field="text")

        self._owner = QLineEdit(page)
        self._owner.setObjectName("promiseOwner")
        self._owner.setPlaceholderText(self.tr("Who keeps or chases it"))
        self._add_row(form, self.tr("&Owner:"), self._owner, field="owner")

        self._due = OptionalDateEdit(
            page,
            object_name="promiseDue",
            check_text=self.tr("The promise has a due date"),
            empty_text=self.tr("no date"),
        )
        self._add_row(form, self.tr("D&ue:"), self._due, field="due")

        self._state = enum_combo(page, PromiseState, "promiseState")
        self._add_row(form, self.tr("&State:"), self._state)

        if self._original.note_id is not None:
            origin = QLabel(source or self.tr("a note"), page)
            origin.setObjectName("promiseSource")
            origin.setWordWrap(True)
            self._add_row(form, self.tr("Taken from:"), origin)

        self._add_page(page, 1)
        self._fill(self._original)
        self.setMinimumWidth(480)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        *,
        save: Callable[[Promise], Changes],
        partner_id: PartnerId,
        promise: Promise | None = None,
        source: str = "",
    ) -> Changes | None:
        """Let the user create or edit a promise and save it through ``save``.

        Args:
            parent: The window the dialog belongs to.
            save: Stores the promise; its errors keep the dialog open.
            partner_id: The partner a new promise belongs to.
            promise: The promise to edit, or a prefilled unsaved one, or ``None``.
            source: The subject of the note the promise is taken from, if any.

        Returns:
            What ``save`` changed, or ``None`` if the user cancelled.
        """
        dialog = cls(parent, save=save, partner_id=partner_id, promise=promise, source=source)
        return cls._run(dialog)

    def _fill(self, promise: Promise) -> None:
        select_data(self._direction, promise.direction)
        self._text.setText(promise.text)
        self._owner.setText(promise.owner)
        self._due.set_value(promise.due)
        select_data(self._state, promise.state)

    def _build(self) -> Promise:
        return dataclasses.replace(
            self._original,
            direction=current_enum(self._direction, PromiseDirection),
            text=self._text.text(),
            owner=self._owner.text(),
            due=self._due.value(),
            state=current_enum(self._state, PromiseState),
        )
