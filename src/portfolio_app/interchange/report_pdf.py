"""Lay a :class:`ReportDocument` out on A4 pages, with a header line and "Page N of M".

``QTextDocument.print_`` cannot number pages "of M", so the pages are drawn one by one:
the document is paginated to the height between header and footer, and each page is
painted with a clip rectangle onto the paged device (a ``QPdfWriter`` or a ``QPrinter``),
with ``newPage()`` between. Needs a ``QGuiApplication``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from portfolio_app.interchange.atomic_file import write_atomically
from portfolio_app.interchange.report_html import ReportDocument, style_sheet

FONT_FAMILIES = ["Arial", "Liberation Sans", "Helvetica", "DejaVu Sans"]
BODY_POINTS = 9.5
MARGIN_POINTS = 8.0
MARGIN_MM = 18.0
HEADER_MM = 10.0
FOOTER_MM = 10.0
PDF_DPI = 300
KEEP_WITH_NEXT = 0.15
"""A heading closer than this share of a page to its foot starts the next page."""
_GREY = QColor("#52606d")
_MM_PER_INCH = 25.4


def write_report_pdf(report: ReportDocument, path: Path) -> int:
    """Write ``report`` as an A4 PDF to ``path`` atomically; return the number of pages.

    Raises:
        OSError: The file could not be written; an existing ``path`` is unchanged.
    """
    data, pages = report_pdf_bytes(report)
    write_atomically(path, data)
    return pages


def report_pdf_bytes(report: ReportDocument) -> tuple[bytes, int]:
    """The PDF of ``report`` (A4 portrait, 18 mm margins) and its number of pages."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setCreator("Partner Portfolio")
    writer.setTitle(report.title)
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    pages = paint_report(report, writer)
    buffer.close()
    return bytes(data.data()), pages


def paint_report(report: ReportDocument, device: QPagedPaintDevice) -> int:
    """Paint every page of ``report`` onto ``device``; return the number of pages.

    Raises:
        OSError: The device refused to start painting or to begin a new page.
    """
    per_mm = device.logicalDpiY() / _MM_PER_INCH
    header, footer = round(HEADER_MM * per_mm), round(FOOTER_MM * per_mm)
    width, body = device.width(), device.height() - header - footer
    content = _layout(report, device, QSizeF(width, body))
    pages = content.pageCount()
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the report could not be laid out on the page")
    try:
        for index in range(pages):
            if index and not device.newPage():
                raise OSError("the report could not start a new page")
            _paint_margins(painter, report, index + 1, pages, QRectF(0, 0, width, body))
            painter.save()
            painter.translate(0, header - index * body)
            content.drawContents(painter, QRectF(0, index * body, width, body))
            painter.restore()
    finally:
        painter.end()
    return pages


def _layout(report: ReportDocument, device: QPagedPaintDevice, page: QSizeF) -> QTextDocument:
    content = QTextDocument()
    # Measure in the device's resolution before any content is set: laid out for the
    # screen first, the report would print at a fraction of its size.
    content.documentLayout().setPaintDevice(device)
    content.setDocumentMargin(0)
    content.setDefaultFont(_font(BODY_POINTS))
    content.setDefaultStyleSheet(style_sheet(device.logicalDpiY()))
    content.setPageSize(page)
    content.setHtml(report.html)
    _keep_headings_with_content(content, page.height())
    return content


def _keep_headings_with_content(content: QTextDocument, page_height: float) -> None:
    """Move a heading that would sit at the foot of a page to the next page."""
    layout = content.documentLayout()
    block = content.begin()
    while block.isValid():
        block_format = block.blockFormat()
        if block_format.headingLevel() > 1:
            top = layout.blockBoundingRect(block).top()
            if page_height - top % page_height < page_height * KEEP_WITH_NEXT:
                block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).setBlockFormat(block_format)
        block = block.next()


def _paint_margins(
    painter: QPainter, report: ReportDocument, page: int, pages: int, body: QRectF
) -> None:
    """The header line above and the footer ("date … Page N of M") below the body."""
    device = painter.device()
    per_mm = device.logicalDpiY() / _MM_PER_INCH
    header, footer = HEADER_MM * per_mm, FOOTER_MM * per_mm
    painter.save()
    painter.setFont(_font(MARGIN_POINTS))
    painter.setPen(QPen(_GREY, max(1.0, 0.2 * per_mm)))
    metrics = painter.fontMetrics()
    width = body.width()
    text_height = metrics.height()
    header_text = metrics.elidedText(report.header, Qt.TextElideMode.ElideRight, round(width))
    header_box = QRectF(0, header - 2.5 * per_mm - text_height, width, text_height)
    painter.drawText(header_box, int(Qt.AlignmentFlag.AlignLeft), header_text)
    rule = header - 1.5 * per_mm
    painter.drawLine(QPointF(0, rule), QPointF(width, rule))
    top = header + body.height() + 1.5 * per_mm
    painter.drawLine(QPointF(0, top), QPointF(width, top))
    footer_box = QRectF(0, top + 1.0 * per_mm, width, min(text_height, footer))
    painter.drawText(footer_box, int(Qt.AlignmentFlag.AlignLeft), report.footer)
    number = report.page_label.replace("%1", str(page)).replace("%2", str(pages))
    painter.drawText(footer_box, int(Qt.AlignmentFlag.AlignRight), number)
    painter.restore()


def _font(points: float) -> QFont:
    font = QFont(FONT_FAMILIES)
    font.setPointSizeF(points)
    return font
