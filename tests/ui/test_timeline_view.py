"""The timeline panel: cards by month, opening items, folding months, the empty state."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont
from pytestqt.qtbot import QtBot

from portfolio_app.domain.agreement import Agreement, AgreementKind
from portfolio_app.domain.dossier import PartnerDossier
from portfolio_app.domain.goal import GoalStatus, SharedGoal
from portfolio_app.domain.ids import AgreementId, GoalId, ItemKind, ItemRef, NoteId, PartnerId
from portfolio_app.domain.note import Channel, CommunicationNote, Mood
from portfolio_app.domain.partner import Partner
from portfolio_app.domain.timeline import build_timeline
from portfolio_app.ui.widgets.timeline_view import TimelineView

TODAY = date(2026, 11, 29)
PARTNER = PartnerId(4)


def _dossier() -> PartnerDossier:
    return PartnerDossier(
        Partner(PARTNER, "Grünwerk Gebäudeservice", partner_since=date(2026, 1, 5)),
        agreements=(
            Agreement(
                AgreementId(11),
                PARTNER,
                "Unterhaltsreinigung Büro Süd",
                kind=AgreementKind.SERVICE_CONTRACT,
                start_date=date(2026, 2, 1),
                end_date=date(2027, 1, 31),
            ),
        ),
        goals=(
            SharedGoal(
                GoalId(5),
                PARTNER,
                "Reklamationen halbieren",
                target_date=date(2026, 12, 20),
                status=GoalStatus.AT_RISK,
            ),
        ),
        notes=(
            CommunicationNote(
                NoteId(21),
                PARTNER,
                datetime(2026, 11, 18, 9, 30, tzinfo=UTC),
                "Beschwerde Sanitärräume",
                Channel.CALL,
                participants="Frau Öztürk",
                mood=Mood.TENSE,
                misunderstanding=True,
            ),
        ),
    )


@pytest.fixture
def view(qtbot: QtBot) -> TimelineView:
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(520, 700)
    view.set_events(build_timeline(_dossier(), TODAY, UTC), TODAY)
    view.show()
    qtbot.waitExposed(view)
    return view


def _month(view: TimelineView, row: int) -> QModelIndex:
    return view.tree.model().index(row, 0)


def _event(view: TimelineView, month_row: int, row: int) -> QModelIndex:
    model = view.tree.model()
    return model.index(row, 0, model.index(month_row, 0))


def test_panel_has_stable_and_accessible_names(view: TimelineView) -> None:
    assert view.objectName() == "timelinePanel"
    assert view.tree.objectName() == "timelineView"
    assert view.tree.accessibleName() == "Relationship timeline"
    assert view.tree.isHeaderHidden()


def test_all_months_start_expanded_newest_first(view: TimelineView) -> None:
    assert view.visible_titles() == [
        "Agreement ends: Unterhaltsreinigung Büro Süd",
        "Goal due: Reklamationen halbieren",
        "Call: Beschwerde Sanitärräume",
        "Agreement started: Unterhaltsreinigung Büro Süd",
        "Partnership began",
    ]


def test_return_on_an_event_asks_to_open_its_item(view: TimelineView, qtbot: QtBot) -> None:
    tree = view.tree
    tree.setFocus()
    tree.setCurrentIndex(_event(view, 2, 0))

    expected = ItemRef(ItemKind.NOTE, 21)
    with qtbot.waitSignal(view.open_requested, check_params_cb=lambda ref: ref == expected):
        qtbot.keyClick(tree, Qt.Key.Key_Return)


def test_double_click_on_an_event_asks_to_open_its_item(view: TimelineView, qtbot: QtBot) -> None:
    tree = view.tree
    centre = tree.visualRect(_event(view, 0, 0)).center()

    expected = ItemRef(ItemKind.AGREEMENT, 11)
    with qtbot.waitSignal(view.open_requested, check_params_cb=lambda ref: ref == expected):
        # A real double-click starts with a press; QTest's mouseDClick alone does not.
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def test_activating_a_month_opens_nothing(view: TimelineView, qtbot: QtBot) -> None:
    tree = view.tree
    tree.setFocus()
    tree.setCurrentIndex(_month(view, 0))

    with qtbot.assertNotEmitted(view.open_requested):
        qtbot.keyClick(tree, Qt.Key.Key_Return)


def test_clicking_a_month_folds_and_unfolds_it(view: TimelineView, qtbot: QtBot) -> None:
    tree = view.tree
    header = tree.visualRect(_month(view, 2)).center()

    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=header)

    assert "Call: Beschwerde Sanitärräume" not in view.visible_titles()

    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=header)

    assert "Call: Beschwerde Sanitärräume" in view.visible_titles()


def test_empty_state_shows_only_without_events(view: TimelineView) -> None:
    assert not view.empty_state.isVisible()
    assert view.tree.isVisible()

    view.set_events([], TODAY)

    assert view.empty_state.isVisible()
    assert not view.tree.isVisible()
    assert view.empty_state.text().startswith("Nothing has happened with this partner yet.")

    view.set_events(build_timeline(_dossier(), TODAY, UTC), TODAY)

    assert not view.empty_state.isVisible()


def test_a_refresh_keeps_the_selected_event(view: TimelineView) -> None:
    view.tree.setCurrentIndex(_event(view, 2, 0))

    view.set_events(build_timeline(_dossier(), TODAY, UTC), TODAY)

    current = view.tree.currentIndex()
    assert view.tree.model().data(current) == "Call: Beschwerde Sanitärräume"


def test_rows_grow_with_the_font(view: TimelineView) -> None:
    tree = view.tree
    small = tree.visualRect(_event(view, 0, 0)).height()
    font = QFont(tree.font())
    font.setPointSizeF(font.pointSizeF() * 2)

    tree.setFont(font)
    tree.doItemsLayout()

    assert tree.visualRect(_event(view, 0, 0)).height() > small * 1.6


def test_cards_are_painted(view: TimelineView) -> None:
    image = view.grab().toImage()

    colours = {image.pixelColor(x, y).name() for x in range(0, 520, 3) for y in range(0, 700, 3)}
    assert len(colours) > 20
