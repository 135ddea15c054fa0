"""Accessible names and descriptions for screen readers, set in one place per window.

Each window keeps its descriptions next to its fields in a mapping from object name to
text (translated by the window's own ``tr``); :func:`describe` applies them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QTabWidget, QToolBar, QWidget


def describe(root: QWidget, descriptions: Mapping[str, str]) -> None:
    """Give each child of ``root`` named in ``descriptions`` its accessible description.

    Raises:
        LookupError: A name has no widget (a renamed field must not lose its text silently).
    """
    for name, text in descriptions.items():
        widget = root.findChild(QWidget, name)
        if widget is None:
            raise LookupError(f"no widget named {name!r} in {root.objectName()!r}")
        widget.setAccessibleDescription(text)


def describe_tabs(tabs: QTabWidget, name: str, description: str) -> None:
    """Name the tab bar of ``tabs`` (Qt leaves it anonymous)."""
    tabs.tabBar().setAccessibleName(name)
    tabs.tabBar().setAccessibleDescription(description)


def describe_toolbar(toolbar: QToolBar, description: Callable[[str, str], str]) -> None:
    """Name each tool button after its action.

    ``description`` makes the text from the action's text and shortcut (may be empty).
    """
    for action in toolbar.actions():
        if action.isSeparator():
            continue
        button = toolbar.widgetForAction(action)
        if button is not None:
            text = _plain(action)
            button.setAccessibleName(text)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            button.setAccessibleDescription(action.statusTip() or description(text, shortcut))


def _plain(action: QAction) -> str:
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")
