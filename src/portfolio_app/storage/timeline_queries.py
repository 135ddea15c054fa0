"""Windowed reads for the timeline: one indexed query per kind of record.

Each query restricts by the partners of the visible lanes (``partner_id`` is indexed on
every child table) and by the visible days (``happened_at`` of notes is indexed too), so
its cost follows what the window shows, not the size of the database.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from portfolio_app.domain.agreement import Agreement
from portfolio_app.domain.goal import GoalUpdate, SharedGoal
from portfolio_app.domain.ids import PartnerId
from portfolio_app.domain.note import Channel
from portfolio_app.domain.timeline import LaneFilter, NoteHeader, TimelineLane
from portfolio_app.storage import mappers
from portfolio_app.storage.schema import (
    AgreementRecord,
    GoalRecord,
    GoalUpdateRecord,
    NoteRecord,
    PartnerRecord,
    TagRecord,
    partner_tag,
)

_NOTE = NoteRecord.__table__.c
_PARTNER = PartnerRecord.__table__.c


class SqlTimelineQueries:
    """Implements ``services.timeline_window.TimelineQueries`` on one session."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def lanes(self, lane_filter: LaneFilter) -> list[TimelineLane]:
        """Live partners that pass ``lane_filter``, in no particular order."""
        query = select(_PARTNER.id, _PARTNER.name, _PARTNER.category, _PARTNER.status).where(
            _PARTNER.deleted_at.is_(None)
        )
        if lane_filter.partner_id is not None:
            query = query.where(_PARTNER.id == lane_filter.partner_id)
        if lane_filter.category is not None:
            query = query.where(_PARTNER.category == lane_filter.category)
        if lane_filter.status is not None:
            query = query.where(_PARTNER.status == lane_filter.status)
        if lane_filter.tag is not None:
            tagged = (
                select(partner_tag.c.partner_id)
                .join(TagRecord, TagRecord.id == partner_tag.c.tag_id)
                .where(TagRecord.name_key == lane_filter.tag.casefold())
            )
            query = query.where(_PARTNER.id.in_(tagged))
        return [
            TimelineLane(PartnerId(row.id), row.name, row.category, row.status)
            for row in self._session.execute(query)
        ]

    def agreements(
        self, partner_ids: Sequence[PartnerId], first: date, last: date
    ) -> list[Agreement]:
        """Live agreements of the partners that run on any day from ``first`` to ``last``."""
        query = select(AgreementRecord).where(
            AgreementRecord.partner_id.in_(partner_ids),
            AgreementRecord.deleted_at.is_(None),
            or_(AgreementRecord.start_date.is_(None), AgreementRecord.start_date <= last),
            or_(AgreementRecord.end_date.is_(None), AgreementRecord.end_date >= first),
        )
        return [mappers.agreement_to_domain(record) for record in self._session.scalars(query)]

    def notes(
        self, partner_ids: Sequence[PartnerId], since: datetime, before: datetime
    ) -> list[NoteHeader]:
        """Live notes of the partners from ``since`` (inclusive) to ``before`` (exclusive)."""
        query = select(_NOTE.id, _NOTE.partner_id, _NOTE.happened_at, _NOTE.subject, _NOTE.channel)
        query = query.where(
            _NOTE.partner_id.in_(partner_ids),
            _NOTE.happened_at >= since,
            _NOTE.happened_at < before,
            _NOTE.deleted_at.is_(None),
        )
        return [
            NoteHeader(note_id, PartnerId(partner_id), when, subject, Channel(channel))
            for note_id, partner_id, when, subject, channel in self._session.execute(query)
        ]

    def goal_updates(
        self, partner_ids: Sequence[PartnerId], first: date, last: date
    ) -> list[tuple[SharedGoal, GoalUpdate]]:
        """History entries dated ``first`` to ``last`` of the partners' live goals."""
        query = (
            select(GoalRecord, GoalUpdateRecord)
            .join(GoalUpdateRecord, GoalUpdateRecord.goal_id == GoalRecord.id)
            .where(
                GoalRecord.partner_id.in_(partner_ids),
                GoalRecord.deleted_at.is_(None),
                GoalUpdateRecord.on >= first,
                GoalUpdateRecord.on <= last,
            )
        )
        goals: dict[int, SharedGoal] = {}
        found = []
        for goal_record, update_record in self._session.execute(query):
            goal = goals.get(goal_record.id)
            if goal is None:
                goal = goals[goal_record.id] = mappers.goal_to_domain(goal_record)
            found.append((goal, mappers.goal_update_to_domain(update_record)))
        return found

    def goals_due(
        self, partner_ids: Sequence[PartnerId], first: date, last: date
    ) -> list[SharedGoal]:
        """The partners' live goals whose target date lies from ``first`` to ``last``."""
        query = select(GoalRecord).where(
            GoalRecord.partner_id.in_(partner_ids),
            GoalRecord.deleted_at.is_(None),
            GoalRecord.target_date >= first,
            GoalRecord.target_date <= last,
        )
        return [mappers.goal_to_domain(record) for record in self._session.scalars(query)]
