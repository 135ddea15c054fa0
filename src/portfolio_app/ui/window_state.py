"""Remember the main window's layout between runs: geometry, splitters, table columns.

Every splitter and every table header below the window is saved under a key made of the
object names on its way up to the window, so that new views are remembered without code.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QByteArray, QObject
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMainWindow, QSplitter, QTableView

from portfolio_app.settings import Settings
from portfolio_app.ui.widgets.record_list_panel import USER_SIZED

W = TypeVar("W", bound=QObject)

_GEOMETRY = "geometry"
_STATE = "state"
_VIEW = "view"
_PARTNER = "partner"


def save_window_state(window: QMainWindow, settings: Settings) -> None:
    """Write the window's geometry, toolbars, splitters and column layouts to ``settings``."""
    settings.set_window_value(_GEOMETRY, bytes(window.saveGeometry().data()))
    settings.set_window_value(_STATE, bytes(window.saveState().data()))
    for key, splitter in _splitters(window):
        settings.set_window_value(key, bytes(splitter.saveState().data()))
    for key, header in _headers(window):
        settings.set_window_value(key, bytes(header.saveState().data()))
    settings.sync()


def restore_window_state(window: QMainWindow, settings: Settings) -> bool:
    """Give the window back its saved layout; whether anything was saved."""
    geometry = settings.window_value(_GEOMETRY)
    if geometry is None:
        return False
    window.restoreGeometry(QByteArray(geometry))
    state = settings.window_value(_STATE)
    if state is not None:
        window.restoreState(QByteArray(state))
    for key, splitter in _splitters(window):
        saved = settings.window_value(key)
        if saved is not None:
            splitter.restoreState(QByteArray(saved))
    for key, header in _headers(window):
        saved = settings.window_value(key)
        if saved is not None:
            header.restoreState(QByteArray(saved))
            header.setProperty(USER_SIZED, True)
    return True


def save_selection(settings: Settings, database: Path, view: int, partner_id: int | None) -> None:
    """Remember the current view and the partner selected in ``database``."""
    settings.set_window_value(_VIEW, str(view).encode())
    settings.set_window_value(_partner_key(database), str(partner_id or "").encode())


def saved_view(settings: Settings) -> int | None:
    """The view shown when the window last closed."""
    return _int(settings.window_value(_VIEW))


def saved_partner(settings: Settings, database: Path) -> int | None:
    """The partner selected when ``database``'s window last closed."""
    return _int(settings.window_value(_partner_key(database)))


def _partner_key(database: Path) -> str:
    # Partner ids belong to one database; the path is hashed to keep the key plain.
    digest = hashlib.sha1(str(database.resolve()).encode(), usedforsecurity=False)
    return f"{_PARTNER}-{digest.hexdigest()[:16]}"


def _int(value: bytes | None) -> int | None:
    try:
        return int(value.decode()) if value else None
    except ValueError:
        return None


def _key(kind: str, widget: QObject, window: QMainWindow) -> str:
    names: list[str] = []
    current: QObject | None = widget
    while current is not None and current is not window:
        if current.objectName() and not current.objectName().startswith("qt_"):
            names.append(current.objectName())
        current = current.parent()
    return f"{kind}/" + ".".join(reversed(names))


def _splitters(window: QMainWindow) -> list[tuple[str, QSplitter]]:
    return _unique(
        (_key("splitter", splitter, window), splitter)
        for splitter in window.findChildren(QSplitter)
    )


def _headers(window: QMainWindow) -> list[tuple[str, QHeaderView]]:
    return _unique(
        (_key("columns", view, window), view.horizontalHeader())
        for view in window.findChildren(QAbstractItemView)
        if isinstance(view, QTableView) and view.objectName()
    )


def _unique(pairs: Iterable[tuple[str, W]]) -> list[tuple[str, W]]:
    """Drop widgets whose key is not unique: their saved state could land on the wrong one."""
    found = list(pairs)
    counts = Counter(key for key, _widget in found)
    return [(key, widget) for key, widget in found if counts[key] == 1]
