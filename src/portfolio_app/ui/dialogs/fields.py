"""Small input widgets and helpers shared by the edit dialogs."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from typing import TypeVar

from PySide6.QtCore import QDate, QLocale, QSize, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from typing_extensions import override

from portfolio_app.domain.errors import ValidationError
from portfolio_app.ui.formatting import from_qdate, parse_decimal, to_qdate
from portfolio_app.ui.labels import label

E = TypeVar("E", bound=enum.Enum)

_NO_DATE = QDate(1900, 1, 1)


def date_format(locale: QLocale) -> str:
    """The locale's short date format, always with a four-digit year."""
    text = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return text if "yyyy" in text else text.replace("yy", "yyyy")


def enum_combo(parent: QWidget, values: Iterable[E], object_name: str) -> QComboBox:
    """A combo box listing ``values`` by their translated labels, each value as user data."""
    combo = QComboBox(parent)
    combo.setObjectName(object_name)
    for value in values:
        combo.addItem(label(value), value)
    return combo


def select_data(combo: QComboBox, value: object) -> None:
    """Make the item whose user data is ``value`` current (if there is one)."""
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def current_enum(combo: QComboBox, kind: type[E]) -> E:
    """The enum value of the current item of a combo made by :func:`enum_combo`."""
    return kind(combo.currentData())


def parse_number(edit: QLineEdit, code: str, field: str) -> Decimal | None:
    """The number typed into ``edit`` in its locale; ``None`` if blank.

    Raises:
        ValidationError: ``code`` on ``field`` if the text is not a number.
    """
    try:
        value = parse_decimal(edit.text(), edit.locale())
    except ValueError as error:
        raise ValidationError(code, edit.text(), field=field) from error
    if value is not None and not value.is_finite():
        raise ValidationError(code, edit.text(), field=field)
    return value


def format_amount(value: Decimal, locale: QLocale) -> str:
    """An amount with two decimals and the locale's separators (1.234,50)."""
    separators: dict[str, str | int | None] = {
        ",": locale.groupSeparator(),
        ".": locale.decimalPoint(),
    }
    return f"{value:,.2f}".translate(str.maketrans(separators))


class TextArea(QPlainTextEdit):
    """Multi-line plain text that is ``lines`` high by default and lets Tab move on."""

    def __init__(self, parent: QWidget, object_name: str, lines: int = 3) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setTabChangesFocus(True)
        self._lines = lines

    @override
    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        margins = self.contentsMargins()
        height = (
            self._lines * self.fontMetrics().lineSpacing()
            + 2 * int(self.document().documentMargin())
            + margins.top()
            + margins.bottom()
        )
        return QSize(hint.width(), height)

    @override
    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class OptionalDateEdit(QWidget):
    """A date that may be missing: a check box switches a calendar date edit on and off.

    While unchecked the date edit is disabled and reads ``empty_text`` (e.g. "no date").
    """

    def __init__(
        self, parent: QWidget, *, object_name: str, check_text: str, empty_text: str
    ) -> None:
        super().__init__(parent)
        self._empty_text = empty_text
        self._last = QDate.currentDate()

        self._check = QCheckBox(self)
        self._check.setObjectName(f"{object_name}Set")
        self._check.setAccessibleName(check_text)
        self._check.setToolTip(check_text)
        self._check.setAccessibleDescription(
            self.tr("Check when the date is known; the date field next to it is then enabled")
        )

        self._edit = QDateEdit(self)
        self._edit.setObjectName(object_name)
        self._edit.setCalendarPopup(True)
        self._edit.setAccessibleName(check_text)
        self._edit.setAccessibleDescription(
            self.tr("The date; type it or press Alt+Down to choose it from a calendar")
        )
        self._edit.setDisplayFormat(date_format(self._edit.locale()))
        self._edit.setMinimumDate(_NO_DATE)
        set_expanding(self._edit)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._check)
        layout.addWidget(self._edit, 1)
        self.setFocusProxy(self._check)
        self._show_unset()

        self._check.toggled.connect(self._on_check_toggled)

    @property
    def check_box(self) -> QCheckBox:
        """The check box that says whether there is a date."""
        return self._check

    @property
    def date_edit(self) -> QDateEdit:
        """The date edit itself (disabled while there is no date)."""
        return self._edit

    def value(self) -> date | None:
        """The chosen day, or ``None``."""
        if not self._check.isChecked():
            return None
        return from_qdate(self._edit.date())

    def set_value(self, value: date | None) -> None:
        """Show ``value``, or no date for ``None``."""
        if value is not None:
            self._last = to_qdate(value)
        self._check.setChecked(value is not None)
        if value is not None:
            self._edit.setDate(self._last)

    def set_suggestion(self, value: date) -> None:
        """The day the date edit starts from when the user ticks the check box."""
        if self._check.isChecked():
            return
        self._last = to_qdate(value)

    def set_accessible_name(self, name: str) -> None:
        """Name the date edit for assistive technology."""
        self._edit.setAccessibleName(name)

    @Slot(bool)
    def _on_check_toggled(self, checked: bool) -> None:
        if checked:
            self._edit.setSpecialValueText("")
            self._edit.setEnabled(True)
            self._edit.setDate(self._last)
        else:
            self._last = self._edit.date()
            self._show_unset()

    def _show_unset(self) -> None:
        # A QDateEdit shows its special value text while it sits on its minimum date.
        self._edit.setEnabled(False)
        self._edit.setSpecialValueText(self._empty_text)
        self._edit.setDate(_NO_DATE)


class ListCompleter(QCompleter):
    """Offers completions for the last item of a comma-separated list in a line edit.

    Completion starts once the user types a letter of a new item, never for an empty one.
    """

    def __init__(self, items: Sequence[str], edit: QLineEdit) -> None:
        super().__init__(list(items), edit)
        self._edit = edit
        self.setWidget(edit)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        edit.textEdited.connect(self._on_text_edited)
        self.activated.connect(self._on_activated)

    @Slot(str)
    def _on_text_edited(self, text: str) -> None:
        prefix = text.rsplit(",", 1)[-1].strip()
        if not prefix:
            popup = self.popup()
            if popup is not None:
                popup.hide()
            return
        self.setCompletionPrefix(prefix)
        self.complete()

    @Slot(str)
    def _on_activated(self, completion: str) -> None:
        head, comma, _ = self._edit.text().rpartition(",")
        self._edit.setText(f"{head}{comma} {completion}" if comma else completion)


def set_expanding(widget: QWidget) -> None:
    """Let ``widget`` grow horizontally with the dialog."""
    policy = widget.sizePolicy()
    policy.setHorizontalPolicy(policy.Policy.Expanding)
    widget.setSizePolicy(policy)
