"""The base of every edit dialog: a form, a message line, Save and Cancel.

A dialog builds a domain object from its widgets, validates it with the domain's rules and
hands it to the ``save`` callable its caller passed in (usually a service method). Any
:class:`PortfolioError` on the way, from the dialog, the domain or the service, keeps the
dialog open: the message line says what is wrong and the offending field is marked.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, Protocol, Self, TypeVar

from PySide6.QtCore import Qt, SignalInstance, Slot
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from portfolio_app.domain.errors import PortfolioError
from portfolio_app.services.changes import Changes
from portfolio_app.ui.dialogs.fields import OptionalDateEdit
from portfolio_app.ui.messages import error_text

_MESSAGE_STYLE = (
    "QLabel#dialogMessage { color: #8a1c1c; background-color: #fdecea;"
    " border: 1px solid #e3a29d; border-radius: 4px; padding: 6px; }"
)
_NOTE_STYLE = (
    "QLabel#dialogMessage { color: #1d3b5c; background-color: #e8f1fb;"
    " border: 1px solid #9cbfe3; border-radius: 4px; padding: 6px; }"
)
_INVALID_STYLE = '*[invalid="true"] { border: 2px solid #c62828; border-radius: 3px; }'


class Validatable(Protocol):
    """A domain object that can check itself."""

    def validated(self) -> Self:
        """A cleaned copy, or raise ``ValidationError``."""
        ...


T = TypeVar("T", bound=Validatable)


def plain_text(text: str) -> str:
    """A label's text without its mnemonic marker ("&Name" → "Name", "a && b" → "a & b")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


