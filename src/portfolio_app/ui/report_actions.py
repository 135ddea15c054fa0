"""PDF reports and the partner briefing: File › Export Portfolio Report, Partner › Dossier.

The reports are built by :class:`~portfolio_app.services.reports.ReportService`, written as
HTML by :mod:`portfolio_app.interchange.report_content` with the user's locale (see
:mod:`portfolio_app.ui.report_wording`) and laid out by
:mod:`portfolio_app.interchange.report_pdf`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from portfolio_app.domain.errors import PortfolioError
from portfolio_app.domain.ids import PartnerId
from portfolio_app.services.catalog import Services
from portfolio_app.services.reports import DossierReport
from portfolio_app.ui import confirm
from portfolio_app.ui.labels import label
from portfolio_app.ui.pdf_files import ask_pdf_path, safe_file_name
from portfolio_app.ui.report_wording import report_format

if TYPE_CHECKING:
    from portfolio_app.interchange.report_html import PromiseLine, ReportDocument

# The report builders, the PDF writer and the briefing dialog are imported when a report
# is asked for: the first window does not need them.

STATUS_MILLISECONDS = 12000


class ReportActions(QObject):
    """Owns the report and briefing actions of one main window."""

    def __init__(
        self,
        window: QMainWindow,
        services: Services,
        partner_id: Callable[[], PartnerId | None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._partner_id = partner_id
        self.report_action = self._action(
            self.tr("Export Portfolio &Report (PDF)…"), "actionExportReport", self.export_report
        )
        self.report_action.setToolTip(
            self.tr("Costs by category, deadlines of the next 90 days and partners by health")
        )
        self.dossier_action = self._action(
            self.tr("Export &Dossier (PDF)…"), "actionExportDossier", self.export_dossier
        )
        self.dossier_action.setToolTip(
            self.tr("Everything about the selected partner, ready to print or send")
        )
        self.briefing_action = self._action(
            self.tr("&Briefing…"), "actionBriefing", self.show_briefing
        )
        self.briefing_action.setShortcut(QKeySequence("Ctrl+B"))
        self.briefing_action.setToolTip(
            self.tr("Prepare a meeting: contacts, last notes, open points, deadlines, goals")
        )
        self.set_partner_available(False)

    def partner_actions(self) -> list[QAction]:
        """The actions about the selected partner, for its menu."""
        return [self.briefing_action, self.dossier_action]

    def set_partner_available(self, available: bool) -> None:
        """Enable the partner actions while a partner is selected."""
        self.dossier_action.setEnabled(available)
        self.briefing_action.setEnabled(available)

    @Slot()
    def export_report(self) -> None:
        """Ask where to save the portfolio report, write it, and confirm in the status bar."""
        title = self.tr("Export Portfolio Report")
        target = ask_pdf_path(self._window, title, self.tr("portfolio-report.pdf"))
        if target is None:
            return
        try:
            from portfolio_app.interchange.report_content import portfolio_document

            document = portfolio_document(self._services.reports.portfolio(), report_format())
        except PortfolioError as error:
            confirm.show_error(self._window, title, error)
            return
        self._save(title, document, target, self.tr("Portfolio report saved as %1 (%2)."))

    @Slot()
    def export_dossier(self) -> None:
        """Ask where to save the selected partner's dossier, write it, and confirm."""
        partner_id = self._partner_id()
        if partner_id is None:
            return
        title = self.tr("Export Dossier")
        try:
            report = self._services.reports.dossier(partner_id)
        except PortfolioError as error:
            confirm.show_error(self._window, title, error)
            return
        name = self.tr("Dossier %1.pdf").replace("%1", safe_file_name(report.partner.name))
        target = ask_pdf_path(self._window, title, name)
        if target is None:
            return
        from portfolio_app.interchange.report_content import dossier_document

        document = dossier_document(report, report_format())
        self._save(title, document, target, self.tr("Dossier saved as %1 (%2)."))

    @Slot()
    def show_briefing(self) -> None:
        """Show the selected partner's briefing, to read, print or save as PDF."""
        partner_id = self._partner_id()
        if partner_id is None:
            return
        try:
            report = self._services.reports.dossier(partner_id)
        except PortfolioError as error:
            confirm.show_error(self._window, self.tr("Briefing"), error)
            return
        from portfolio_app.interchange.report_content import briefing_document
        from portfolio_app.ui.dialogs.briefing_dialog import BriefingDialog

        document = briefing_document(report, report_format(), promise_lines(report))
        name = self.tr("Briefing %1.pdf").replace("%1", safe_file_name(report.partner.name))
        BriefingDialog.show_briefing(self._window, document, name)

    def _save(self, title: str, document: ReportDocument, target: Path, done: str) -> None:
        from portfolio_app.ui.pdf_files import save_pdf

        pages = save_pdf(self._window, title, document, target)
        if pages is not None:
            count = (
                self.tr("1 page") if pages == 1 else self.tr("%1 pages").replace("%1", str(pages))
            )
            text = done.replace("%1", str(target)).replace("%2", count)
            self._window.statusBar().showMessage(text, STATUS_MILLISECONDS)

    def _action(self, text: str, name: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self._window)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action


def promise_lines(report: DossierReport) -> list[PromiseLine]:
    """The partner's open promises as the briefing lists them."""
    from portfolio_app.interchange.report_html import PromiseLine

    return [
        PromiseLine(
            promise.text + (f" ({promise.owner})" if promise.owner else ""),
            label(promise.direction),
            promise.due,
            promise.is_overdue(report.as_of),
        )
        for promise in report.open_promises
    ]
