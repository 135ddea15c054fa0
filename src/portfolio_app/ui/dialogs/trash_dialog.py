"""The trash: deleted partners and records, to restore or to remove for good."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QSortFilterProxyModel, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from portfolio_app.domain.errors import PortfolioError
from portfolio_app.domain.ids import ItemKind
from portfolio_app.domain.trash import TrashedItem
from portfolio_app.services.catalog import Services
from portfolio_app.ui import confirm
from portfolio_app.ui.events import AppEvents
from portfolio_app.ui.history_text import kind_name
from portfolio_app.ui.models.roles import RECORD_ROLE, SORT_KEY_ROLE
from portfolio_app.ui.models.trash_model import TrashColumn, TrashModel
from portfolio_app.ui.widgets.record_table import RecordTable

NAME_TAKEN = "trash.name_taken"
"""The error code of a partner that cannot come back because its name is taken."""

_PROBLEM_STYLE = (
    "QLabel#trashMessage { color: #8a1c1c; background-color: #fdecea;"
    " border: 1px solid #e3a29d; border-radius: 4px; padding: 6px; }"
)
_DONE_STYLE = (
    "QLabel#trashMessage { color: #14532d; background-color: #ecfdf3;"
    " border: 1px solid #9fd8b4; border-radius: 4px; padding: 6px; }"
)


class TrashDialog(QDialog):
    """Lists the trash; restores the selected item or empties the trash after asking.

    Every successful change is broadcast on ``events.changes_applied``.
    """

    def __init__(self, services: Services, events: AppEvents, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("trashDialog")
        self.setWindowTitle(self.tr("Trash"))
        self.setAccessibleName(self.tr("Trash"))
        self._services = services
        self._events = events

        intro = QLabel(
            self.tr(
                "Deleted partners, contacts, agreements, goals and notes stay here for 30 days. "
                "Restoring brings an item back with everything that belonged to it."
            ),
            self,
        )
        intro.setObjectName("trashIntro")
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)

        self._model = TrashModel(self)
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSourceModel(self._model)
        self._proxy.setSortRole(SORT_KEY_ROLE)
        self._table = self._build_table()
        self._empty = QLabel(
            self.tr("The trash is empty. Whatever you delete waits here for 30 days."), self
        )
        self._empty.setObjectName("trashEmptyState")
        self._empty.setTextFormat(Qt.TextFormat.PlainText)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)
        self._empty.setEnabled(False)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self._table)
        self._stack.addWidget(self._empty)

        self._detail = QLabel(self)
        self._detail.setObjectName("trashDetail")
        self._detail.setTextFormat(Qt.TextFormat.PlainText)
        self._detail.setWordWrap(True)
        self._message = QLabel(self)
        self._message.setObjectName("trashMessage")
        self._message.setTextFormat(Qt.TextFormat.PlainText)
        self._message.setWordWrap(True)
        self._message.setAccessibleName(self.tr("Result"))
        self._message.hide()

        self._restore = self._button("trashRestore", self.tr("&Restore"), self.tr("Restore"))
        self._restore.setDefault(True)
        self._empty_trash = self._button(
            "trashEmpty", self.tr("&Empty Trash…"), self.tr("Empty trash")
        )
        self._close = self._button("trashClose", self.tr("Close"), self.tr("Close"))
        self._restore.setAccessibleDescription(
            self.tr("Puts the selected items back where they were")
        )
        self._empty_trash.setAccessibleDescription(
            self.tr("Deletes everything in the trash for good, after asking")
        )
        self._close.setAccessibleDescription(self.tr("Closes the trash"))

        buttons = QHBoxLayout()
        buttons.addWidget(self._restore)
        buttons.addWidget(self._empty_trash)
        buttons.addStretch(1)
        buttons.addWidget(self._close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self._stack, 1)
        layout.addWidget(self._detail)
        layout.addWidget(self._message)
        layout.addLayout(buttons)

        self._restore.clicked.connect(self.restore_selected)
        self._empty_trash.clicked.connect(self.empty_trash)
        self._close.clicked.connect(self.accept)
        self._table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.reload()
        char = self.fontMetrics().averageCharWidth()
        self.resize(char * 150, char * 72)

    @classmethod
    def run(cls, parent: QWidget | None, services: Services, events: AppEvents) -> None:
        """Show the trash modally until the user closes it."""
        dialog = cls(services, events, parent)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    # ---- Public API

    @property
    def table(self) -> QTableView:
        """The table of trashed items."""
        return self._table

    @property
    def restore_button(self) -> QPushButton:
        """Restores the selected item."""
        return self._restore

    @property
    def empty_button(self) -> QPushButton:
        """Empties the trash after confirmation."""
        return self._empty_trash

    @property
    def message(self) -> QLabel:
        """The outcome of the last restore, when there is one to tell."""
        return self._message

    def titles(self) -> list[str]:
        """The items' titles as listed, top to bottom."""
        return [
            str(self._proxy.index(row, TrashColumn.TITLE).data())
            for row in range(self._proxy.rowCount())
        ]

    def select(self, title: str) -> bool:
        """Select the first row with this title; ``False`` if there is none."""
        for row in range(self._proxy.rowCount()):
            if self._proxy.index(row, TrashColumn.TITLE).data() == title:
                self._table.selectRow(row)
                return True
        return False

    def reload(self) -> None:
        """Read the trash again."""
        try:
            items = self._services.trash.list_items()
        except PortfolioError as error:
            confirm.show_error(self, self.tr("Could Not Read the Trash"), error)
            items = []
        self._model.set_items(items)
        self._stack.setCurrentWidget(self._table if items else self._empty)
        self._empty_trash.setEnabled(bool(items))
        self._update_selection()

    @Slot()
    def restore_selected(self) -> None:
        """Restore the selected item; explain in the dialog if that is not possible."""
        item = self._selected()
        if item is None:
            return
        try:
            changes = self._services.trash.restore(item.ref)
        except PortfolioError as error:
            if error.code == NAME_TAKEN:
                self._tell(self._name_taken_text(item), problem=True)
            else:
                confirm.show_error(self, self.tr("Could Not Restore"), error)
                self.reload()
            return
        self._events.changes_applied.emit(changes)
        self.reload()
        self._tell(self.tr("“%1” is back.").replace("%1", item.title), problem=False)

    @Slot()
    def empty_trash(self) -> None:
        """Remove everything in the trash for good, after asking."""
        count = self._model.rowCount()
        if count == 0:
            return
        question = (
            self.tr("Remove the item in the trash for good? This cannot be undone.")
            if count == 1
            else self.tr("Remove all %1 items in the trash for good? This cannot be undone.")
        ).replace("%1", str(count))
        if not confirm.ask_confirmation(
            self, self.tr("Empty Trash"), question, self.tr("Empty Trash")
        ):
            return
        try:
            changes = self._services.trash.empty()
        except PortfolioError as error:
            confirm.show_error(self, self.tr("Could Not Empty the Trash"), error)
            return
        self._message.hide()
        self._events.changes_applied.emit(changes)
        self.reload()

    # ---- Slots and helpers

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._message.hide()  # it told about the previous item
        self._update_selection()

    def _update_selection(self) -> None:
        item = self._selected()
        self._restore.setEnabled(item is not None)
        self._detail.setText(self._describe(item) if item is not None else "")
        self._detail.setVisible(item is not None)

    def _selected(self) -> TrashedItem | None:
        rows = self._table.selectionModel().selectedRows()
        if not rows:
            return None
        item = rows[0].data(RECORD_ROLE)
        return item if isinstance(item, TrashedItem) else None

    def _describe(self, item: TrashedItem) -> str:
        if item.kind is ItemKind.PARTNER:
            if not item.contents:
                return self.tr("Restoring “%1” brings back the partner alone.").replace(
                    "%1", item.title
                )
            parts = [self._count_text(kind, number) for kind, number in item.contents]
            return (
                self.tr("Restoring “%1” also brings back %2.")
                .replace("%2", ", ".join(parts))
                .replace("%1", item.title)
            )
        if item.partner_in_trash:
            return (
                self.tr(
                    "“%1” belongs to “%2”, which is in the trash too. "
                    "Restoring it restores “%2” as well."
                )
                .replace("%2", item.partner_name)
                .replace("%1", item.title)
            )
        return (
            self.tr("Restoring puts “%1” back at “%2”.")
            .replace("%2", item.partner_name)
            .replace("%1", item.title)
        )

    def _count_text(self, kind: ItemKind, number: int) -> str:
        singular = {
            ItemKind.CONTACT: self.tr("1 contact"),
            ItemKind.AGREEMENT: self.tr("1 agreement"),
            ItemKind.GOAL: self.tr("1 goal"),
            ItemKind.NOTE: self.tr("1 note"),
            ItemKind.PROMISE: self.tr("1 promise"),
        }
        plural = {
            ItemKind.CONTACT: self.tr("%1 contacts"),
            ItemKind.AGREEMENT: self.tr("%1 agreements"),
            ItemKind.GOAL: self.tr("%1 goals"),
            ItemKind.NOTE: self.tr("%1 notes"),
            ItemKind.PROMISE: self.tr("%1 promises"),
        }
        if kind not in singular:
            return f"{number} × {kind_name(kind)}"
        return singular[kind] if number == 1 else plural[kind].replace("%1", str(number))

    def _name_taken_text(self, item: TrashedItem) -> str:
        return self.tr(
            "“%1” cannot be restored: another partner has that name now. Rename that partner "
            "first, then restore again."
        ).replace("%1", item.partner_name)

    def _tell(self, text: str, *, problem: bool) -> None:
        self._message.setStyleSheet(_PROBLEM_STYLE if problem else _DONE_STYLE)
        self._message.setText(text)
        self._message.show()

    def _button(self, name: str, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        button.setAutoDefault(False)
        return button

    def _build_table(self) -> QTableView:
        table = RecordTable("trashTable", self.tr("Deleted items"), self._model, self._proxy, self)
        table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within it
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(False)
        for column in TrashColumn:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TrashColumn.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TrashColumn.PARTNER, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(TrashColumn.PARTNER, table.fontMetrics().averageCharWidth() * 36)
        return table
