"""Find interactive widgets without an accessible name or description."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTabBar,
    QAbstractSlider,
)


SKIPPED = (QHeaderView, QScrollBar)
"""Parts of a table or scroll area, announced with it."""


def _is_internal(widget: QWidget) -> bool:
    """Parts Qt builds inside other widgets (a combo box's line edit, scroll bars …)."""
    name = widget.objectName()
    if name.startswith("qt_") and not isinstance(widget, QTabBar):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QLineEdit, QTabBar)):
            return True
        if parent.objectName() in ("qt_scrollarea_hcontainer", "qt_scrollarea_vcontainer"):
            return True
        parent = parent.parentWidget()
    return False


def describe(widget: QWidget) -> str:
    """A short name to find the widget in the code."""
    chain: list[str] = []
    current: QWidget | None = widget
    while current is not None and len(chain) < 4:
        chain.append(current.objectName() or type(current).__name__)
        current = current.parentWidget()
    return " < ".join(chain)


def missing_accessibility(root: QWidget) -> list[str]:
    """Every interactive widget below ``root`` lacking an accessible name or description."""
    problems: list[str] = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, SKIPPED):
            continue
        if _is_internal(widget):
            continue
        lacks = []
        if not widget.accessibleName().strip():
            lacks.append("name")
        if not widget.accessibleDescription().strip():
            lacks.append("description")
        if lacks:
            problems.append(f"{describe(widget)}: no {' and no '.join(lacks)}")
    return sorted(set(problems))
