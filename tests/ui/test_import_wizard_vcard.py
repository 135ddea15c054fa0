"""File › Import… of a vCard file: the contacts land at the chosen partner."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QWidget, QWizard
from pytestqt.qtbot import QtBot

from portfolio_app.domain.ids import PartnerId
from portfolio_app.domain.partner import Partner
from portfolio_app.runtime import Runtime, open_runtime
from portfolio_app.ui.dialogs.import_wizard import ImportWizard
from tests.conftest import FIXED_NOW
from tests.ui.modal import while_modal

PARTNER = "Müller Gebäudereinigung GmbH"
CARDS = (
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "N:Weiß;Jürgen;;;\r\n"
    "FN:Jürgen Weiß\r\n"
    "TITLE:Objektleiter\r\n"
    "EMAIL;TYPE=INTERNET,WORK:jw@mueller-reinigung.de\r\n"
    "TEL;TYPE=WORK,VOICE:+49 89 123456\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:4.0\r\n"
    "FN:Anna Öztürk\r\n"
    "EMAIL;TYPE=work:anna@mueller-reinigung.de\r\n"
    "END:VCARD\r\n"
)


@pytest.fixture
def runtime(qtbot: QtBot, db_path: Path) -> Iterator[Runtime]:
    runtime = open_runtime(db_path, create=True, clock=lambda: FIXED_NOW)
    qtbot.addWidget(runtime.window)
    runtime.window.show()
    qtbot.waitExposed(runtime.window)
    yield runtime
    runtime.window.close()
    runtime.database.close()
    runtime.guard.release()


@pytest.fixture
def partner_id(runtime: Runtime) -> PartnerId:
    changes = runtime.services.partners.add_partner(Partner(None, PARTNER))
    runtime.window.reload()
    assert changes.created is not None
    return PartnerId(changes.created.id)


@pytest.fixture
def vcard_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "Kontakte.vcf"
    path.write_bytes(CARDS.encode("utf-8"))
    monkeypatch.setattr(
        "portfolio_app.ui.dialogs.import_pages.QFileDialog.getOpenFileName",
        lambda *_args, **_kwargs: (str(path), ""),
    )
    return path


def _child(parent: QWidget, kind: type[QWidget], name: str) -> QWidget:
    found = parent.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name!r}"
    return found


def test_a_vcard_file_imports_its_contacts_into_the_chosen_partner(
    qtbot: QtBot, runtime: Runtime, partner_id: PartnerId, vcard_file: Path
) -> None:
    seen: list[str] = []

    def interaction(modal: QWidget) -> None:
        assert isinstance(modal, ImportWizard)
        kind = _child(modal, QComboBox, "importKind")
        assert isinstance(kind, QComboBox)
        kind.setCurrentIndex(kind.findText("Contacts"))
        partner = _child(modal, QComboBox, "importPartner")
        assert isinstance(partner, QComboBox)
        partner.setCurrentIndex(partner.findText(PARTNER))
        browse = _child(modal, QPushButton, "importBrowse")
        assert isinstance(browse, QPushButton)
        browse.click()
        modal.button(QWizard.WizardButton.NextButton).click()
        assert modal.currentPage() is not modal.source_page  # the file was accepted
        modal.button(QWizard.WizardButton.CommitButton).click()
        qtbot.waitUntil(modal.run_page.isComplete)
        summary = _child(modal, QLabel, "importSummary")
        assert isinstance(summary, QLabel)
        seen.append(summary.text())
        modal.button(QWizard.WizardButton.FinishButton).click()

    while_modal(runtime.window.import_action.trigger, interaction)

    assert seen[0].startswith("2 created")
    contacts = {c.name: c for c in runtime.services.partners.dossier(partner_id).contacts}
    assert sorted(contacts) == ["Anna Öztürk", "Jürgen Weiß"]
    assert contacts["Jürgen Weiß"].role == "Objektleiter"
    assert contacts["Jürgen Weiß"].email == "jw@mueller-reinigung.de"
    assert contacts["Jürgen Weiß"].phone == "+49 89 123456"
    assert contacts["Anna Öztürk"].email == "anna@mueller-reinigung.de"
    assert runtime.window.undo_import_action.isEnabled()
