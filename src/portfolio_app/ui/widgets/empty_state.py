"""What a new user sees on an empty database: a welcome and two ways to start."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from portfolio_app.ui.widgets.partner_overview import header_font


class EmptyState(QWidget):
    """Welcome page with "New partner" and "Open demo portfolio"."""

    new_partner_requested = Signal()
    """The user wants to enter the first partner."""
    open_demo_requested = Signal()
    """The user wants to look around in the demo portfolio."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        title = QLabel(self.tr("Welcome to Partner Portfolio"), self)
        title.setFont(header_font(self.font()))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(
            self.tr(
                "Keep every partner in one place: contact persons, agreements with their "
                "notice periods, shared goals and what was said in meetings and calls.\n\n"
                "Start with your first partner, or look around in a demo portfolio of a "
                "mid-sized company first. The demo is kept in a separate file; your own data "
                "is never mixed with it."
            ),
            self,
        )
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setObjectName("emptyStateText")
        text.setFixedWidth(text.fontMetrics().averageCharWidth() * 70)
        self._new = QPushButton(self.tr("&New partner…"), self)
        self._new.setObjectName("emptyNewPartner")
        self._new.setAccessibleName(self.tr("New partner"))
        self._new.setAccessibleDescription(self.tr("Opens a dialog to add your first partner"))
        self._new.setDefault(True)
        self._demo = QPushButton(self.tr("Open &demo portfolio"), self)
        self._demo.setObjectName("emptyOpenDemo")
        self._demo.setAccessibleName(self.tr("Open demo portfolio"))
        self._demo.setAccessibleDescription(
            self.tr("Opens a separate portfolio with invented partners to try the app")
        )

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self._new)
        buttons.addWidget(self._demo)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(title)
        layout.addSpacing(title.fontMetrics().height())
        centred = QHBoxLayout()  # no alignment flag: it would break height-for-width
        centred.addStretch(1)
        centred.addWidget(text)
        centred.addStretch(1)
        layout.addLayout(centred)
        layout.addSpacing(title.fontMetrics().height())
        layout.addLayout(buttons)
        layout.addStretch(3)

        self._new.clicked.connect(self.new_partner_requested)
        self._demo.clicked.connect(self.open_demo_requested)

    @property
    def new_button(self) -> QPushButton:
        """The "New partner" button."""
        return self._new

    @property
    def demo_button(self) -> QPushButton:
        """The "Open demo portfolio" button."""
        return self._demo
