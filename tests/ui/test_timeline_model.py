"""The timeline model: months newest first, translated titles and details, upcoming flags."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from portfolio_app.domain.agreement import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    BillingPeriod,
)
from portfolio_app.domain.dossier import PartnerDossier
from portfolio_app.domain.goal import GoalStatus, GoalUpdate, Kpi, SharedGoal
from portfolio_app.domain.ids import (
    AgreementId,
    GoalId,
    GoalUpdateId,
    ItemKind,
    ItemRef,
    NoteId,
    PartnerId,
)
from portfolio_app.domain.money import Money
from portfolio_app.domain.note import Channel, CommunicationNote, FollowUp, Mood
from portfolio_app.domain.partner import Partner, PartnerCategory
from portfolio_app.domain.timeline import EventKind, TimelineEvent, build_timeline
from portfolio_app.ui.formatting import format_date, format_money, format_month
from portfolio_app.ui.models.timeline_model import (
    COUNT_ROLE,
    DATE_TEXT_ROLE,
    DETAIL_ROLE,
    EVENT_ROLE,
    IS_MONTH_ROLE,
    IS_UPCOMING_ROLE,
    ITEM_REF_ROLE,
    KIND_ROLE,
    MONTH_ROLE,
    SUBTITLE_ROLE,
    TONE_ROLE,
    WHEN_HINT_ROLE,
    EventTone,
    TimelineModel,
)

TODAY = date(2026, 11, 29)
PARTNER = PartnerId(7)
GOAL = GoalId(3)


def _partner() -> Partner:
    return Partner(
        PARTNER,
        "Büro-Technik Schäfer GmbH",
        category=PartnerCategory.OFFICE_EQUIPMENT.value,
        partner_since=date(2025, 3, 1),
    )


def _copier_contract() -> Agreement:
    return Agreement(
        AgreementId(1),
        PARTNER,
        "Wartungsvertrag Kopierer",
        kind=AgreementKind.SERVICE_CONTRACT,
        start_date=date(2025, 4, 1),
        end_date=date(2027, 3, 31),
        renewal_months=12,
        value=Money.of("189.50"),
        billing_period=BillingPeriod.MONTHLY,
    )


def _plotter_lease() -> Agreement:
    return Agreement(
        AgreementId(2),
        PARTNER,
        "Leasing Großformatdrucker",
        kind=AgreementKind.LEASE,
        status=AgreementStatus.EXPIRED,
        start_date=date(2025, 5, 15),
        end_date=date(2026, 10, 31),
    )


def _goal(target: date = date(2027, 1, 15)) -> SharedGoal:
    return SharedGoal(
        GOAL,
        PARTNER,
        "Störungszeit senken",
        owner="Jörg Müller",
        target_date=target,
        status=GoalStatus.AT_RISK,
        kpi=Kpi("h", Decimal(12), Decimal(4), Decimal(8)),
    )


def _goal_updates() -> tuple[GoalUpdate, ...]:
    return (
        GoalUpdate(
            GoalUpdateId(1), GOAL, date(2026, 6, 2), GoalStatus.PLANNED, Decimal(12), "", True
        ),
        GoalUpdate(GoalUpdateId(2), GOAL, date(2026, 9, 10), GoalStatus.ON_TRACK, Decimal(8)),
        GoalUpdate(
            GoalUpdateId(3), GOAL, date(2026, 11, 20), GoalStatus.AT_RISK, comment="Teile fehlen"
        ),
    )


def _tense_meeting() -> CommunicationNote:
    return CommunicationNote(
        NoteId(1),
        PARTNER,
        datetime(2026, 11, 12, 13, 30, tzinfo=UTC),
        "Quartalsgespräch",
        Channel.MEETING,
        participants="Anna Schäfer, Jörg Müller",
        body="Ärger über <b>Ausfälle</b> & Ersatzteile",
        mood=Mood.TENSE,
        misunderstanding=True,
        follow_up=FollowUp("Angebot Ersatzgerät", due=date(2026, 12, 5)),
    )


def _friendly_call() -> CommunicationNote:
    return CommunicationNote(
        NoteId(2),
        PARTNER,
        datetime(2026, 11, 3, 8, 15, tzinfo=UTC),
        "Rückruf Toner",
        Channel.CALL,
        mood=Mood.GOOD,
    )


def _dossier() -> PartnerDossier:
    return PartnerDossier(
        _partner(),
        agreements=(_copier_contract(), _plotter_lease()),
        goals=(_goal(),),
        goal_updates=_goal_updates(),
        notes=(_tense_meeting(), _friendly_call()),
    )


def _events(dossier: PartnerDossier | None = None) -> list[TimelineEvent]:
    return build_timeline(dossier or _dossier(), TODAY, UTC)


@pytest.fixture
def model() -> TimelineModel:
    model = TimelineModel()
    model.set_events(_events(), TODAY)
    return model


# Read roles through the model: PySide6 6.12 on Python 3.11 loses a reference to None
# each time QModelIndex.data() converts an empty QVariant (see the lead's report).
def _data(model: TimelineModel, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
    return model.data(index, role)


def _months(model: TimelineModel) -> list[str]:
    return [_data(model, model.index(row, 0)) for row in range(model.rowCount())]


def _children(
    model: TimelineModel, month_row: int, role: int = Qt.ItemDataRole.DisplayRole
) -> list[Any]:
    month = model.index(month_row, 0)
    return [_data(model, model.index(row, 0, month), role) for row in range(model.rowCount(month))]


def _event_index(model: TimelineModel, kind: EventKind, ref: ItemRef) -> QModelIndex:
    index = model.find(kind, ref)
    assert index.isValid()
    return index


def test_model_satisfies_qt_model_contract_through_resets(qtmodeltester: ModelTester) -> None:
    model = TimelineModel()
    model.set_events(_events(), TODAY)
    qtmodeltester.check(model)

    model.set_events(_events(PartnerDossier(_partner(), notes=(_friendly_call(),))), TODAY)
    model.set_events([], TODAY)

    assert model.rowCount() == 0


def test_python_model_checks_pass(qtmodeltester: ModelTester) -> None:
    model = TimelineModel()
    model.set_events(_events(), TODAY)

    qtmodeltester.check(model, force_py=True)


def test_months_are_newest_first() -> None:
    model = TimelineModel()

    model.set_events(list(reversed(_events())), TODAY)

    expected = [
        date(2027, 3, 1),
        date(2027, 1, 1),
        date(2026, 11, 1),
        date(2026, 10, 1),
        date(2026, 9, 1),
        date(2026, 6, 1),
        date(2025, 5, 1),
        date(2025, 4, 1),
        date(2025, 3, 1),
    ]
    assert _months(model) == [format_month(day) for day in expected]
    assert [_data(model, model.index(row, 0), MONTH_ROLE) for row in range(9)] == expected


def test_events_within_a_month_are_newest_first(model: TimelineModel) -> None:
    november = _months(model).index(format_month(date(2026, 11, 1)))

    assert _children(model, november) == [
        "Goal updated: Störungszeit senken — At risk",
        "Meeting: Quartalsgespräch",
        "Call: Rückruf Toner",
    ]
    assert _data(model, model.index(november, 0), COUNT_ROLE) == 3


def test_month_rows_are_headers_not_items(model: TimelineModel) -> None:
    month = model.index(0, 0)

    assert _data(model, month, IS_MONTH_ROLE) is True
    assert _data(model, month, ITEM_REF_ROLE) is None
    assert not model.flags(month) & Qt.ItemFlag.ItemIsSelectable
    assert _data(model, month, Qt.ItemDataRole.ToolTipRole) == "1 entry"


@pytest.mark.parametrize(
    ("kind", "ref", "title"),
    [
        (EventKind.PARTNERSHIP_BEGAN, ItemRef(ItemKind.PARTNER, 7), "Partnership began"),
        (
            EventKind.AGREEMENT_STARTED,
            ItemRef(ItemKind.AGREEMENT, 1),
            "Agreement started: Wartungsvertrag Kopierer",
        ),
        (
            EventKind.AGREEMENT_ENDS,
            ItemRef(ItemKind.AGREEMENT, 1),
            "Agreement ends: Wartungsvertrag Kopierer",
        ),
        (
            EventKind.AGREEMENT_ENDED,
            ItemRef(ItemKind.AGREEMENT, 2),
            "Agreement ended: Leasing Großformatdrucker",
        ),
        (EventKind.NOTE, ItemRef(ItemKind.NOTE, 1), "Meeting: Quartalsgespräch"),
        (EventKind.GOAL_SET, ItemRef(ItemKind.GOAL, 3), "Goal set: Störungszeit senken"),
        (EventKind.GOAL_DUE, ItemRef(ItemKind.GOAL, 3), "Goal due: Störungszeit senken"),
    ],
)
def test_each_kind_has_a_readable_title(
    model: TimelineModel, kind: EventKind, ref: ItemRef, title: str
) -> None:
    index = _event_index(model, kind, ref)

    assert _data(model, index) == title
    assert _data(model, index, ITEM_REF_ROLE) == ref
    assert _data(model, index, KIND_ROLE) == kind


def test_goal_update_titles_show_status_and_kpi_change(model: TimelineModel) -> None:
    september = _months(model).index(format_month(date(2026, 9, 1)))

    assert _children(model, september) == [
        "Goal updated: Störungszeit senken — On track, KPI 12 → 8 h"
    ]


def test_note_subtitle_shows_time_participants_mood_and_follow_up(model: TimelineModel) -> None:
    index = _event_index(model, EventKind.NOTE, ItemRef(ItemKind.NOTE, 1))

    subtitle = _data(model, index, SUBTITLE_ROLE)

    assert subtitle.startswith(format_date(date(2026, 11, 12)))
    assert "with Anna Schäfer, Jörg Müller" in subtitle
    assert "Mood: Tense" in subtitle
    assert "Misunderstanding" in subtitle
    assert f"Follow-up due {format_date(date(2026, 12, 5))}" in subtitle
    assert _data(model, index, DETAIL_ROLE) in subtitle
    assert _data(model, index, TONE_ROLE) == EventTone.NOTE_TENSE


def test_agreement_start_shows_kind_and_value(model: TimelineModel) -> None:
    index = _event_index(model, EventKind.AGREEMENT_STARTED, ItemRef(ItemKind.AGREEMENT, 1))

    detail = _data(model, index, DETAIL_ROLE)

    assert detail == f"Service contract · {format_money(Money.of('189.50'))} per month"
    assert _data(model, index, DATE_TEXT_ROLE) == format_date(date(2025, 4, 1))


def test_upcoming_events_are_flagged(model: TimelineModel) -> None:
    ends = _event_index(model, EventKind.AGREEMENT_ENDS, ItemRef(ItemKind.AGREEMENT, 1))
    ended = _event_index(model, EventKind.AGREEMENT_ENDED, ItemRef(ItemKind.AGREEMENT, 2))

    assert _data(model, ends, IS_UPCOMING_ROLE) is True
    assert _data(model, ends, WHEN_HINT_ROLE) == "in 4 months"
    assert _data(model, ends, TONE_ROLE) == EventTone.DEADLINE
    assert "renews automatically" in _data(model, ends, SUBTITLE_ROLE)
    assert _data(model, ended, IS_UPCOMING_ROLE) is False
    assert _data(model, ended, DETAIL_ROLE) == "Lease · Expired"
    assert _data(model, model.index(0, 0), IS_UPCOMING_ROLE) is True


def test_near_events_count_days() -> None:
    model = TimelineModel()
    dossier = PartnerDossier(_partner(), goals=(_goal(target=date(2026, 12, 9)),))

    model.set_events(_events(dossier), TODAY)

    due = _event_index(model, EventKind.GOAL_DUE, ItemRef(ItemKind.GOAL, 3))
    assert _data(model, due, WHEN_HINT_ROLE) == "in 10 days"


def test_an_open_goal_past_its_date_is_overdue() -> None:
    model = TimelineModel()
    dossier = PartnerDossier(_partner(), goals=(_goal(target=date(2026, 11, 1)),))

    model.set_events(_events(dossier), TODAY)

    due = _event_index(model, EventKind.GOAL_DUE, ItemRef(ItemKind.GOAL, 3))
    assert _data(model, due, TONE_ROLE) == EventTone.OVERDUE
    assert _data(model, due, WHEN_HINT_ROLE) == "Overdue"
    assert _data(model, due, DETAIL_ROLE).startswith("Overdue · At risk")


def test_tooltip_escapes_what_users_typed(model: TimelineModel) -> None:
    index = _event_index(model, EventKind.NOTE, ItemRef(ItemKind.NOTE, 1))

    tooltip = _data(model, index, Qt.ItemDataRole.ToolTipRole)

    assert "&lt;b&gt;Ausfälle&lt;/b&gt; &amp; Ersatzteile" in tooltip
    assert "<b>Ausfälle</b>" not in tooltip


def test_event_role_carries_the_domain_event(model: TimelineModel) -> None:
    index = _event_index(model, EventKind.NOTE, ItemRef(ItemKind.NOTE, 2))

    event = _data(model, index, EVENT_ROLE)

    assert isinstance(event, TimelineEvent)
    assert event.subject == _friendly_call()


def test_no_events_means_no_rows() -> None:
    model = TimelineModel()

    model.set_events([], TODAY)

    assert model.rowCount() == 0
    assert model.event_count() == 0
    assert not model.find(EventKind.NOTE, ItemRef(ItemKind.NOTE, 1)).isValid()
