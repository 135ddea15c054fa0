"""The start page (Overview): what it shows on a real database, and where its lines lead."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from portfolio_app.domain.note import CommunicationNote
from portfolio_app.domain.partner import Criticality
from portfolio_app.runtime import Runtime
from portfolio_app.ui.dashboard_page import DashboardPage
from portfolio_app.ui.main_window import VIEW_OVERVIEW, VIEW_PARTNERS, MainWindow
from tests.ui.modal import while_modal
from tests.ui.portfolio_support import Portfolio, fill_portfolio, start, stop


@pytest.fixture
def runtime(qtbot: QtBot, db_path: Path) -> Iterator[Runtime]:
    runtime = start(qtbot, db_path)
    yield runtime
    stop(runtime)


@pytest.fixture
def portfolio(runtime: Runtime) -> Portfolio:
    portfolio = fill_portfolio(runtime.services)
    services = runtime.services
    druckhaus = services.partners.get_partner(portfolio.druckhaus)
    services.partners.update_partner(
        druckhaus.__class__(
            **{
                **{f: getattr(druckhaus, f) for f in druckhaus.__dataclass_fields__},
                "criticality": Criticality.HIGH,
                "internal_owner": "Jörg Weiß",
                "contact_cadence_days": 14,
            }
        )
    )
    services.notes.add(
        CommunicationNote(
            None,
            portfolio.kopierwerk,
            datetime(2026, 11, 20, 10, 0, tzinfo=UTC),
            "Abrechnung doppelt",
            misunderstanding=True,
        )
    )
    runtime.window.reload()
    return portfolio


def overview(qtbot: QtBot, window: MainWindow) -> DashboardPage:
    action = window.findChild(QAction, "actionViewOverview")
    assert action is not None
    action.trigger()
    page = window.findChild(DashboardPage, "dashboardView")
    assert page is not None
    qtbot.waitUntil(page.isVisible)
    return page


def test_the_app_opens_on_the_overview(runtime: Runtime, portfolio: Portfolio) -> None:
    assert runtime.window.current_view() == VIEW_OVERVIEW


def test_the_overview_shows_counts_attention_lists_and_risk(
    qtbot: QtBot, runtime: Runtime, portfolio: Portfolio
) -> None:
    page = overview(qtbot, runtime.window)

    assert page.summary_text == "As of 29/11/2026 · 2 partners"
    assert [(bar.label, bar.text) for bar in page.chart("dashboardByStatus").bars()] == [
        ("Active", "2")
    ]
    assert page.section("dashboardMisunderstandings").texts() == [
        "20/11/2026  Kopierwerk Süd GmbH: Abrechnung doppelt"
    ]
    assert page.section_title("dashboardMisunderstandings") == "Open misunderstandings (1)"
    goals = page.section("dashboardGoalsAtRisk").texts()
    assert goals == ["Druckhaus Weiß GmbH: Druckkosten senken — overdue since 31/10/2026"]
    assert page.section("dashboardContactsOverdue").texts() == [
        "Druckhaus Weiß GmbH — last contact 02/11/2026, 13 days overdue"
    ]
    assert page.section("dashboardWithoutOwner").texts() == ["Kopierwerk Süd GmbH"]
    risk = page.section("dashboardRisk").texts()
    assert risk[0].startswith("Druckhaus Weiß GmbH — criticality High, €4,800.00 per year")
    assert "(Jörg Weiß)" in risk[0]
    concentration = page.section("dashboardConcentration").texts()
    assert "⚠ Print: Druckhaus Weiß GmbH holds 100 % of €4,800.00 per year" in concentration
    criticality = {bar.label: bar.text for bar in page.chart("dashboardByCriticality").bars()}
    assert criticality["High"] == "€4,800.00 · 1 partner"
    assert criticality["Medium"] == "€2,998.80 · 1 partner"
    assert len(page.section("dashboardLowestHealth").texts()) == 2


def test_an_empty_list_says_so_calmly(qtbot: QtBot, runtime: Runtime, portfolio: Portfolio) -> None:
    page = overview(qtbot, runtime.window)
    druckhaus = runtime.services.partners.get_partner(portfolio.druckhaus)
    kopierwerk = runtime.services.partners.get_partner(portfolio.kopierwerk)
    for partner in (druckhaus, kopierwerk):
        runtime.services.partners.update_partner(
            partner.__class__(
                **{
                    **{f: getattr(partner, f) for f in partner.__dataclass_fields__},
                    "internal_owner": "Eva",
                }
            )
        )
    runtime.window.reload()
    qtbot.waitUntil(
        lambda: (
            page.section("dashboardWithoutOwner").texts()
            == ["Every partner has an internal owner."]
        )
    )
    assert page.section("dashboardWithoutOwner").entries() == []
    assert page.section_title("dashboardWithoutOwner") == "Partners without an internal owner"


def test_a_change_elsewhere_refreshes_the_overview(
    qtbot: QtBot, runtime: Runtime, portfolio: Portfolio
) -> None:
    page = overview(qtbot, runtime.window)
    note = runtime.services.partners.dossier(portfolio.kopierwerk).notes[0]
    assert note.id is not None
    runtime.services.notes.update(
        note.__class__(
            **{
                **{f: getattr(note, f) for f in note.__dataclass_fields__},
                "resolution": "Gutschrift erhalten",
            }
        )
    )
    runtime.window.reload()
    qtbot.waitUntil(
        lambda: page.section("dashboardMisunderstandings").texts() == ["No open misunderstandings."]
    )


def test_activating_a_partner_line_shows_the_partner(
    qtbot: QtBot, runtime: Runtime, portfolio: Portfolio
) -> None:
    page = overview(qtbot, runtime.window)
    owners = page.section("dashboardWithoutOwner")
    owners.setFocus()
    owners.setCurrentRow(0)

    qtbot.keyClick(owners, Qt.Key.Key_Return)

    assert runtime.window.current_view() == VIEW_PARTNERS
    assert runtime.window.detail.partner_id() == portfolio.kopierwerk
    assert runtime.window.detail.tabs.currentIndex() == 0


def test_double_clicking_a_misunderstanding_opens_the_note(
    qtbot: QtBot, runtime: Runtime, portfolio: Portfolio
) -> None:
    page = overview(qtbot, runtime.window)
    section = page.section("dashboardMisunderstandings")
    rect = section.visualItemRect(section.item(0))
    seen: list[str] = []

    def look(dialog: object) -> None:
        assert isinstance(dialog, QDialog)
        seen.append(dialog.objectName())
        dialog.reject()

    def double_click() -> None:
        # A real double-click starts with a press; the view ignores a lone double-click.
        qtbot.mouseClick(section.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(section.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    while_modal(
        double_click,
        look,
    )

    assert seen == ["noteDialog"]
    assert runtime.window.detail.partner_id() == portfolio.kopierwerk