class RecordDialog(QDialog, Generic[T]):
    """Edits one record; subclasses add the widgets and implement :meth:`_build`."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        save: Callable[[T], Changes],
        object_name: str,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setSizeGripEnabled(True)
        self._save = save
        self._changes: Changes | None = None
        self._fields: dict[str, QWidget] = {}
        self._marked: QWidget | None = None
        self._marked_signal: SignalInstance | None = None
        self._first_field: QWidget | None = None

        self._message = QLabel(self)
        self._message.setObjectName("dialogMessage")
        self._message.setTextFormat(Qt.TextFormat.PlainText)
        self._message.setWordWrap(True)
        self._message.setStyleSheet(_MESSAGE_STYLE)
        self._message.setAccessibleName(self.tr("Problem"))
        self._message.hide()

        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._buttons.setObjectName("dialogButtons")
        save_button = self._buttons.button(QDialogButtonBox.StandardButton.Save)
        save_button.setObjectName("dialogSave")
        save_button.setDefault(True)
        cancel_button = self._buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel_button.setObjectName("dialogCancel")
        for button in (save_button, cancel_button):
            button.setAccessibleName(plain_text(button.text()))
        save_button.setAccessibleDescription(self.tr("Saves the entry and closes the dialog"))
        cancel_button.setAccessibleDescription(
            self.tr("Closes the dialog without saving the changes")
        )

        self._pages = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self._message)
        layout.addLayout(self._pages, 1)
        layout.addWidget(self._buttons)

        self._buttons.accepted.connect(self._on_save_requested)
        self._buttons.rejected.connect(self.reject)

    # ---- Public API

    @property
    def changes(self) -> Changes | None:
        """What the successful save changed; ``None`` until then."""
        return self._changes

    @property
    def save_button(self) -> QPushButton:
        """The dialog's Save button."""
        return self._buttons.button(QDialogButtonBox.StandardButton.Save)

    @property
    def message(self) -> str:
        """The problem shown at the top, or an empty string while there is none."""
        return self._message.text() if not self._message.isHidden() else ""

    def field_widget(self, field: str) -> QWidget | None:
        """The widget that edits the domain attribute ``field``, if the dialog has one."""
        return self._fields.get(field)

    def show_error(self, error: PortfolioError) -> None:
        """Say what is wrong, and mark and focus the field it concerns (if known)."""
        self._clear_mark()
        self._show_text(error_text(error))
        widget = self._fields.get(error.field) if error.field else None
        if widget is None:
            return
        self._reveal(widget)
        widget.setProperty("invalid", True)
        widget.setStyleSheet(_INVALID_STYLE)
        self._marked = widget
        self._marked_signal = _edited_signal(widget)
        if self._marked_signal is not None:
            self._marked_signal.connect(self._on_marked_field_edited)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- For subclasses

    def _show_text(self, text: str, *, error: bool = True) -> None:
        """Show a sentence in the message line: a problem, or (``error=False``) a note."""
        self._message.setStyleSheet(_MESSAGE_STYLE if error else _NOTE_STYLE)
        self._message.setText(text)
        self._message.show()

    def _build(self) -> T:
        """Build the domain object from the widgets.

        Raises:
            ValidationError: A widget holds something that cannot be turned into a value.
        """
        raise NotImplementedError

    def _add_page(self, widget: QWidget, stretch: int = 0) -> None:
        """Add ``widget`` (a form page, a tab widget, a group box) to the dialog's body."""
        self._pages.addWidget(widget, stretch)
        if self._first_field is not None and self.focusWidget() is None:
            # The first field, not the Save button made earlier, starts with the focus.
            self._first_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _add_row(
        self,
        form: QFormLayout,
        text: str,
        widget: QWidget,
        *,
        field: str | None = None,
        buddy: QWidget | None = None,
    ) -> None:
        """Add a labelled row; the label's text also names the widget for accessibility.

        Args:
            form: The form to add to.
            text: Translated label text with a mnemonic, e.g. ``"&Name:"``.
            widget: The field (or a container of several).
            field: The domain attribute the widget edits, for :meth:`show_error`.
            buddy: What the mnemonic focuses, if not ``widget``.
        """
        caption = QLabel(text, widget.parentWidget())
        caption.setBuddy(buddy or widget)
        name = plain_text(text).rstrip(":").strip()
        if isinstance(widget, OptionalDateEdit):
            widget.set_accessible_name(name)
        elif not widget.accessibleName():
            widget.setAccessibleName(name)
        form.addRow(caption, widget)
        if self._first_field is None:
            self._first_field = buddy or widget
        if field is not None:
            self._register(field, widget)

    @staticmethod
    def _add_check(form: QFormLayout, box: QCheckBox) -> None:
        """Add a check box below the fields, named after its text for accessibility."""
        box.setAccessibleName(plain_text(box.text()))
        form.addRow("", box)

    def _register(self, field: str, widget: QWidget) -> None:
        """Let :meth:`show_error` mark ``widget`` for errors on ``field``."""
        if isinstance(widget, OptionalDateEdit):
            widget = widget.date_edit
        self._fields[field] = widget

    @staticmethod
    def _new_form(page: QWidget) -> QFormLayout:
        """A form layout on ``page`` with the dialogs' common settings."""
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        return form

    @staticmethod
    def _run(dialog: RecordDialog[Any]) -> Changes | None:
        """Show ``dialog`` modally; what it saved, or ``None`` if cancelled."""
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.changes if accepted else None
        finally:
            dialog.deleteLater()

    # ---- Slots and helpers

    @Slot()
    def _on_save_requested(self) -> None:
        try:
            record = self._build().validated()
            changes = self._save(record)
        except PortfolioError as error:
            self.show_error(error)
            return
        self._clear_mark()
        self._message.hide()
        self._changes = changes
        self.accept()

    @Slot()
    def _on_marked_field_edited(self) -> None:
        self._clear_mark()

    def _clear_mark(self) -> None:
        if self._marked_signal is not None:
            self._marked_signal.disconnect(self._on_marked_field_edited)
            self._marked_signal = None
        if self._marked is not None:
            self._marked.setProperty("invalid", False)
            self._marked.setStyleSheet("")
            self._marked = None

    def _reveal(self, widget: QWidget) -> None:
        """Switch every tab widget to the page that holds ``widget``."""
        for tabs in self.findChildren(QTabWidget):
            for index in range(tabs.count()):
                page = tabs.widget(index)
                if page is not None and page.isAncestorOf(widget):
                    tabs.setCurrentIndex(index)


def _edited_signal(widget: QWidget) -> SignalInstance | None:
    """The signal that tells that the user changed ``widget``'s value."""
    if isinstance(widget, (QLineEdit, QPlainTextEdit)):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.currentTextChanged
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTimeChanged
    if isinstance(widget, QSpinBox):
        return widget.valueChanged
    if isinstance(widget, QAbstractButton):
        return widget.toggled
    return None
