"""The partner briefing for a meeting: read it on screen, print it, or save it as PDF."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from portfolio_app.interchange.report_html import ReportDocument, style_sheet
from portfolio_app.interchange.report_pdf import paint_report
from portfolio_app.ui import confirm
from portfolio_app.ui.pdf_files import ask_pdf_path, save_pdf


class BriefingDialog(QDialog):
    """Shows one briefing as rich text (user text escaped), with Print… and Save as PDF…."""

    def __init__(
        self, document: ReportDocument, file_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("briefingDialog")
        self.setWindowTitle(document.title)
        self.setAccessibleName(self.tr("Partner briefing"))
        self._document = document
        self._file_name = file_name
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("briefingText")
        self.browser.setAccessibleName(self.tr("Briefing"))
        self.browser.setOpenLinks(False)
        self.browser.setReadOnly(True)
        self.browser.document().setDefaultStyleSheet(style_sheet(self.browser.logicalDpiY()))
        self.browser.setHtml(document.html)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("briefingStatus")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("briefingButtons")
        self.print_button = self._button(buttons, self.tr("&Print…"), "briefingPrint")
        self.print_button.setAccessibleName(self.tr("Print the briefing"))
        self.print_button.clicked.connect(self.print_briefing)
        self.save_button = self._button(buttons, self.tr("&Save as PDF…"), "briefingSavePdf")
        self.save_button.setAccessibleName(self.tr("Save the briefing as a PDF file"))
        self.save_button.clicked.connect(self.save_as_pdf)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("briefingClose")
        close.setAccessibleName(self.tr("Close the briefing"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(buttons)
        self.resize(760, 820)

    @classmethod
    def show_briefing(cls, parent: QWidget, document: ReportDocument, file_name: str) -> None:
        """Show the briefing until the user closes it."""
        dialog = cls(document, file_name, parent)
        dialog.exec()
        dialog.deleteLater()

    @staticmethod
    def ask_printer(parent: QWidget) -> QPrinter | None:
        """Let the user choose a printer (tests replace this); ``None`` if cancelled."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return printer

    def text(self) -> str:
        """The briefing as shown, in plain text."""
        return self.browser.toPlainText()

    @Slot()
    def print_briefing(self) -> None:
        """Print the briefing, with page numbers, on the printer the user chooses."""
        printer = self.ask_printer(self)
        if printer is None:
            return
        try:
            pages = paint_report(self._document, printer)
        except OSError:
            confirm.show_message(
                self, self.tr("Print Briefing"), self.tr("The briefing could not be printed.")
            )
            return
        self.status_label.setText(
            self.tr("Sent %1 pages to the printer.").replace("%1", str(pages))
        )

    @Slot()
    def save_as_pdf(self) -> None:
        """Ask where to save the briefing as PDF and write it."""
        title = self.tr("Save Briefing as PDF")
        target = ask_pdf_path(self, title, self._file_name)
        if target is None:
            return
        pages = save_pdf(self, title, self._document, target)
        if pages is not None:
            self.status_label.setText(self.tr("Saved as %1.").replace("%1", str(target)))

    def _button(self, box: QDialogButtonBox, text: str, name: str) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        return button
