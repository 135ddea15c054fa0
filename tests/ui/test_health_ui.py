"""Health in the UI: the list's sortable, coloured "Health" column and the overview's why."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from portfolio_app.domain.dossier import PartnerDossier
from portfolio_app.domain.goal import GoalStatus, GoalUpdate, SharedGoal
from portfolio_app.domain.health import HealthBand, HealthScore, band_for, health_score
from portfolio_app.domain.ids import GoalId, GoalUpdateId, NoteId, PartnerId
from portfolio_app.domain.note import CommunicationNote, FollowUp
from portfolio_app.domain.partner import Partner
from portfolio_app.runtime import Runtime, open_runtime
from portfolio_app.ui.models.partner_table_model import PARTNER_HEALTH, PartnerTableModel
from portfolio_app.ui.widgets.partner_list_panel import PartnerListPanel
from portfolio_app.ui.widgets.partner_overview import PartnerOverview
from tests.conftest import FIXED_NOW

TODAY = date(2026, 11, 29)
PARTNERS = [
    Partner(PartnerId(1), "Alpha"),
    Partner(PartnerId(2), "Beta"),
    Partner(PartnerId(3), "Gamma"),
    Partner(PartnerId(4), "Delta"),
]


def scored(value: int) -> HealthScore:
    return HealthScore(score=value, factors=(), band=band_for(value))


SCORES = {
    PartnerId(1): scored(64),
    PartnerId(2): scored(88),
    PartnerId(3): scored(12),
}


@pytest.fixture
def panel(qtbot: QtBot) -> PartnerListPanel:
    panel = PartnerListPanel()
    qtbot.addWidget(panel)
    panel.set_partners(PARTNERS)
    panel.set_health_scores(SCORES)
    return panel


def test_partner_model_with_scores_satisfies_the_qt_model_contract(qtmodeltester) -> None:
    model = PartnerTableModel()
    model.set_records(PARTNERS)
    model.set_health_scores(SCORES)
    qtmodeltester.check(model)
    model.set_health_scores({})
    qtmodeltester.check(model)
    model.set_records([])


def test_the_health_column_shows_a_marker_and_the_score(panel: PartnerListPanel) -> None:
    header = panel.table.model().headerData(PARTNER_HEALTH, Qt.Orientation.Horizontal)

    assert header == "Health"
    assert panel.health_texts() == ["◆ 64", "▲ 88", "", "▼ 12"]


def test_sorting_by_health_sorts_by_score_and_puts_partners_without_one_last(
    panel: PartnerListPanel,
) -> None:
    panel.table.sortByColumn(PARTNER_HEALTH, Qt.SortOrder.DescendingOrder)
    assert panel.visible_names() == ["Beta", "Alpha", "Gamma", "Delta"]

    panel.table.sortByColumn(PARTNER_HEALTH, Qt.SortOrder.AscendingOrder)
    assert panel.visible_names() == ["Delta", "Gamma", "Alpha", "Beta"]


@pytest.mark.parametrize(
    ("row", "colour", "word"),
    [(0, "#b45309", "watch"), (1, "#15803d", "good"), (3, "#b91c1c", "poor")],
)
def test_colour_and_tooltip_follow_the_band(
    panel: PartnerListPanel, row: int, colour: str, word: str
) -> None:
    index = panel.table.model().index(row, PARTNER_HEALTH)

    assert index.data(Qt.ItemDataRole.ForegroundRole) == QColor(colour)
    assert word in index.data(Qt.ItemDataRole.ToolTipRole)


def test_a_partner_without_a_score_has_an_empty_plain_cell(panel: PartnerListPanel) -> None:
    index = panel.table.model().index(2, PARTNER_HEALTH)  # Delta, sorted by name

    assert index.data() is None
    assert index.data(Qt.ItemDataRole.ForegroundRole) is None


# ---- overview


def at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 12, tzinfo=UTC).astimezone()


def dossier() -> PartnerDossier:
    partner_id = PartnerId(1)
    partner = Partner(
        partner_id, "Systemhaus", partner_since=date(2024, 11, 1), contact_cadence_days=42
    )
    notes = (
        CommunicationNote(NoteId(1), partner_id, at(TODAY - timedelta(days=10)), "Call"),
        CommunicationNote(
            NoteId(2),
            partner_id,
            at(TODAY - timedelta(days=30)),
            "Meeting",
            follow_up=FollowUp("Send offer", due=TODAY - timedelta(days=5)),
        ),
    )
    goal = SharedGoal(GoalId(1), partner_id, "Fewer errors", status=GoalStatus.AT_RISK)
    update = GoalUpdate(GoalUpdateId(1), GoalId(1), date(2026, 1, 5), GoalStatus.AT_RISK)
    return PartnerDossier(partner, goals=(goal,), goal_updates=(update,), notes=notes)


def test_the_overview_shows_the_score_and_why(qtbot: QtBot) -> None:
    overview = PartnerOverview(TODAY)
    qtbot.addWidget(overview)
    health = health_score(dossier(), TODAY, cadence_days=42)
    assert health.band is HealthBand.GOOD

    overview.set_dossier(dossier(), health)

    assert overview.field_text("health").splitlines() == [
        "71 — good",
        "+10 contact within the expected 6 weeks",
        "−6 one follow-up overdue",
        "−8 one goal at risk",
        "±0 no unresolved misunderstanding",
        "±0 mood in recent notes: 0 good, 2 neutral, 0 tense",
        "+5 partner for 2 years",
        "±0 no promise overdue",
    ]
    assert health.score == 70 + 10 - 6 - 8 + 5


def test_the_overview_phrases_missing_records_plainly(qtbot: QtBot) -> None:
    overview = PartnerOverview(TODAY)
    qtbot.addWidget(overview)
    bare = PartnerDossier(Partner(PartnerId(1), "Neu"))

    overview.set_dossier(bare, health_score(bare, TODAY))

    lines = overview.field_text("health").splitlines()
    assert lines[0] == "55 — watch"
    assert "−15 no contact noted yet" in lines
    assert "±0 partner since: not known" in lines
    assert "±0 no recent notes about the mood" in lines


def test_the_overview_without_a_score_shows_a_dash(qtbot: QtBot) -> None:
    overview = PartnerOverview(TODAY)
    qtbot.addWidget(overview)

    overview.set_dossier(dossier())

    assert overview.field_text("health") == "—"


# ---- wired up


@pytest.fixture
def runtime(qtbot: QtBot, db_path: Path) -> Iterator[Runtime]:
    runtime = open_runtime(db_path, create=True, clock=lambda: FIXED_NOW)
    qtbot.addWidget(runtime.window)
    yield runtime
    runtime.database.close()
    runtime.guard.release()


def test_the_main_window_fills_the_list_and_the_overview(runtime: Runtime) -> None:
    created = runtime.services.partners.add_partner(Partner(None, "Alpha")).created
    assert created is not None
    window = runtime.window

    window.reload()
    window.select_partner(PartnerId(created.id))

    assert window.partner_list.health_texts() == ["◆ 55"]
    assert window.detail.overview.field_text("health").startswith("55 — watch\n")
