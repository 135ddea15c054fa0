"""File › Import… on a real database: a German CSV through every page of the wizard."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QTableWidget, QWidget, QWizard
from pytestqt.qtbot import QtBot

from portfolio_app.runtime import Runtime, open_runtime
from portfolio_app.services.imports import ImportReport
from portfolio_app.ui.dialogs.import_wizard import ImportWizard
from portfolio_app.ui.main_window import MainWindow
from tests.conftest import FIXED_NOW
from tests.ui.modal import while_modal

W = TypeVar("W", bound=QWidget)

GERMAN_CSV = (
    "Firma;Kategorie;Partner seit;Ort;Notizen\r\n"
    "Müller GmbH;Lieferant;01.02.2020;München;Größter Lieferant\r\n"
    "Bäckerei Schäfer;Kunde;31.13.2026;Köln;\r\n"
    "Weiß & Söhne KG;Dienstleister;15.03.2021;Düsseldorf;\r\n"
)
IMPORTED = ["Müller GmbH", "Weiß & Söhne KG"]


def _child(parent: QWidget, kind: type[W], name: str) -> W:
    found = parent.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name!r}"
    return found


@pytest.fixture
def runtime(qtbot: QtBot, db_path: Path) -> Iterator[Runtime]:
    runtime = open_runtime(db_path, create=True, clock=lambda: FIXED_NOW)
    qtbot.addWidget(runtime.window)
    runtime.window.show()
    qtbot.waitExposed(runtime.window)
    yield runtime
    runtime.database.close()
    runtime.guard.release()


@pytest.fixture
def window(runtime: Runtime) -> MainWindow:
    return runtime.window


@pytest.fixture
def german_csv(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "Partner.csv"
    path.write_bytes(GERMAN_CSV.encode("cp1252"))
    _choose_file(monkeypatch, path)
    return path


def _choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(
        "portfolio_app.ui.dialogs.import_pages.QFileDialog.getOpenFileName",
        lambda *_args, **_kwargs: (str(path), ""),
    )


def _next(wizard: ImportWizard) -> None:
    wizard.button(QWizard.WizardButton.NextButton).click()


def _choose_source(wizard: ImportWizard) -> None:
    assert wizard.objectName() == "importWizard"
    _child(wizard, QPushButton, "importBrowse").click()
    _next(wizard)


def _dry_run(qtbot: QtBot, wizard: ImportWizard) -> QTableWidget:
    summary = _child(wizard, QLabel, "importCheckSummary")
    _child(wizard, QPushButton, "importDryRun").click()
    qtbot.waitUntil(lambda: "skipped" in summary.text())
    return _child(wizard, QTableWidget, "importCheckProblems")


def _run_import(qtbot: QtBot, wizard: ImportWizard) -> str:
    wizard.button(QWizard.WizardButton.CommitButton).click()
    assert wizard.currentPage() is wizard.run_page
    qtbot.waitUntil(wizard.run_page.isComplete)
    return _child(wizard, QLabel, "importSummary").text()


def _import(
    qtbot: QtBot, window: MainWindow, on_mapping: Callable[[ImportWizard], None] = lambda _w: None
) -> list[str]:
    seen: list[str] = []

    def interaction(modal: QWidget) -> None:
        assert isinstance(modal, ImportWizard)
        _choose_source(modal)
        on_mapping(modal)
        _next(modal)
        seen.append(_run_import(qtbot, modal))
        modal.button(QWizard.WizardButton.FinishButton).click()

    while_modal(window.import_action.trigger, interaction)
    return seen


def test_german_csv_is_checked_then_imported(
    qtbot: QtBot, runtime: Runtime, window: MainWindow, german_csv: Path
) -> None:
    seen: dict[str, Any] = {}

    def interaction(modal: QWidget) -> None:
        assert isinstance(modal, ImportWizard)
        _choose_source(modal)
        firma = modal.mapping_page.combo_for("Firma")
        seen["firma"] = firma.currentData()
        _next(modal)
        problems = _dry_run(qtbot, modal)
        seen["problems"] = [
            [problems.model().index(row, column).data() for column in range(3)]
            for row in range(problems.rowCount())
        ]
        seen["check"] = _child(modal, QLabel, "importCheckSummary").text()
        seen["after_dry_run"] = [p.name for p in runtime.services.partners.list_partners()]
        seen["summary"] = _run_import(qtbot, modal)
        modal.button(QWizard.WizardButton.FinishButton).click()

    while_modal(window.import_action.trigger, interaction)

    assert seen["firma"] == "name"
    assert seen["problems"] == [
        ["3", "Partner seit", "This is not a date (use 31.12.2026 or 2026-12-31)."]
    ]
    assert seen["check"].startswith("2 would be created")
    assert seen["after_dry_run"] == []
    assert seen["summary"].startswith("2 created")
    qtbot.waitUntil(lambda: sorted(window.partner_list.visible_names()) == IMPORTED)
    stored = {p.name: p for p in runtime.services.partners.list_partners()}
    assert sorted(stored) == IMPORTED
    assert stored["Müller GmbH"].category == "Lieferant"
    assert stored["Müller GmbH"].description == "Größter Lieferant"
    assert window.undo_import_action.isEnabled()
    assert window.undo_import_action.text().replace("&", "") == "Undo Import of 2 rows"


def test_changed_mapping_changes_what_is_imported(
    qtbot: QtBot, runtime: Runtime, window: MainWindow, german_csv: Path
) -> None:
    def remap(wizard: ImportWizard) -> None:
        kategorie = wizard.mapping_page.combo_for("Kategorie")
        kategorie.setCurrentIndex(kategorie.findData(""))
        ort = wizard.mapping_page.combo_for("Ort")
        ort.setCurrentIndex(ort.findData("category"))

    _import(qtbot, window, remap)

    stored = {p.name: p for p in runtime.services.partners.list_partners()}
    assert stored["Müller GmbH"].category == "München"
    assert stored["Weiß & Söhne KG"].category == "Düsseldorf"


def test_cancel_during_the_run_writes_nothing(
    qtbot: QtBot,
    runtime: Runtime,
    window: MainWindow,
    german_csv: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reached, go_on = threading.Event(), threading.Event()
    original = runtime.services.imports.apply

    def held_apply(parsed: Any, **options: Any) -> ImportReport:
        progress = options["progress"]

        def hold(done: int, total: int) -> bool:
            reached.set()
            go_on.wait(10)
            return bool(progress(done, total))

        return original(parsed, **{**options, "progress": hold})

    monkeypatch.setattr(runtime.services.imports, "apply", held_apply)
    seen: list[str] = []

    def interaction(modal: QWidget) -> None:
        assert isinstance(modal, ImportWizard)
        _choose_source(modal)
        _next(modal)
        modal.button(QWizard.WizardButton.CommitButton).click()
        qtbot.waitUntil(reached.is_set)
        _child(modal, QPushButton, "importCancel").click()
        go_on.set()
        qtbot.waitUntil(modal.run_page.isComplete)
        seen.append(_child(modal, QLabel, "importSummary").text())
        modal.button(QWizard.WizardButton.FinishButton).click()

    while_modal(window.import_action.trigger, interaction)

    assert seen == ["The import was cancelled. Nothing was changed."]
    assert runtime.services.partners.list_partners() == []
    assert not window.undo_import_action.isEnabled()


def test_undo_import_removes_the_imported_partners(
    qtbot: QtBot, runtime: Runtime, window: MainWindow, german_csv: Path
) -> None:
    _import(qtbot, window)
    assert len(runtime.services.partners.list_partners()) == 2

    window.undo_import_action.trigger()

    assert runtime.services.partners.list_partners() == []
    qtbot.waitUntil(window.showing_empty_state)
    assert not window.undo_import_action.isEnabled()
    assert window.undo_import_action.text().replace("&", "") == "Undo Import"


def test_a_bad_file_is_explained_on_the_page(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "Partner.xlsx"
    broken.write_bytes(b"this is no workbook")
    _choose_file(monkeypatch, broken)
    seen: list[str] = []

    def interaction(modal: QWidget) -> None:
        assert isinstance(modal, ImportWizard)
        _choose_source(modal)
        assert modal.currentPage() is modal.source_page
        seen.append(_child(modal, QLabel, "importSourceError").text())
        modal.reject()

    while_modal(window.import_action.trigger, interaction)

    assert seen == ["The file cannot be read."]


def test_partner_combo_offers_existing_partners(
    qtbot: QtBot, window: MainWindow, german_csv: Path
) -> None:
    _import(qtbot, window)
    seen: list[list[str]] = []

    def interaction(modal: QWidget) -> None:
        combo = _child(modal, QComboBox, "importPartner")
        kind = _child(modal, QComboBox, "importKind")
        kind.setCurrentIndex(kind.findText("Contacts"))
        assert combo.isEnabled()
        seen.append([combo.itemText(index) for index in range(combo.count())])
        assert isinstance(modal, ImportWizard)
        modal.reject()

    while_modal(window.import_action.trigger, interaction)

    assert seen == [["", *IMPORTED]]
