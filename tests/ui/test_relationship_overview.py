"""The overview's relationship parts: open misunderstandings, contact cadence, health line."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from portfolio_app.domain.ids import ItemKind, PartnerId
from portfolio_app.domain.note import CommunicationNote
from portfolio_app.domain.partner import Partner
from portfolio_app.runtime import Runtime
from portfolio_app.ui.main_window import VIEW_PARTNERS, MainWindow
from portfolio_app.ui.partner_detail_page import TAB_NOTES, TAB_OVERVIEW
from tests.conftest import FIXED_NOW
from tests.ui.dialogs.support import child, tick, type_text
from tests.ui.modal import Interaction, while_modal
from tests.ui.portfolio_support import start, stop


@pytest.fixture
def runtime(qtbot: QtBot, db_path: Path) -> Iterator[Runtime]:
    runtime = start(qtbot, db_path)
    yield runtime
    stop(runtime)


def show_partner(runtime: Runtime, partner: Partner) -> tuple[MainWindow, PartnerId]:
    created = runtime.services.partners.add_partner(partner).created
    assert created is not None
    partner_id = PartnerId(created.id)
    window = runtime.window
    window.reload()
    window.show_view(VIEW_PARTNERS)
    window.select_partner(partner_id)
    return window, partner_id


def save(modal: QWidget) -> None:
    child(modal, QPushButton, "dialogSave").click()


def test_a_flagged_note_is_listed_until_resolved_through_the_dialog(
    qtbot: QtBot, runtime: Runtime, db_path: Path
) -> None:
    window, _ = show_partner(runtime, Partner(None, "Druckerei Köhler"))
    overview = window.detail.overview

    def flagged_note(modal: QWidget) -> None:
        type_text(child(modal, QLineEdit, "noteSubject"), "Lieferdatum verwechselt")
        child(modal, QTabWidget, "noteTabs").setCurrentIndex(1)
        tick(qtbot, child(modal, QCheckBox, "noteMisunderstanding"))
        save(modal)

    window.detail.tabs.setCurrentIndex(TAB_NOTES)
    while_modal(window.detail.editors.panel(ItemKind.NOTE).add_button.click, flagged_note)
    window.detail.tabs.setCurrentIndex(TAB_OVERVIEW)

    assert overview.misunderstandings.texts() == ["Lieferdatum verwechselt — 29/11/2026"]
    assert "−10 one unresolved misunderstanding" in overview.field_text("health")
    score_before = int(overview.field_text("health").split()[0])
    messages: list[str] = []

    def resolve(modal: QWidget) -> None:
        assert modal.objectName() == "resolveDialog"
        save(modal)  # nothing written yet: refused
        messages.append(modal.message)  # type: ignore[attr-defined]
        type_text(child(modal, QPlainTextEdit, "resolveText"), "Termin schriftlich bestätigt")
        save(modal)

    while_modal(overview.misunderstandings.resolve_button.click, resolve)

    assert messages == ["Please describe how the misunderstanding was resolved."]
    assert overview.misunderstandings.texts() == []
    assert "no unresolved misunderstanding" in overview.field_text("health")
    assert int(overview.field_text("health").split()[0]) == score_before + 10
    with sqlite3.connect(db_path) as connection:
        assert connection.execute(
            "SELECT subject, misunderstanding, resolution FROM communication_note"
        ).fetchall() == [("Lieferdatum verwechselt", 1, "Termin schriftlich bestätigt")]


def test_activating_a_misunderstanding_opens_its_note(qtbot: QtBot, runtime: Runtime) -> None:
    window, partner_id = show_partner(runtime, Partner(None, "Reinigung Weiß"))
    runtime.services.notes.add(
        CommunicationNote(
            None,
            partner_id,
            FIXED_NOW - timedelta(days=3),
            "Rechnung doppelt",
            misunderstanding=True,
        )
    )
    window.detail.show_partner(partner_id)
    entries = window.detail.overview.misunderstandings.entries
    opened: list[str] = []

    def look_and_cancel(modal: QWidget) -> None:
        opened.append(child(modal, QLineEdit, "noteSubject").text())
        child(modal, QPushButton, "dialogCancel").click()

    entries.setFocus()
    while_modal(lambda: qtbot.keyClick(entries, Qt.Key.Key_Return), look_and_cancel)

    assert opened == ["Rechnung doppelt"]


def test_overdue_for_contact_follows_the_cadence(qtbot: QtBot, runtime: Runtime) -> None:
    window, partner_id = show_partner(
        runtime, Partner(None, "Fuhrpark Süd", contact_cadence_days=28)
    )
    runtime.services.notes.add(
        CommunicationNote(None, partner_id, FIXED_NOW - timedelta(days=40), "Quartalsgespräch")
    )
    window.detail.show_partner(partner_id)
    overview = window.detail.overview

    assert overview.field_text("contact_due") == "Overdue for contact by 12 days"
    assert overview.contact_overdue()
    assert "(40 days ago, expected every 4 weeks)" in overview.field_text("last_contact")

    def cadence(days: str) -> Interaction:
        def interaction(modal: QWidget) -> None:
            spin = child(modal, QSpinBox, "partnerCadence")
            spin.setFocus()
            spin.selectAll()
            qtbot.keyClicks(spin, days)
            save(modal)

        return interaction

    while_modal(window.detail.edit_partner, cadence("60"))

    assert overview.field_text("contact_due") == "due within 20 days"
    assert not overview.contact_overdue()

    while_modal(window.detail.edit_partner, cadence("0"))

    assert overview.field_text("contact_due") == "no cadence set"
    assert not overview.contact_overdue()
    assert "(40 days ago, no cadence set)" in overview.field_text("last_contact")


def test_the_health_line_has_one_point_a_week_for_a_year(qtbot: QtBot, runtime: Runtime) -> None:
    window, partner_id = show_partner(runtime, Partner(None, "Beratung Ost"))
    runtime.services.notes.add(
        CommunicationNote(None, partner_id, FIXED_NOW - timedelta(days=60), "Workshop")
    )
    window.detail.show_partner(partner_id)
    chart = window.detail.overview.health_chart
    scores = [point.value for point in chart.points()]

    assert len(scores) == 53
    assert chart.points()[-1].day == FIXED_NOW.astimezone().date()
    assert chart.points()[-1].text == window.detail.overview.field_text("health").split()[0]
    assert len(set(scores)) > 1  # the note two months ago changed the score
