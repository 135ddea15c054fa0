"""Saving a report as PDF: where (a file dialog) and how failures are told."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

if TYPE_CHECKING:
    from portfolio_app.interchange.report_html import ReportDocument


def _tr(text: str) -> str:
    return QCoreApplication.translate("PdfFiles", text)


def ask_pdf_path(parent: QWidget, title: str, file_name: str) -> Path | None:
    """Ask where to save a PDF (suggesting ``file_name`` in Documents); ``None`` if cancelled.

    A chosen name without the ``.pdf`` extension gets it.
    """
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path, _ = QFileDialog.getSaveFileName(
        parent,
        title,
        str(Path(folder) / file_name),
        _tr("PDF documents (*.pdf)"),
    )
    if not path:
        return None
    target = Path(path)
    return target if target.suffix.lower() == ".pdf" else target.with_name(target.name + ".pdf")


def save_pdf(parent: QWidget, title: str, document: ReportDocument, target: Path) -> int | None:
    """Write ``document`` to ``target``; the number of pages, or ``None`` after telling why not."""
    from portfolio_app.interchange.report_pdf import write_report_pdf  # when first needed

    try:
        return write_report_pdf(document, target)
    except OSError as error:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            title,
            _tr(
                "The PDF could not be saved as %1:\n%2\n\nNothing was changed. Choose another "
                "folder, or check that the disk is not full."
            )
            .replace("%1", str(target))
            .replace("%2", error.strerror or str(error)),
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
        return None


def safe_file_name(name: str) -> str:
    """``name`` without characters that file systems refuse ("Müller/Söhne" → "Müller-Söhne")."""
    cleaned = "".join("-" if char in '<>:"/\\|?*' or ord(char) < 32 else char for char in name)
    return cleaned.strip(" .") or "partner"
