"""File › Export Portfolio Report, Partner › Export Dossier and Partner › Briefing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from portfolio_app.domain.promise import Promise, PromiseDirection, PromiseState
from portfolio_app.runtime import Runtime
from portfolio_app.ui.dialogs.briefing_dialog import BriefingDialog
from portfolio_app.ui.main_window import MainWindow
from tests.pdf_text import one_line, page_texts
from tests.report_data import HOSTILE, MUELLER, ReportPartners, fill_report_portfolio
from tests.ui.modal import press_button, while_modal
from tests.ui.portfolio_support import start, stop


@pytest.fixture
def runtime(qtbot: QtBot, db_path: Path) -> Iterator[Runtime]:
    runtime = start(qtbot, db_path)
    yield runtime
    stop(runtime)


@pytest.fixture
def stored(runtime: Runtime) -> ReportPartners:
    partners = fill_report_portfolio(runtime.services)
    runtime.window.reload()
    return partners


def _action(window: MainWindow, name: str) -> QAction:
    action = window.findChild(QAction, name)
    assert action is not None, name
    return action


def _save_to(monkeypatch: pytest.MonkeyPatch, target: Path) -> list[str]:
    """Answer the file dialog with ``target``; returns the suggested names it was shown."""
    suggested: list[str] = []

    def choose(_parent: QWidget, _title: str, proposal: str, _filter: str) -> tuple[str, str]:
        suggested.append(Path(proposal).name)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    return suggested


def test_the_portfolio_report_is_saved_from_the_file_menu(
    runtime: Runtime, stored: ReportPartners, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    suggested = _save_to(monkeypatch, tmp_path / "bericht")
    window = runtime.window

    _action(window, "actionExportReport").trigger()

    written = tmp_path / "bericht.pdf"
    assert suggested == ["portfolio-report.pdf"]
    text = one_line(" ".join(page_texts(written)))
    assert "Portfolio Report" in text
    assert HOSTILE in text
    assert window.statusBar().currentMessage() == (f"Portfolio report saved as {written} (1 page).")


def test_the_dossier_of_the_selected_partner_is_saved(
    runtime: Runtime, stored: ReportPartners, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = runtime.window
    action = _action(window, "actionExportDossier")
    suggested = _save_to(monkeypatch, tmp_path / "dossier.pdf")
    window.select_partner(stored.mueller)
    assert action.isEnabled()

    action.trigger()

    assert suggested == [f"Dossier {MUELLER}.pdf"]
    text = one_line(" ".join(page_texts(tmp_path / "dossier.pdf")))
    assert MUELLER in text
    assert "Unterhaltsreinigung" in text  # the agreement (its title wraps in the cell)
    assert "Page 2 of 2" in text
    assert window.statusBar().currentMessage().startswith("Dossier saved as")


def test_an_unwritable_folder_is_reported_and_nothing_is_written(
    runtime: Runtime, stored: ReportPartners, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "no such folder" / "dossier.pdf"
    _save_to(monkeypatch, target)
    window = runtime.window
    window.select_partner(stored.mueller)
    texts: list[str] = []

    def read_and_close(modal: QWidget) -> None:
        assert isinstance(modal, QMessageBox)
        texts.append(modal.text())
        press_button("OK")(modal)

    while_modal(_action(window, "actionExportDossier").trigger, read_and_close)

    assert texts[0].startswith(f"The PDF could not be saved as {target}:")
    assert not target.parent.exists()


def test_the_briefing_shows_contacts_notes_and_deadlines_and_saves_a_pdf(
    runtime: Runtime, stored: ReportPartners, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = runtime.window
    for text, direction, due, state in (
        ("Reinigungsplan schicken", PromiseDirection.WE_OWE, date(2026, 11, 20), PromiseState.OPEN),
        ("Gutschrift November", PromiseDirection.THEY_OWE, date(2026, 12, 15), PromiseState.OPEN),
        ("Schlüssel zurückgeben", PromiseDirection.WE_OWE, None, PromiseState.KEPT),
    ):
        runtime.services.promises.add(
            Promise(None, stored.mueller, text, direction, "Jörg", due, state)
        )
    window.select_partner(stored.mueller)
    _save_to(monkeypatch, tmp_path / "briefing.pdf")
    shown: list[str] = []

    def read_and_save(modal: QWidget) -> None:
        assert isinstance(modal, BriefingDialog)
        assert modal.objectName() == "briefingDialog"
        shown.append(modal.text())
        modal.save_button.click()
        shown.append(modal.status_label.text())
        modal.reject()

    while_modal(_action(window, "actionBriefing").trigger, read_and_save)

    text = one_line(shown[0])
    for expected in (
        "Partner Briefing",
        MUELLER,
        "Jürgen Weiß",  # a contact
        "Quartalsgespräch",  # the last note
        "Angebot Sonderreinigung prüfen",  # its open follow-up
        "30/11/2026",  # the last notice day
        "Last notice day",
        "Reklamationen halbieren",  # a goal
        "€5,400.00",  # the annual cost
        "Reinigungsplan schicken (Jörg)",  # open promises, both ways
        "We owe them",
        "Gutschrift November (Jörg)",
        "They owe us",
    ):
        assert expected in text, expected
    assert "Schlüssel zurückgeben" not in text  # kept: no longer open
    assert shown[1] == f"Saved as {tmp_path / 'briefing.pdf'}."
    pdf = one_line(" ".join(page_texts(tmp_path / "briefing.pdf")))
    assert "Partner Briefing" in pdf
    assert "Angebot Sonderreinigung prüfen" in pdf


def test_the_briefing_prints_on_the_chosen_printer(
    runtime: Runtime, stored: ReportPartners, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = runtime.window
    window.select_partner(stored.mueller)
    printed = tmp_path / "printer.pdf"

    def pdf_printer(_parent: QWidget) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return printer

    monkeypatch.setattr(BriefingDialog, "ask_printer", staticmethod(pdf_printer))

    def print_and_close(modal: QWidget) -> None:
        assert isinstance(modal, BriefingDialog)
        modal.print_button.click()
        modal.reject()

    while_modal(_action(window, "actionBriefing").trigger, print_and_close)

    text = one_line(" ".join(page_texts(printed)))
    assert MUELLER in text
    assert "Page 1 of" in text


def test_without_a_selected_partner_the_partner_reports_are_disabled(
    runtime: Runtime, stored: ReportPartners
) -> None:
    window = runtime.window

    assert window.detail.partner_id() is None
    assert not _action(window, "actionExportDossier").isEnabled()
    assert not _action(window, "actionBriefing").isEnabled()
    assert _action(window, "actionBriefing").shortcut().toString() == "Ctrl+B"
