"""File › Import…: a wizard from the file to the imported records, with a dry run."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import (
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from typing_extensions import override

from portfolio_app.services.catalog import Services
from portfolio_app.services.imports import ImportReport
from portfolio_app.ui.dialogs.import_pages import (
    CheckPage,
    ImportState,
    MappingPage,
    SourcePage,
    failure_text,
    fill_problems,
    problem_table,
    report_summary,
)
from portfolio_app.ui.events import AppEvents
from portfolio_app.ui.tasks import run_in_background

PAGE_SOURCE, PAGE_MAPPING, PAGE_CHECK, PAGE_RUN = range(4)


class _Relay(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)


class ImportJob(QRunnable):
    """Runs the import on the thread pool; cancel makes the next progress call say stop."""

    def __init__(self, work: Callable[[Callable[[int, int], bool]], ImportReport]) -> None:
        super().__init__()
        self.relay = _Relay()
        self._work = work
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the import to stop (and write nothing) at its next progress report."""
        self._cancel.set()

    def progress(self, done: int, total: int) -> bool:
        """Report progress (from the worker thread); ``False`` once cancelled."""
        self.relay.progressed.emit(done, total)
        return not self._cancel.is_set()

    @override
    def run(self) -> None:
        try:
            report = self._work(self.progress)
        except Exception as error:  # delivered to the GUI thread, which reports it
            self.relay.failed.emit(error)
        else:
            self.relay.succeeded.emit(report)

    def start(self) -> None:
        """Begin on the global thread pool."""
        self.setAutoDelete(False)
        QThreadPool.globalInstance().start(self)


class RunPage(QWizardPage):
    """Page 4: the import itself, with progress and Cancel, then what it did."""

    def __init__(self, state: ImportState, services: Services, parent: QWidget) -> None:
        super().__init__(parent)
        self._state = state
        self._services = services
        self._job: ImportJob | None = None
        self._done = False
        self.report: ImportReport | None = None
        self.setObjectName("importRunPage")
        self.setTitle(self.tr("Importing"))
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("importProgress")
        self.progress_bar.setAccessibleName(self.tr("Import progress"))
        self.cancel_button = QPushButton(self.tr("&Cancel Import"), self)
        self.cancel_button.setObjectName("importCancel")
        self.cancel_button.setAccessibleName(self.tr("Cancel the import"))
        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.problems = problem_table(self, "importRunProblems")
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        self.cancel_button.clicked.connect(self.cancel)

    def running(self) -> bool:
        """Whether the import is still at work."""
        return self._job is not None and not self._done

    @override
    def isComplete(self) -> bool:
        return self._done

    @override
    def initializePage(self) -> None:
        state, services = self._state, self._services
        self.summary.setText(self.tr("Importing…"))
        self.progress_bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)

        def work(progress: Callable[[int, int], bool]) -> ImportReport:
            return services.imports.apply(
                state.parsed(), match=state.match, partner=state.partner, progress=progress
            )

        self._job = ImportJob(work)
        self._job.relay.progressed.connect(self._on_progress)
        self._job.relay.succeeded.connect(self._on_finished)
        self._job.relay.failed.connect(self._on_failed)
        self._job.start()

    @Slot()
    def cancel(self) -> None:
        """Stop the import; nothing is written."""
        if self.running() and self._job is not None:
            self._job.cancel()
            self.cancel_button.setEnabled(False)
            self.summary.setText(self.tr("Cancelling…"))

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    @Slot(object)
    def _on_finished(self, report: ImportReport) -> None:
        if report.cancelled:
            self._finish()
            self.summary.setText(self.tr("The import was cancelled. Nothing was changed."))
            return
        self.report = report
        self._finish()
        self.summary.setText(
            report_summary(
                self.tr(
                    "%1 created, %2 updated, %3 skipped; rows that could not be imported: %n.",
                    "",
                    report.failed,
                ),
                report,
            )
        )
        fill_problems(self.problems, report.errors)
        self.progress_bar.setValue(self.progress_bar.maximum())

    @Slot(object)
    def _on_failed(self, error: Exception) -> None:
        self._finish()
        self.summary.setText(failure_text(self, error))

    def _finish(self) -> None:
        self._done = True
        self.setTitle(self.tr("Import Finished"))
        self.cancel_button.setEnabled(False)
        self.progress_bar.setRange(0, 1)
        self.completeChanged.emit()
        wizard = self.wizard()
        if isinstance(wizard, ImportWizard):
            wizard.import_finished(self.report)


class ImportWizard(QWizard):
    """Guides through one import: file, columns, check, run."""

    def __init__(
        self,
        services: Services,
        events: AppEvents,
        parent: QWidget | None = None,
        *,
        on_imported: Callable[[ImportReport], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setAccessibleName(self.tr("Import"))
        self.setWindowTitle(self.tr("Import"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self._events = events
        self._on_imported = on_imported
        self.state = ImportState()
        partners = [partner.name for partner in services.partners.list_partners()]
        self.source_page = SourcePage(self.state, partners, self)
        self.mapping_page = MappingPage(self.state, self)
        self.check_page = CheckPage(self.state, services.imports.apply, self._background, self)
        self.run_page = RunPage(self.state, services, self)
        self.setPage(PAGE_SOURCE, self.source_page)
        self.setPage(PAGE_MAPPING, self.mapping_page)
        self.setPage(PAGE_CHECK, self.check_page)
        self.setPage(PAGE_RUN, self.run_page)
        for button in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.CommitButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        ):
            widget = self.button(button)
            widget.setObjectName(f"wizardButton{int(button.value)}")
            widget.setAccessibleName(widget.text().replace("&", ""))
        self.resize(760, 560)

    @classmethod
    def run(
        cls,
        parent: QWidget,
        services: Services,
        events: AppEvents,
        *,
        on_imported: Callable[[ImportReport], None] | None = None,
    ) -> None:
        """Run the wizard; ``on_imported`` hears of every import that wrote something."""
        wizard = cls(services, events, parent, on_imported=on_imported)
        wizard.exec()
        wizard.deleteLater()

    @override
    def nextId(self) -> int:
        if self.currentId() == PAGE_SOURCE and self.state.vcards is not None:
            return PAGE_CHECK
        return super().nextId()

    @override
    def reject(self) -> None:
        if self.run_page.running():
            self.run_page.cancel()
            return
        super().reject()

    def import_finished(self, report: ImportReport | None) -> None:
        """Broadcast what a finished import changed."""
        if report is None or report.undo is None:
            return
        if report.created or report.updated:
            self._events.changes_applied.emit(report.changes)
            if self._on_imported is not None:
                self._on_imported(report)

    def _background(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        run_in_background(self, self.tr("Checking the file…"), work, on_success, on_error)
