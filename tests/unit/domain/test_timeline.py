"""The timeline of a relationship, built from a partner's dossier."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from portfolio_app.domain.agreement import Agreement
from portfolio_app.domain.dossier import PartnerDossier
from portfolio_app.domain.goal import GoalStatus, GoalUpdate, SharedGoal
from portfolio_app.domain.ids import (
    AgreementId,
    GoalId,
    GoalUpdateId,
    ItemKind,
    ItemRef,
    NoteId,
    PartnerId,
)
from portfolio_app.domain.note import CommunicationNote
from portfolio_app.domain.partner import Partner
from portfolio_app.domain.timeline import EventKind, TimelineEvent, build_timeline

TODAY = date(2026, 11, 29)
BERLIN = ZoneInfo("Europe/Berlin")
PARTNER_ID = PartnerId(1)
PARTNER = Partner(id=PARTNER_ID, name="Acme", partner_since=date(2020, 1, 15))
NO_SINCE = Partner(id=PARTNER_ID, name="Acme")


def agreement(agreement_id: int, start: date | None = None, end: date | None = None) -> Agreement:
    return Agreement(
        id=AgreementId(agreement_id),
        partner_id=PARTNER_ID,
        title=f"Agreement {agreement_id}",
        start_date=start,
        end_date=end,
    )


def goal(
    goal_id: int, target: date | None = None, status: GoalStatus = GoalStatus.PLANNED
) -> SharedGoal:
    return SharedGoal(
        id=GoalId(goal_id),
        partner_id=PARTNER_ID,
        title=f"Goal {goal_id}",
        target_date=target,
        status=status,
    )


def note(note_id: int, when: datetime) -> CommunicationNote:
    return CommunicationNote(
        id=NoteId(note_id), partner_id=PARTNER_ID, when=when, subject=f"Note {note_id}"
    )


def kinds_and_days(events: list[TimelineEvent]) -> list[tuple[EventKind, date]]:
    return [(event.kind, event.day) for event in events]


def test_partnership_start_is_an_event_that_opens_the_partner() -> None:
    events = build_timeline(PartnerDossier(PARTNER), TODAY, UTC)

    assert events == [
        TimelineEvent(
            date(2020, 1, 15),
            EventKind.PARTNERSHIP_BEGAN,
            PARTNER,
            ItemRef(ItemKind.PARTNER, 1),
        )
    ]


def test_partner_without_start_date_has_an_empty_timeline() -> None:
    assert build_timeline(PartnerDossier(NO_SINCE), TODAY, UTC) == []


def test_events_are_sorted_newest_first() -> None:
    dossier = PartnerDossier(
        PARTNER,
        agreements=(agreement(1, start=date(2022, 5, 1), end=date(2025, 4, 30)),),
        notes=(note(1, datetime(2024, 3, 3, 12, 0, tzinfo=UTC)),),
    )

    events = build_timeline(dossier, TODAY, UTC)

    assert kinds_and_days(events) == [
        (EventKind.AGREEMENT_ENDED, date(2025, 4, 30)),
        (EventKind.NOTE, date(2024, 3, 3)),
        (EventKind.AGREEMENT_STARTED, date(2022, 5, 1)),
        (EventKind.PARTNERSHIP_BEGAN, date(2020, 1, 15)),
    ]


def test_notes_on_the_same_day_are_sorted_by_their_moment_newest_first() -> None:
    morning = note(1, datetime(2026, 5, 4, 8, 0, tzinfo=UTC))
    evening = note(2, datetime(2026, 5, 4, 18, 0, tzinfo=UTC))
    noon = note(3, datetime(2026, 5, 4, 12, 0, tzinfo=UTC))
    dossier = PartnerDossier(NO_SINCE, notes=(morning, evening, noon))

    events = build_timeline(dossier, TODAY, UTC)

    assert [event.subject for event in events] == [evening, noon, morning]


def test_a_note_late_in_the_utc_evening_falls_on_the_next_day_in_berlin() -> None:
    late = note(1, datetime(2026, 3, 9, 23, 30, tzinfo=UTC))

    (event,) = build_timeline(PartnerDossier(NO_SINCE, notes=(late,)), TODAY, BERLIN)

    assert event.day == date(2026, 3, 10)
    assert event.moment == datetime(2026, 3, 10, 0, 30, tzinfo=BERLIN)
    assert event.opens == ItemRef(ItemKind.NOTE, 1)


def test_the_same_note_stays_on_its_day_in_utc() -> None:
    late = note(1, datetime(2026, 3, 9, 23, 30, tzinfo=UTC))

    (event,) = build_timeline(PartnerDossier(NO_SINCE, notes=(late,)), TODAY, UTC)

    assert event.day == date(2026, 3, 9)


def test_an_end_date_in_the_future_is_an_agreement_that_ends() -> None:
    dossier = PartnerDossier(NO_SINCE, agreements=(agreement(4, end=date(2027, 6, 30)),))

    (event,) = build_timeline(dossier, TODAY, UTC)

    assert event.kind is EventKind.AGREEMENT_ENDS
    assert event.opens == ItemRef(ItemKind.AGREEMENT, 4)


def test_an_end_date_today_still_counts_as_ending() -> None:
    dossier = PartnerDossier(NO_SINCE, agreements=(agreement(4, end=TODAY),))

    (event,) = build_timeline(dossier, TODAY, UTC)

    assert event.kind is EventKind.AGREEMENT_ENDS


def test_an_end_date_in_the_past_is_an_agreement_that_ended() -> None:
    dossier = PartnerDossier(NO_SINCE, agreements=(agreement(4, end=date(2026, 11, 28)),))

    (event,) = build_timeline(dossier, TODAY, UTC)

    assert event.kind is EventKind.AGREEMENT_ENDED


def test_an_open_ended_agreement_only_shows_its_start() -> None:
    dossier = PartnerDossier(NO_SINCE, agreements=(agreement(4, start=date(2023, 1, 1)),))

    assert kinds_and_days(build_timeline(dossier, TODAY, UTC)) == [
        (EventKind.AGREEMENT_STARTED, date(2023, 1, 1))
    ]


@pytest.mark.parametrize("status", [GoalStatus.PLANNED, GoalStatus.ON_TRACK, GoalStatus.AT_RISK])
def test_target_date_of_an_open_goal_is_a_due_event(status: GoalStatus) -> None:
    dossier = PartnerDossier(NO_SINCE, goals=(goal(3, date(2027, 1, 31), status),))

    (event,) = build_timeline(dossier, TODAY, UTC)

    assert (event.kind, event.day, event.opens) == (
        EventKind.GOAL_DUE,
        date(2027, 1, 31),
        ItemRef(ItemKind.GOAL, 3),
    )


@pytest.mark.parametrize("status", [GoalStatus.ACHIEVED, GoalStatus.DROPPED])
def test_target_date_of_a_closed_goal_is_not_shown(status: GoalStatus) -> None:
    dossier = PartnerDossier(NO_SINCE, goals=(goal(3, date(2027, 1, 31), status),))

    assert build_timeline(dossier, TODAY, UTC) == []


def test_goal_history_shows_when_it_was_set_and_updated() -> None:
    the_goal = goal(3, status=GoalStatus.ACHIEVED)
    created = GoalUpdate(GoalUpdateId(1), GoalId(3), date(2025, 1, 2), created=True)
    updated = GoalUpdate(GoalUpdateId(2), GoalId(3), date(2025, 6, 1), GoalStatus.ACHIEVED)
    dossier = PartnerDossier(NO_SINCE, goals=(the_goal,), goal_updates=(created, updated))

    events = build_timeline(dossier, TODAY, UTC)

    assert kinds_and_days(events) == [
        (EventKind.GOAL_UPDATED, date(2025, 6, 1)),
        (EventKind.GOAL_SET, date(2025, 1, 2)),
    ]
    assert all(event.goal == the_goal for event in events)
    assert all(event.opens == ItemRef(ItemKind.GOAL, 3) for event in events)


def test_history_of_a_goal_missing_from_the_dossier_is_left_out() -> None:
    stray = GoalUpdate(GoalUpdateId(1), GoalId(99), date(2025, 1, 2), created=True)

    assert build_timeline(PartnerDossier(NO_SINCE, goal_updates=(stray,)), TODAY, UTC) == []
