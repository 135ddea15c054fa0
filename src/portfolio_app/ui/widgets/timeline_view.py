"""A partner's relationship timeline: months with event cards, newest first."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QModelIndex, QPointF, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from portfolio_app.domain.ids import ItemRef
from portfolio_app.domain.timeline import EventKind, TimelineEvent
from portfolio_app.ui.models.timeline_model import (
    IS_MONTH_ROLE,
    ITEM_REF_ROLE,
    KIND_ROLE,
    EventTone,
    TimelineModel,
)
from portfolio_app.ui.widgets.timeline_delegate import TONE_COLOURS, TimelineDelegate, mix


class TimelineView(QWidget):
    """Shows one partner's events grouped by month; reports which item to open.

    Clicking a month header folds or unfolds it; activating an event (double-click or
    Enter) emits ``open_requested``. With no events, a friendly hint replaces the list.
    """

    open_requested = Signal(object)
    """The user activated an event; payload: the ``ItemRef`` of the record it is about."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelinePanel")
        self._model = TimelineModel(self)
        self._tree = self._build_tree()
        self._empty_page, self._empty = self._build_empty_state()

        self._stack = QStackedWidget(self)
        self._stack.addWidget(self._tree)
        self._stack.addWidget(self._empty_page)
        self._stack.setCurrentWidget(self._empty_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)
        self.setFocusProxy(self._tree)

        self._tree.activated.connect(self._on_tree_activated)
        self._tree.clicked.connect(self._on_tree_clicked)

    # ---- Public API

    @property
    def tree(self) -> QTreeView:
        """The tree view that shows the months and events."""
        return self._tree

    @property
    def empty_state(self) -> QLabel:
        """The hint shown instead of the tree while there are no events."""
        return self._empty

    def set_events(self, events: Sequence[TimelineEvent], today: date) -> None:
        """Show ``events`` (any order); ``today`` decides which ones are still to come.

        The selected event stays selected if it is still there, so a refresh after an
        edit does not lose the user's place.
        """
        current = self._tree.currentIndex()
        kind, ref = current.data(KIND_ROLE), current.data(ITEM_REF_ROLE)
        self._model.set_events(events, today)
        self._tree.expandAll()
        self._stack.setCurrentWidget(self._tree if events else self._empty_page)
        found = QModelIndex()
        if kind is not None and isinstance(ref, ItemRef):
            found = self._model.find(EventKind(kind), ref)
        if found.isValid():
            self._tree.setCurrentIndex(found)
            self._tree.scrollTo(found)
        else:
            self._tree.scrollToTop()

    def visible_titles(self) -> list[str]:
        """Titles of the event rows as shown, top to bottom, skipping folded months."""
        titles = []
        for month_row in range(self._model.rowCount()):
            month = self._model.index(month_row, 0)
            if not self._tree.isExpanded(month):
                continue
            for row in range(self._model.rowCount(month)):
                titles.append(str(self._model.index(row, 0, month).data()))
        return titles

    # ---- Slots

    @Slot(QModelIndex)
    def _on_tree_activated(self, index: QModelIndex) -> None:
        ref = index.data(ITEM_REF_ROLE)
        if isinstance(ref, ItemRef):
            self.open_requested.emit(ref)

    @Slot(QModelIndex)
    def _on_tree_clicked(self, index: QModelIndex) -> None:
        if index.data(IS_MONTH_ROLE):
            self._tree.setExpanded(index, not self._tree.isExpanded(index))

    # ---- Building

    def _build_tree(self) -> QTreeView:
        tree = QTreeView(self)
        tree.setObjectName("timelineView")
        tree.setAccessibleName(self.tr("Relationship timeline"))
        tree.setAccessibleDescription(
            self.tr("Everything that happened with this partner, by month, newest first")
        )
        tree.setModel(self._model)
        tree.setItemDelegate(TimelineDelegate(tree))
        tree.setHeaderHidden(True)
        tree.setRootIsDecorated(False)
        tree.setIndentation(0)
        tree.setExpandsOnDoubleClick(False)
        tree.setUniformRowHeights(False)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        tree.setFrameShape(QFrame.Shape.NoFrame)
        tree.setMouseTracking(True)
        return tree

    def _build_empty_state(self) -> tuple[QWidget, QLabel]:
        page = QWidget(self)
        page.setObjectName("timelineEmptyPage")
        page.setBackgroundRole(QPalette.ColorRole.Base)
        page.setAutoFillBackground(True)
        label = QLabel(
            self.tr(
                "Nothing has happened with this partner yet. Add an agreement, a goal or a "
                "note and it appears here."
            ),
            page,
        )
        label.setObjectName("timelineEmptyState")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        label.setMaximumWidth(label.fontMetrics().averageCharWidth() * 44)
        label.setAccessibleName(self.tr("Relationship timeline"))
        label.setAccessibleDescription(label.text())
        label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(label, 8)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        margin = label.fontMetrics().height() * 2
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.addStretch(2)
        layout.addWidget(_EmptyIllustration(page), 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(label.fontMetrics().height())
        layout.addLayout(row)
        layout.addStretch(3)
        return page, label


class _EmptyIllustration(QWidget):
    """A faint sketch of a timeline: three markers on a rail, each with a blank card."""

    _TONES = (EventTone.AGREEMENT, EventTone.NOTE_GOOD, EventTone.GOAL)

    @override
    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(line * 9, line * 5)

    @override
    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        base = self.palette().color(QPalette.ColorRole.Base)
        text = self.palette().color(QPalette.ColorRole.Text)
        line = self.fontMetrics().height()
        rail_x, step = line * 0.8, self.height() / len(self._TONES)
        painter.setPen(QPen(mix(base, text, 0.15), max(2.0, line / 8)))
        painter.drawLine(QPointF(rail_x, step / 2), QPointF(rail_x, self.height() - step / 2))
        for row, tone in enumerate(self._TONES):
            centre = QPointF(rail_x, step * (row + 0.5))
            painter.setPen(QPen(mix(base, TONE_COLOURS[tone], 0.55), max(1.5, line / 9)))
            painter.setBrush(base)
            painter.drawEllipse(centre, line * 0.4, line * 0.4)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(mix(base, text, 0.07))
            width = self.width() - rail_x - line * (1.4 + 0.8 * row)
            card = QRectF(rail_x + line * 1.1, centre.y() - line * 0.5, width, line)
            painter.drawRoundedRect(card, line * 0.3, line * 0.3)
        painter.end()
