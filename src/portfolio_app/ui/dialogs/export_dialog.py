"""File › Export…: one kind of record to a .csv or .xlsx file, written in the background."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QWidget,
)
from typing_extensions import override

from portfolio_app.domain.errors import PortfolioError
from portfolio_app.interchange.export_tables import ExportKind, write_export
from portfolio_app.services.catalog import Services
from portfolio_app.ui import confirm
from portfolio_app.ui.tasks import run_in_background

logger = logging.getLogger(__name__)

_SUFFIXES = (".csv", ".xlsx")


@dataclass(frozen=True, slots=True)
class ExportChoice:
    """What the user chose to export, where, with which headers (``"en"``/``"de"``)."""

    kind: ExportKind
    path: Path
    headers: str


class ExportDialog(QDialog):
    """Asks what to export and where; :meth:`run` then writes the file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setAccessibleName(self.tr("Export"))
        self.setWindowTitle(self.tr("Export"))
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("exportKind")
        self.kind_combo.setAccessibleName(self.tr("What to export"))
        self.kind_combo.setAccessibleDescription(self.tr("Which table is written to the file"))
        for kind, text in (
            (ExportKind.PARTNERS, self.tr("Partners")),
            (ExportKind.CONTACTS, self.tr("Contacts")),
            (ExportKind.AGREEMENTS, self.tr("Agreements")),
            (ExportKind.GOALS, self.tr("Goals")),
            (ExportKind.NOTES, self.tr("Notes")),
        ):
            self.kind_combo.addItem(text, kind)
        self.headers_combo = QComboBox(self)
        self.headers_combo.setObjectName("exportHeaders")
        self.headers_combo.setAccessibleName(self.tr("Language of the column headers"))
        self.headers_combo.setAccessibleDescription(
            self.tr("The language of the first row of the file")
        )
        self.headers_combo.addItem(self.tr("English"), "en")
        self.headers_combo.addItem(self.tr("German"), "de")
        german = QLocale().language() == QLocale.Language.German
        self.headers_combo.setCurrentIndex(1 if german else 0)
        self.file_edit = QLineEdit(self)
        self.file_edit.setObjectName("exportFile")
        self.file_edit.setAccessibleName(self.tr("File to write"))
        self.file_edit.setAccessibleDescription(
            self.tr("Where the file is saved; the ending chooses CSV or Excel")
        )
        self.file_edit.setPlaceholderText(self.tr("A .csv or .xlsx file"))
        self.browse_button = QPushButton(self.tr("&Choose…"), self)
        self.browse_button.setObjectName("exportBrowse")
        self.browse_button.setAccessibleName(self.tr("Choose the file"))
        self.browse_button.setAccessibleDescription(self.tr("Opens a file dialog"))
        self.error_label = QLabel(self)
        self.error_label.setObjectName("exportError")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.export_button = buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("exportStart")
        self.export_button.setAccessibleName(self.tr("Export"))
        self.export_button.setAccessibleDescription(self.tr("Writes the file"))
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("exportCancel")
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.setAccessibleDescription(self.tr("Closes the dialog without exporting"))
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        form = QFormLayout(self)
        form.addRow(self.tr("&Export:"), self.kind_combo)
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.file_edit)
        form.addRow(file_label, file_row)
        form.addRow(self.tr("Column &headers:"), self.headers_combo)
        form.addRow(self.error_label)
        form.addRow(buttons)
        QWidget.setTabOrder(self.browse_button, self.headers_combo)  # in reading order
        self.browse_button.clicked.connect(self._on_browse)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def choice(self) -> ExportChoice:
        """What is chosen now."""
        return ExportChoice(
            ExportKind(self.kind_combo.currentData()),
            Path(self.file_edit.text().strip()),
            str(self.headers_combo.currentData()),
        )

    @override
    def accept(self) -> None:
        path = self.file_edit.text().strip()
        if Path(path).suffix.lower() not in _SUFFIXES:
            self.error_label.setText(self.tr("Please choose a file ending in .csv or .xlsx."))
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None) -> ExportChoice | None:
        """Run the dialog; the choice, or ``None`` if cancelled."""
        dialog = cls(parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.choice()
            return None
        finally:
            dialog.deleteLater()

    @classmethod
    def run(cls, window: QMainWindow, services: Services, today: date) -> None:
        """Ask, then write the file off the GUI thread; report in the status bar."""
        choice = cls.ask(window)
        if choice is None:
            return

        def work() -> int:
            return write_export(
                choice.kind, services, choice.path, today=today, headers=choice.headers
            )

        def done(count: int) -> None:
            window.statusBar().showMessage(written_text(window, choice, count), 15000)

        def failed(error: Exception) -> None:
            if isinstance(error, PortfolioError):
                confirm.show_error(
                    window, QCoreApplication.translate("ExportDialog", "Could Not Export"), error
                )
                return
            logger.warning("export to %s failed", choice.path, exc_info=error)
            text = QCoreApplication.translate(
                "ExportDialog",
                "The file %1 could not be written (%2). Nothing was changed; "
                "please choose another folder or close the file in other programs.",
            )
            reason = error.strerror if isinstance(error, OSError) and error.strerror else ""
            confirm.show_message(
                window,
                QCoreApplication.translate("ExportDialog", "Could Not Export"),
                text.replace("%1", str(choice.path)).replace("%2", reason or type(error).__name__),
            )

        run_in_background(
            window, QCoreApplication.translate("ExportDialog", "Exporting…"), work, done, failed
        )

    @Slot()
    def _on_browse(self) -> None:
        path, selected = QFileDialog.getSaveFileName(
            self,
            self.tr("Export To"),
            self.file_edit.text(),
            self.tr("Excel workbook (*.xlsx);;CSV file (*.csv)"),
        )
        if not path:
            return
        if Path(path).suffix.lower() not in _SUFFIXES:
            path += ".csv" if "csv" in selected else ".xlsx"
        self.file_edit.setText(path)
        self.error_label.clear()


def written_text(widget: QWidget, choice: ExportChoice, count: int) -> str:
    """E.g. "3 partners written to /home/anna/partner.xlsx"."""
    texts = {
        ExportKind.PARTNERS: QCoreApplication.translate(
            "ExportDialog", "%n partners written to %1", "", count
        ),
        ExportKind.CONTACTS: QCoreApplication.translate(
            "ExportDialog", "%n contacts written to %1", "", count
        ),
        ExportKind.AGREEMENTS: QCoreApplication.translate(
            "ExportDialog", "%n agreements written to %1", "", count
        ),
        ExportKind.GOALS: QCoreApplication.translate(
            "ExportDialog", "%n goals written to %1", "", count
        ),
        ExportKind.NOTES: QCoreApplication.translate(
            "ExportDialog", "%n notes written to %1", "", count
        ),
    }
    return texts[choice.kind].replace("%n", str(count)).replace("%1", str(choice.path))
