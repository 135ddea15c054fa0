"""A short list of things that need attention, each opening a partner or one of its records."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from portfolio_app.domain.ids import ItemRef, PartnerId

VISIBLE_ROWS = 6
"""Rows shown before the list scrolls."""

_ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True, slots=True)
class Entry:
    """One line: its text, what it opens, and optionally a colour and a tooltip."""

    text: str
    partner_id: PartnerId
    ref: ItemRef
    tooltip: str = ""
    colour: QColor | None = None


class AttentionList(QListWidget):
    """Lines that open their record when activated (double-click, Enter); a calm line when empty."""

    open_requested = Signal(object, object)
    """Payload: ``PartnerId`` and the ``ItemRef`` to open."""

    def __init__(
        self, object_name: str, accessible_name: str, empty_text: str, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAccessibleName(accessible_name)
        self._empty_text = empty_text
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.activated.connect(self._on_activated)
        self.set_entries([])

    def set_entries(self, entries: Sequence[Entry]) -> None:
        """Show ``entries``; none shows the empty text, greyed out and not selectable."""
        self.clear()
        if not entries:
            item = QListWidgetItem(self._empty_text, self)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        for entry in entries:
            item = QListWidgetItem(entry.text, self)
            item.setData(_ENTRY_ROLE, entry)
            item.setToolTip(entry.tooltip or entry.text)
            if entry.colour is not None:
                item.setForeground(entry.colour)
        rows = max(1, min(len(entries), VISIBLE_ROWS))
        frame = 2 * self.frameWidth()
        self.setFixedHeight(rows * max(self.sizeHintForRow(0), 1) + frame + 4)
        self.setAccessibleDescription(
            self._empty_text if not entries else "; ".join(e.text for e in entries[:10])
        )

    def entries(self) -> list[Entry]:
        """The entries shown (none while the empty text shows)."""
        found = [self.item(row).data(_ENTRY_ROLE) for row in range(self.count())]
        return [entry for entry in found if isinstance(entry, Entry)]

    def texts(self) -> list[str]:
        """The lines as shown, the empty text included."""
        return [self.item(row).text() for row in range(self.count())]

    def open_row(self, row: int) -> None:
        """Open the entry in ``row`` as a double-click would."""
        entry = self.item(row).data(_ENTRY_ROLE) if 0 <= row < self.count() else None
        if isinstance(entry, Entry):
            self.open_requested.emit(entry.partner_id, entry.ref)

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        self.open_row(index.row())
