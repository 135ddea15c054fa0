"""Quick open (Ctrl+K): type a few letters, see matching records grouped by kind, press Enter.

The search runs as the user types, a moment after the last key (so a fast typist causes
one query, not five); the full-text index answers in milliseconds, so the window never
waits. Up/Down move through the results while the cursor stays in the text field.
"""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from portfolio_app.domain.errors import PortfolioError
from portfolio_app.domain.ids import ItemKind, ItemRef
from portfolio_app.domain.search import MARK_END, MARK_START, SearchGroup, SearchHit
from portfolio_app.services.search import SearchService
from portfolio_app.ui.messages import error_text

DEBOUNCE_MS = 120
"""How long typing must pause before the search runs."""

_HIT_ROLE = Qt.ItemDataRole.UserRole + 1
_HTML_ROLE = Qt.ItemDataRole.UserRole + 2


def marked_html(text: str) -> str:
    """Escaped ``text`` with its match marks as bold."""
    escaped = html.escape(" ".join(text.split()))
    return escaped.replace(MARK_START, "<b>").replace(MARK_END, "</b>")


class QuickOpenDialog(QDialog):
    """Finds partners, contact persons, agreements, goals and notes by any word."""

    open_requested = Signal(object, object)
    """The user chose a result; payload: ``PartnerId`` and ``ItemRef``."""

    def __init__(self, search: SearchService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickOpenDialog")
        self.setWindowTitle(self.tr("Quick Open"))
        self.setAccessibleName(self.tr("Quick Open"))
        self.resize(640, 480)
        self._search = search
        self._hit_items: list[QTreeWidgetItem] = []
        self._input = QLineEdit(self)
        self._input.setObjectName("quickOpenInput")
        self._input.setAccessibleName(self.tr("Search everything"))
        self._input.setAccessibleDescription(
            self.tr("Type a few letters; Up and Down choose a result, Enter opens it")
        )
        self._input.setPlaceholderText(
            self.tr("Search partners, contacts, agreements, goals and notes…")
        )
        self._input.setClearButtonEnabled(True)
        self._input.installEventFilter(self)
        self._results = QTreeWidget(self)
        self._results.setObjectName("quickOpenResults")
        self._results.setAccessibleName(self.tr("Search results"))
        self._results.setAccessibleDescription(
            self.tr("Matching records grouped by kind; Enter opens the chosen one")
        )
        self._results.setHeaderHidden(True)
        self._results.setRootIsDecorated(False)
        self._results.setIndentation(12)
        self._results.setUniformRowHeights(False)
        self._results.setItemDelegate(_MarkedTextDelegate(self._results))
        self._status = QLabel(self)
        self._status.setObjectName("quickOpenStatus")
        self._status.setTextFormat(Qt.TextFormat.PlainText)
        self._status.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self._input)
        layout.addWidget(self._results, 1)
        layout.addWidget(self._status)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)
        self._input.textChanged.connect(self._on_text_changed)
        self._results.itemActivated.connect(self._on_item_activated)
        self._set_status(self.tr("Type to search. Enter opens, Esc closes."))

    # ---- Public API

    @property
    def input(self) -> QLineEdit:
        """The text field."""
        return self._input

    @property
    def results(self) -> QTreeWidget:
        """The result groups (top level) and their hits."""
        return self._results

    @property
    def status_text(self) -> str:
        """The line under the results."""
        return self._status.text()

    def group_titles(self) -> list[str]:
        """The group headings as shown."""
        root = self._results.invisibleRootItem()
        headings = (root.child(i) for i in range(root.childCount()))
        return [heading.text(0) for heading in headings if heading is not None]

    def hit_titles(self) -> list[str]:
        """Every hit's title without marks, in the order shown."""
        return [hit.plain_title for hit in self._hits()]

    def selected_hit(self) -> SearchHit | None:
        """The hit under the cursor."""
        item = self._results.currentItem()
        hit = item.data(0, _HIT_ROLE) if item is not None else None
        return hit if isinstance(hit, SearchHit) else None

    @Slot()
    def run_search(self) -> None:
        """Search for the text now (typing runs it after a short pause)."""
        self._timer.stop()
        text = self._input.text()
        try:
            groups = self._search.search(text)
        except PortfolioError as error:
            self._results.clear()
            self._hit_items = []
            self._set_status(error_text(error))
            return
        self._show(groups, text)

    # ---- Qt overrides

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._input and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self._move(key)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive():
                    self.run_search()
                self._open_current()
                return True
        return super().eventFilter(watched, event)

    # ---- helpers

    def _show(self, groups: tuple[SearchGroup, ...], text: str) -> None:
        self._results.clear()
        self._hit_items = []
        for group in groups:
            title = QCoreApplication.translate("QuickOpenDialog", str(_GROUP_TITLES[group.kind]))
            heading = QTreeWidgetItem([title])
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = heading.font(0)
            font.setBold(True)
            heading.setFont(0, font)
            self._results.addTopLevelItem(heading)
            for hit in group.hits:
                item = QTreeWidgetItem(heading, [self._plain_line(hit)])
                item.setData(0, _HIT_ROLE, hit)
                item.setData(0, _HTML_ROLE, self._html(hit))
                item.setToolTip(0, self._plain_line(hit))
                self._hit_items.append(item)
            heading.setExpanded(True)
        if self._hit_items:
            self._results.setCurrentItem(self._hit_items[0])
        count = sum(len(group.hits) for group in groups)
        if not text.strip():
            self._set_status(self.tr("Type to search. Enter opens, Esc closes."))
        elif count == 0:
            self._set_status(self.tr("Nothing found for “%1”.").replace("%1", text.strip()))
        elif count == 1:
            self._set_status(self.tr("1 result. Enter opens it."))
        else:
            self._set_status(
                self.tr("%1 results. ↑↓ choose, Enter opens.").replace("%1", str(count))
            )

    def _plain_line(self, hit: SearchHit) -> str:
        if hit.kind is ItemKind.PARTNER:
            return hit.plain_title
        return f"{hit.plain_title} — {hit.partner_name}"

    def _html(self, hit: SearchHit) -> str:
        title = marked_html(hit.title)
        if hit.kind is not ItemKind.PARTNER:
            title += f" <span style='color: gray'>— {html.escape(hit.partner_name)}</span>"
        snippet = " ".join(hit.snippet.split())
        if MARK_START in snippet:
            title += f"<br><small>{marked_html(snippet)}</small>"
        return title

    def _hits(self) -> list[SearchHit]:
        hits = [item.data(0, _HIT_ROLE) for item in self._hit_items]
        return [hit for hit in hits if isinstance(hit, SearchHit)]

    def _move(self, key: int) -> None:
        items = self._hit_items
        if not items:
            return
        current = self._results.currentItem()
        index = items.index(current) if current in items else -1
        steps = {int(Qt.Key.Key_Down): 1, int(Qt.Key.Key_Up): -1, int(Qt.Key.Key_PageDown): 5}
        step = steps.get(key, -5)
        index = min(max(index + step, 0), len(items) - 1)
        self._results.setCurrentItem(items[index])
        self._results.scrollToItem(items[index])

    def _open_current(self) -> None:
        hit = self.selected_hit()
        if hit is None:
            return
        self.accept()
        self.open_requested.emit(hit.partner_id, ItemRef(hit.kind, hit.record_id))

    def _set_status(self, text: str) -> None:
        self._status.setText(text)

    @Slot(str)
    def _on_text_changed(self, _text: str) -> None:
        self._timer.start()

    @Slot(QTreeWidgetItem, int)
    def _on_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        if isinstance(item.data(0, _HIT_ROLE), SearchHit):
            self._results.setCurrentItem(item)
            self._open_current()


