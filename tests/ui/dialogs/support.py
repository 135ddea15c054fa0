"""Helpers for the dialog tests: a recording ``save`` stub and person-like input."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog, QGroupBox, QWidget
from pytestqt.qtbot import QtBot

from portfolio_app.domain.errors import PortfolioError
from portfolio_app.domain.ids import ItemKind, PartnerId
from portfolio_app.services.changes import Changes
from portfolio_app.ui.dialogs.record_dialog import RecordDialog

T = TypeVar("T")
W = TypeVar("W", bound=QObject)

SAVED = Changes.of(ItemKind.PARTNER, 7, PartnerId(7), created=True)


class SaveSpy(Generic[T]):
    """Stands in for a service method: records what it gets, returns or raises."""

    def __init__(self, error: PortfolioError | None = None) -> None:
        self.received: list[T] = []
        self.error = error

    def __call__(self, record: T) -> Changes:
        self.received.append(record)
        if self.error is not None:
            raise self.error
        return SAVED


def open_dialog(qtbot: QtBot, dialog: QDialog) -> None:
    """Show ``dialog`` without a modal event loop, as a user would see it."""
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)


def child(parent: QWidget, kind: type[W], name: str) -> W:
    """The child widget called ``name``; fail if there is none."""
    found = parent.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name!r}"
    return found


def click_save(qtbot: QtBot, dialog: RecordDialog[Any]) -> None:
    """Press the dialog's Save button with the mouse."""
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def tick(qtbot: QtBot, box: QCheckBox | QGroupBox) -> None:
    """Toggle a check box (or checkable group) from the keyboard, as a click must hit
    its indicator or text exactly."""
    qtbot.keyClick(box, Qt.Key.Key_Space)


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, umlauts included, with key events that carry the characters.

    ``qtbot.keyClicks`` aborts the process on non-ASCII text (QTBUG in qasciikey.cpp).
    """
    widget.setFocus()
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, character)
            QApplication.sendEvent(widget, event)


def is_marked(widget: QWidget | None) -> bool:
    """Whether the dialog marked ``widget`` as invalid."""
    assert widget is not None
    return bool(widget.property("invalid")) and "border" in widget.styleSheet()
