"""The termination letter: its text, the editable template it comes from, and the sender."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from portfolio_app.interchange.letters import DEFAULT_TEMPLATE, PLACEHOLDERS, render_letter_text
from portfolio_app.ui.dialogs.fields import TextArea


class LetterEditor(QTabWidget):
    """Letter, template and sender tabs; the letter follows the template until edited."""

    pdf_requested = Signal()
    """The user wants the letter as a PDF file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letterEditor")
        self.setAccessibleName(self.tr("Termination letter"))
        self._fields: dict[str, str] = {}
        self._filling = False
        self._edited = False

        self._letter = TextArea(self, "decisionLetter", lines=12)
        self._letter.setAccessibleName(self.tr("Letter text"))
        self._refill = QPushButton(self.tr("&Fill in again"), self)
        self._refill.setObjectName("decisionRefillLetter")
        self._refill.setAccessibleName(self.tr("Fill in the letter again from the template"))
        self._refill.setToolTip(
            self.tr("Replace the letter by the template filled in with this agreement's data")
        )
        self._pdf = QPushButton(self.tr("Save letter as &PDF…"), self)
        self._pdf.setObjectName("decisionSavePdf")
        self._pdf.setAccessibleName(self.tr("Save letter as PDF"))

        self._template = TextArea(self, "decisionTemplate", lines=12)
        self._template.setAccessibleName(self.tr("Letter template"))
        self._reset = QPushButton(self.tr("&Restore the built-in template"), self)
        self._reset.setObjectName("decisionResetTemplate")
        self._reset.setAccessibleName(self.tr("Restore the built-in template"))
        hint = QLabel(
            self.tr("Fields in braces are filled in: %1").replace(
                "%1", ", ".join(f"{{{name}}}" for name in PLACEHOLDERS)
            ),
            self,
        )
        hint.setObjectName("decisionTemplateHint")
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setWordWrap(True)

        self._sender = TextArea(self, "decisionSender", lines=5)
        self._sender.setAccessibleName(self.tr("Sender"))
        self._sender.setPlaceholderText(
            self.tr("Your company, its address and who signs, e.g.\nMusterfirma GmbH\n…")
        )

        self.addTab(self._page(self._letter, self._refill, self._pdf), self.tr("&Letter"))
        self.addTab(self._page(self._template, self._reset, hint), self.tr("&Template"))
        self.addTab(self._page(self._sender), self.tr("&Sender"))

        self._letter.textChanged.connect(self._on_letter_changed)
        self._template.textChanged.connect(self._on_source_changed)
        self._sender.textChanged.connect(self._on_source_changed)
        self._refill.clicked.connect(self.refill)
        self._reset.clicked.connect(self._on_reset_clicked)
        self._pdf.clicked.connect(self.pdf_requested)

    # ---- Public API

    @property
    def letter_edit(self) -> QPlainTextEdit:
        """The letter text."""
        return self._letter

    @property
    def template_edit(self) -> QPlainTextEdit:
        """The template text."""
        return self._template

    @property
    def sender_edit(self) -> QPlainTextEdit:
        """The sender block."""
        return self._sender

    @property
    def pdf_button(self) -> QPushButton:
        """Save letter as PDF…."""
        return self._pdf

    def start(self, template: str, sender: str, fields: Mapping[str, str]) -> None:
        """Begin with this template ("" for the built-in one), sender and letter fields."""
        self._fields = dict(fields)
        self._filling = True
        self._template.setPlainText(template or DEFAULT_TEMPLATE)
        self._sender.setPlainText(sender)
        self._filling = False
        self.refill()

    def letter_text(self) -> str:
        """The letter as it stands."""
        return self._letter.toPlainText()

    def template_text(self) -> str:
        """The template, or "" while it is the built-in one."""
        text = self._template.toPlainText()
        return "" if text == DEFAULT_TEMPLATE else text

    def sender_text(self) -> str:
        """The sender block."""
        return self._sender.toPlainText()

    @Slot()
    def refill(self) -> None:
        """Fill in the template again, dropping edits made to the letter."""
        fields = {**self._fields, "sender": self._sender.toPlainText().strip()}
        self._filling = True
        self._letter.setPlainText(render_letter_text(self._template.toPlainText(), fields))
        self._filling = False
        self._edited = False

    # ---- Slots and helpers

    @Slot()
    def _on_letter_changed(self) -> None:
        if not self._filling:
            self._edited = True

    @Slot()
    def _on_source_changed(self) -> None:
        if not self._filling and not self._edited:
            self.refill()

    @Slot()
    def _on_reset_clicked(self) -> None:
        self._template.setPlainText(DEFAULT_TEMPLATE)

    def _page(self, editor: QWidget, *extras: QWidget) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(editor, 1)
        if extras:
            row = QHBoxLayout()
            for extra in extras:
                row.addWidget(extra, 1 if isinstance(extra, QLabel) else 0)
            if not any(isinstance(extra, QLabel) for extra in extras):
                row.addStretch(1)
            layout.addLayout(row)
        return page
