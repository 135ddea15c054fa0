"""File › Export… on a real database: the file is written and can be read back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from portfolio_app.domain.partner import Partner
from portfolio_app.interchange.tabular import read_table
from portfolio_app.runtime import Runtime, open_runtime
from portfolio_app.ui.main_window import MainWindow
from tests.conftest import FIXED_NOW
from tests.ui.modal import Interaction, while_modal

W = TypeVar("W", bound=QWidget)

NAMES = ["Müller GmbH", "Weiß & Söhne KG"]


def _child(parent: QWidget, kind: type[W], name: str) -> W:
    found = parent.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name!r}"
    return found


@pytest.fixture
def runtime(qtbot: QtBot, db_path: Path) -> Iterator[Runtime]:
    runtime = open_runtime(db_path, create=True, clock=lambda: FIXED_NOW)
    for name in NAMES:
        runtime.services.partners.add_partner(Partner(id=None, name=name, category="Lieferant"))
    runtime.window.reload()
    qtbot.addWidget(runtime.window)
    runtime.window.show()
    qtbot.waitExposed(runtime.window)
    yield runtime
    runtime.database.close()
    runtime.guard.release()


@pytest.fixture
def window(runtime: Runtime) -> MainWindow:
    return runtime.window


def _save_as(monkeypatch: pytest.MonkeyPatch, path: Path, selected: str) -> None:
    monkeypatch.setattr(
        "portfolio_app.ui.dialogs.export_dialog.QFileDialog.getSaveFileName",
        lambda *_args, **_kwargs: (str(path), selected),
    )


def _export(headers: str) -> Interaction:
    def interaction(modal: QWidget) -> None:
        assert modal.objectName() == "exportDialog"
        assert _child(modal, QComboBox, "exportKind").currentText() == "Partners"
        languages = _child(modal, QComboBox, "exportHeaders")
        languages.setCurrentIndex(languages.findText(headers))
        _child(modal, QPushButton, "exportBrowse").click()
        _child(modal, QPushButton, "exportStart").click()

    return interaction


def test_partners_are_exported_to_xlsx_with_german_headers(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "Partner"
    _save_as(monkeypatch, target, "Excel workbook (*.xlsx)")

    while_modal(window.export_action.trigger, _export("German"))

    written = tmp_path / "Partner.xlsx"
    status = window.statusBar()
    qtbot.waitUntil(lambda: "written to" in status.currentMessage())
    assert status.currentMessage() == f"2 partners written to {written}"
    table = read_table(written)
    assert table.headers[0] == "Name"
    assert "Kategorie" in table.headers
    assert sorted(row[0] for row in table.rows) == NAMES


def test_partners_are_exported_to_csv_with_english_headers(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "partners.csv"
    _save_as(monkeypatch, target, "CSV file (*.csv)")

    while_modal(window.export_action.trigger, _export("English"))

    qtbot.waitUntil(lambda: "written to" in window.statusBar().currentMessage())
    text = target.read_bytes().decode("utf-8-sig")
    assert text.splitlines()[0].startswith("Name")
    assert "Category" in text.splitlines()[0]
    for name in NAMES:
        assert name in text


def test_a_file_without_csv_or_xlsx_is_refused_calmly(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    seen: list[str] = []

    def interaction(modal: QWidget) -> None:
        edit = modal.findChild(QWidget, "exportFile")
        assert edit is not None
        edit.setProperty("text", str(tmp_path / "partners.txt"))
        _child(modal, QPushButton, "exportStart").click()
        seen.append(_child(modal, QLabel, "exportError").text())
        _child(modal, QPushButton, "exportCancel").click()

    while_modal(window.export_action.trigger, interaction)

    assert seen == ["Please choose a file ending in .csv or .xlsx."]
    assert not (tmp_path / "partners.txt").exists()


def test_an_unwritable_target_is_reported_in_a_message(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "missing folder" / "partners.csv"
    _save_as(monkeypatch, target, "CSV file (*.csv)")
    messages: list[str] = []
    monkeypatch.setattr(
        "portfolio_app.ui.dialogs.export_dialog.confirm.show_message",
        lambda _parent, _title, text: messages.append(text),
    )

    while_modal(window.export_action.trigger, _export("English"))

    qtbot.waitUntil(lambda: bool(messages))
    assert str(target) in messages[0]
    assert "Nothing was changed" in messages[0]
