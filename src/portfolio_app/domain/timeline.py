"""The story of a relationship: dated events derived from a partner's dossier."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from portfolio_app.domain.agreement import Agreement
from portfolio_app.domain.dossier import PartnerDossier
from portfolio_app.domain.goal import GoalUpdate, SharedGoal
from portfolio_app.domain.ids import ItemKind, ItemRef
from portfolio_app.domain.note import CommunicationNote
from portfolio_app.domain.partner import Partner


class EventKind(enum.StrEnum):
    """What happened on a timeline entry's day."""

    PARTNERSHIP_BEGAN = "partnership_began"
    AGREEMENT_STARTED = "agreement_started"
    AGREEMENT_ENDS = "agreement_ends"
    AGREEMENT_ENDED = "agreement_ended"
    NOTE = "note"
    GOAL_SET = "goal_set"
    GOAL_UPDATED = "goal_updated"
    GOAL_DUE = "goal_due"


TimelineSubject = Partner | Agreement | SharedGoal | GoalUpdate | CommunicationNote


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    """One entry: ``day`` it happened, ``kind``, the record it is about and what opens."""

    day: date
    kind: EventKind
    subject: TimelineSubject
    opens: ItemRef
    moment: datetime | None = None
    goal: SharedGoal | None = None
    """For goal updates: the goal they belong to."""


def build_timeline(
    dossier: PartnerDossier, today: date, tz: tzinfo | None = None
) -> list[TimelineEvent]:
    """All events of a partner's relationship, newest first.

    Notes are placed on their day in ``tz`` (the system's local zone when ``None``).

    Agreement ends lie in the future for running agreements (``AGREEMENT_ENDS``) and in
    the past for finished ones (``AGREEMENT_ENDED``); goal target dates appear only while
    the goal is still open.
    """
    events: list[TimelineEvent] = []
    partner = dossier.partner
    if partner.partner_since is not None and partner.id is not None:
        events.append(
            TimelineEvent(
                partner.partner_since,
                EventKind.PARTNERSHIP_BEGAN,
                partner,
                ItemRef(ItemKind.PARTNER, partner.id),
            )
        )
    for agreement in dossier.agreements:
        events.extend(_agreement_events(agreement, today))
    goals = {goal.id: goal for goal in dossier.goals}
    for update in dossier.goal_updates:
        goal = goals.get(update.goal_id)
        if goal is not None:
            events.append(_goal_update_event(update, goal))
    for goal in dossier.goals:
        if goal.target_date is not None and goal.status.value in _OPEN_GOAL_STATES:
            assert goal.id is not None
            events.append(
                TimelineEvent(
                    goal.target_date, EventKind.GOAL_DUE, goal, ItemRef(ItemKind.GOAL, goal.id)
                )
            )
    events.extend(_note_event(note, tz) for note in dossier.notes)
    events.sort(key=_newest_first)
    return events


_OPEN_GOAL_STATES = {"planned", "on_track", "at_risk"}


def _newest_first(event: TimelineEvent) -> tuple[int, float, int]:
    moment = event.moment.timestamp() if event.moment else 0.0
    return (-event.day.toordinal(), -moment, -event.opens.id)


def _agreement_events(agreement: Agreement, today: date) -> list[TimelineEvent]:
    assert agreement.id is not None
    ref = ItemRef(ItemKind.AGREEMENT, agreement.id)
    events = []
    if agreement.start_date is not None:
        events.append(
            TimelineEvent(agreement.start_date, EventKind.AGREEMENT_STARTED, agreement, ref)
        )
    if agreement.end_date is not None:
        kind = (
            EventKind.AGREEMENT_ENDS if agreement.end_date >= today else EventKind.AGREEMENT_ENDED
        )
        events.append(TimelineEvent(agreement.end_date, kind, agreement, ref))
    return events


def _goal_update_event(update: GoalUpdate, goal: SharedGoal) -> TimelineEvent:
    assert goal.id is not None
    kind = EventKind.GOAL_SET if update.created else EventKind.GOAL_UPDATED
    return TimelineEvent(update.on, kind, update, ItemRef(ItemKind.GOAL, goal.id), goal=goal)


def _note_event(note: CommunicationNote, tz: tzinfo | None) -> TimelineEvent:
    assert note.id is not None
    local = note.when.astimezone(tz)
    return TimelineEvent(
        local.date(), EventKind.NOTE, note, ItemRef(ItemKind.NOTE, note.id), moment=local
    )
