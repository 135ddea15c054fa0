"""A table of one kind of partner record with Add / Edit / Delete and a read-only preview."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from portfolio_app.ui.models.record_table_model import (
    FETCH_BATCH,
    Column,
    RecordTableModel,
    SourceSortProxy,
)
from portfolio_app.ui.models.roles import ID_ROLE, RECORD_ROLE
from portfolio_app.ui.widgets.record_table import RecordTable

USER_SIZED = "userSized"
"""A header property: the user chose the column widths; they are no longer fitted."""


class RecordListPanel(QWidget):
    """Lists records; emits intents for the page (controller) to carry out.

    ``name`` is a camelCase stem for object names (``contact`` → ``contactTable``,
    ``contactAdd``, ``contactEdit``, ``contactDelete``).
    """

    add_requested = Signal()
    """The user wants a new record."""
    edit_requested = Signal(int)
    """The user wants to edit the record with this id."""
    delete_requested = Signal(int)
    """The user wants to delete the record with this id."""

    def __init__(
        self,
        name: str,
        columns: Sequence[Column],
        texts: dict[str, str],
        preview: Callable[[Any], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Panel")
        self._preview_text = preview
        # A partner with a thousand notes shows the first rows at once, the rest on scrolling.
        self._model = RecordTableModel(columns, self, batch=FETCH_BATCH)
        self._proxy = SourceSortProxy(self)
        self._proxy.setSourceModel(self._model)

        self._table = RecordTable(f"{name}Table", texts["list"], self._model, self._proxy, self)
        self._table.horizontalHeader().setStretchLastSection(True)
        # Columns fit their contents until the user (or a restored layout) sizes one: the
        # header's USER_SIZED property (see ``ui.window_state``).
        self._fitting = False
        self._table.horizontalHeader().sectionResized.connect(self._on_section_resized)

        self._add = self._button(f"{name}Add", texts["add"])
        self._add.setAccessibleDescription(self.tr("Opens a dialog to add a new entry"))
        self._edit = self._button(f"{name}Edit", texts["edit"])
        self._edit.setAccessibleDescription(self.tr("Opens the selected entry for editing"))
        self._delete = self._button(f"{name}Delete", texts["delete"])
        self._delete.setAccessibleDescription(
            self.tr("Deletes the selected entry after asking; it can be restored from the trash")
        )

        self._empty = QLabel(texts["empty"], self)
        self._empty.setObjectName(f"{name}Empty")
        self._empty.setTextFormat(Qt.TextFormat.PlainText)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)
        self._empty.setEnabled(False)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self._empty)
        self._stack.addWidget(self._table)

        self._preview = QPlainTextEdit(self)
        self._preview.setObjectName(f"{name}Preview")
        self._preview.setAccessibleName(texts["preview"])
        self._preview.setAccessibleDescription(self.tr("All details of the selected entry"))
        self._preview.setReadOnly(True)
        self._preview.setPlaceholderText(texts["preview_hint"])
        self._preview.setVisible(preview is not None)

        self._extra: list[tuple[QPushButton, Callable[[Any], bool] | None]] = []
        buttons = QHBoxLayout()
        buttons.addWidget(self._add)
        buttons.addWidget(self._edit)
        buttons.addWidget(self._delete)
        buttons.addStretch(1)
        self._buttons = buttons
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self._stack)
        splitter.addWidget(self._preview)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)

        self._add.clicked.connect(self.add_requested)
        self._edit.clicked.connect(self._on_edit_clicked)
        self._delete.clicked.connect(self._on_delete_clicked)
        delete_key = QAction(self._table)  # Del in the table: like the Delete button
        delete_key.setObjectName(f"{name}DeleteKey")
        delete_key.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.triggered.connect(self._on_delete_clicked)
        self._table.addAction(delete_key)
        self._table.activated.connect(self._on_table_activated)
        self._table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self._update_state()

    # ---- Public API

    @property
    def table(self) -> QTableView:
        """The table view."""
        return self._table

    @property
    def add_button(self) -> QPushButton:
        """The Add button."""
        return self._add

    @property
    def edit_button(self) -> QPushButton:
        """The Edit button."""
        return self._edit

    @property
    def delete_button(self) -> QPushButton:
        """The Delete button."""
        return self._delete

    @property
    def preview(self) -> QPlainTextEdit:
        """The read-only preview of the selected record."""
        return self._preview

    def add_selection_button(
        self, name: str, text: str, applies_to: Callable[[Any], bool] | None = None
    ) -> QPushButton:
        """Add a button after Delete that is enabled while a record is selected.

        With ``applies_to``, only while the selected record passes it. The caller connects
        its ``clicked`` and reads :meth:`selected_id`.
        """
        button = self._button(name, text)
        button.setAccessibleDescription(
            self.tr("Acts on the selected entry: %1").replace("%1", text.replace("&", ""))
        )
        self._buttons.insertWidget(self._buttons.count() - 1, button)
        self._extra.append((button, applies_to))
        self._update_state()
        return button

    def set_records(self, records: Sequence[Any]) -> None:
        """Replace the rows, keeping the selection where possible."""
        selected = self.selected_id()
        self._model.set_records(records)
        if selected is None or not self.select(selected):
            self._table.selectRow(0)
        self._update_state()

    def records(self) -> list[Any]:
        """The records shown, in model order."""
        return self._model.records()

    def selected_id(self) -> int | None:
        """Id of the selected record, if any."""
        return self._table.selected_id()

    def select(self, record_id: int) -> bool:
        """Select the record with this id."""
        return self._table.select_id(record_id)

    def row_texts(self, column: int = 0) -> list[str]:
        """The texts of one column, in the order shown (of every record, fetched or not)."""
        self._model.fetch_all()
        return [str(self._proxy.index(r, column).data()) for r in range(self._proxy.rowCount())]

    def resize_columns(self) -> None:
        """Fit the columns to their contents (call after the first fill), unless sized by hand."""
        if self._table.horizontalHeader().property(USER_SIZED):
            return
        self._fitting = True
        try:
            self._table.resizeColumnsToContents()
        finally:
            self._fitting = False

    # ---- Slots

    @Slot(int, int, int)
    def _on_section_resized(self, logical: int, _old: int, _new: int) -> None:
        header = self._table.horizontalHeader()
        # The last column stretches with the table; only other columns tell a user's choice.
        if not self._fitting and header.visualIndex(logical) != header.count() - 1:
            header.setProperty(USER_SIZED, True)

    @Slot()
    def _on_edit_clicked(self) -> None:
        selected = self.selected_id()
        if selected is not None:
            self.edit_requested.emit(selected)

    @Slot()
    def _on_delete_clicked(self) -> None:
        selected = self.selected_id()
        if selected is not None:
            self.delete_requested.emit(selected)

    @Slot(QModelIndex)
    def _on_table_activated(self, index: QModelIndex) -> None:
        self.edit_requested.emit(int(index.data(ID_ROLE)))

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._update_state()

    def _update_state(self) -> None:
        has_rows = self._model.rowCount() > 0
        self._stack.setCurrentWidget(self._table if has_rows else self._empty)
        rows = self._table.selectionModel().selectedRows()
        self._edit.setEnabled(bool(rows))
        self._delete.setEnabled(bool(rows))
        record = rows[0].data(RECORD_ROLE) if rows else None
        for button, applies_to in self._extra:
            button.setEnabled(record is not None and (applies_to is None or applies_to(record)))
        if self._preview_text is not None:
            self._preview.setPlainText(self._preview_text(record) if record is not None else "")

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", ""))
        return button