_GROUP_TITLES = {
    ItemKind.PARTNER: QT_TRANSLATE_NOOP("QuickOpenDialog", "Partners"),
    ItemKind.CONTACT: QT_TRANSLATE_NOOP("QuickOpenDialog", "Contact persons"),
    ItemKind.AGREEMENT: QT_TRANSLATE_NOOP("QuickOpenDialog", "Agreements"),
    ItemKind.GOAL: QT_TRANSLATE_NOOP("QuickOpenDialog", "Goals"),
    ItemKind.NOTE: QT_TRANSLATE_NOOP("QuickOpenDialog", "Notes"),
    ItemKind.PROMISE: QT_TRANSLATE_NOOP("QuickOpenDialog", "Promises"),
}


class _MarkedTextDelegate(QStyledItemDelegate):
    """Draws a hit's title (matches in bold) and its snippet; headings as plain text."""

    @override
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        markup = index.data(_HTML_ROLE)
        if not isinstance(markup, str):
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        text_option = QStyleOptionViewItem(option)
        text_option.text = ""
        if style is not None:
            style.drawControl(
                QStyle.ControlElement.CE_ItemViewItem, text_option, painter, option.widget
            )
        document = self._document(markup, option)
        painter.save()
        painter.translate(option.rect.left() + 4, option.rect.top() + 2)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        document.documentLayout().draw(painter, context)
        painter.restore()

    @override
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        markup = index.data(_HTML_ROLE)
        if not isinstance(markup, str):
            return super().sizeHint(option, index)
        document = self._document(markup, option)
        return QSize(int(document.idealWidth()) + 8, int(document.size().height()) + 4)

    @staticmethod
    def _document(markup: str, option: QStyleOptionViewItem) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(0)
        document.setHtml(markup)
        return document
