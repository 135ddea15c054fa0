"""The open misunderstandings of a partner, each to be opened or resolved."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from portfolio_app.domain.ids import ItemKind, ItemRef
from portfolio_app.domain.note import CommunicationNote
from portfolio_app.ui.formatting import format_date


def open_misunderstandings(notes: Sequence[CommunicationNote]) -> list[CommunicationNote]:
    """Notes flagged as a misunderstanding without a resolution, newest first.

    The same rule as the health score's: a non-blank resolution means resolved.
    """
    found = [note for note in notes if note.misunderstanding and not note.resolution.strip()]
    return sorted(found, key=lambda note: note.when, reverse=True)


class OpenMisunderstandings(QGroupBox):
    """Lists unresolved misunderstandings (subject, date); emits intents for the page."""

    open_requested = Signal(object)
    """The user activated an entry; payload: the note's :class:`ItemRef`."""
    resolve_requested = Signal(int)
    """The user wants to record how it was resolved; payload: the note's id."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Open misunderstandings"))
        self.setObjectName("openMisunderstandingsBox")
        self._list = QListWidget(self)
        self._list.setObjectName("openMisunderstandings")
        self._list.setAccessibleName(self.tr("Open misunderstandings"))
        self._list.setAccessibleDescription(
            self.tr("Notes marked as a misunderstanding that is not resolved yet")
        )
        self._list.setMaximumHeight(140)
        self._empty = QLabel(self.tr("No open misunderstandings."), self)
        self._empty.setObjectName("openMisunderstandingsEmpty")
        self._empty.setEnabled(False)
        self._resolve = QPushButton(self.tr("&Resolve…"), self)
        self._resolve.setObjectName("misunderstandingResolve")
        self._resolve.setAccessibleName(self.tr("Resolve misunderstanding"))
        self._resolve.setAccessibleDescription(
            self.tr("Records how the selected misunderstanding was resolved")
        )
        self._resolve.setToolTip(self.tr("Record how the selected misunderstanding was resolved"))
        self._open = QPushButton(self.tr("Open note"), self)
        self._open.setObjectName("misunderstandingOpen")
        self._open.setAccessibleName(self.tr("Open note"))
        self._open.setAccessibleDescription(self.tr("Opens the note of the selected entry"))

        buttons = QHBoxLayout()
        buttons.addWidget(self._resolve)
        buttons.addWidget(self._open)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self._empty)
        layout.addWidget(self._list)
        layout.addLayout(buttons)

        self._list.itemActivated.connect(self._on_activated)
        self._list.currentItemChanged.connect(self._on_current_changed)
        self._resolve.clicked.connect(self._on_resolve_clicked)
        self._open.clicked.connect(self._on_open_clicked)
        self._update_state()

    @property
    def entries(self) -> QListWidget:
        """The list of open misunderstandings."""
        return self._list

    @property
    def resolve_button(self) -> QPushButton:
        """The "Resolve…" button, for the selected entry."""
        return self._resolve

    def texts(self) -> list[str]:
        """The entries as shown."""
        return [self._list.item(row).text() for row in range(self._list.count())]

    def set_notes(self, notes: Sequence[CommunicationNote]) -> None:
        """Show the open misunderstandings among ``notes``, keeping the selection if possible."""
        current = self._selected_id()
        self._list.clear()
        for note in open_misunderstandings(notes):
            item = QListWidgetItem(f"{note.subject} — {format_date(note.when.astimezone().date())}")
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            item.setToolTip(self.tr("Double-click to open the note"))
            self._list.addItem(item)
            if note.id == current:
                self._list.setCurrentItem(item)
        if self._list.currentItem() is None and self._list.count():
            self._list.setCurrentRow(0)
        self._update_state()

    @Slot(QListWidgetItem)
    def _on_activated(self, item: QListWidgetItem) -> None:
        self.open_requested.emit(ItemRef(ItemKind.NOTE, int(item.data(Qt.ItemDataRole.UserRole))))

    @Slot()
    def _on_resolve_clicked(self) -> None:
        selected = self._selected_id()
        if selected is not None:
            self.resolve_requested.emit(selected)

    @Slot()
    def _on_open_clicked(self) -> None:
        selected = self._selected_id()
        if selected is not None:
            self.open_requested.emit(ItemRef(ItemKind.NOTE, selected))

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_current_changed(self, _current: QListWidgetItem, _previous: QListWidgetItem) -> None:
        self._update_state()

    def _update_state(self) -> None:
        has_items = self._list.count() > 0
        self._list.setVisible(has_items)
        self._empty.setVisible(not has_items)
        selected = self._selected_id() is not None
        self._resolve.setEnabled(selected)
        self._open.setEnabled(selected)

    def _selected_id(self) -> int | None:
        item = self._list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None
