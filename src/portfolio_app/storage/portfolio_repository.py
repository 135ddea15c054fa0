"""Reads across all partners (lists, deadlines, health, the overview), one query each."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, tzinfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from portfolio_app.domain.agreement import Agreement
from portfolio_app.domain.goal import GoalStatus, GoalUpdate, SharedGoal
from portfolio_app.domain.health import NoteFacts
from portfolio_app.domain.ids import PartnerId
from portfolio_app.domain.note import CommunicationNote
from portfolio_app.domain.promise import Promise, PromiseState
from portfolio_app.storage.mappers import (
    agreement_to_domain,
    goal_to_domain,
    goal_update_to_domain,
    note_to_domain,
    promise_to_domain,
)
from portfolio_app.storage.note_facts import note_facts_by_partner
from portfolio_app.storage.queries import columns_of, only_live, plain_rows
from portfolio_app.storage.schema import (
    AgreementRecord,
    GoalRecord,
    GoalUpdateRecord,
    NoteRecord,
    PromiseRecord,
)


class SqlPortfolioRepository:
    """Reads across all live partners: one query per method, joined to ``partner``."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def live_agreements(self) -> list[Agreement]:
        """Every live agreement of every live partner."""
        query = only_live(columns_of(AgreementRecord), AgreementRecord).order_by(AgreementRecord.id)
        return [
            agreement_to_domain(row) for row in plain_rows(self._session, query, AgreementRecord)
        ]

    def goals_with_target(self, statuses: Collection[GoalStatus]) -> list[SharedGoal]:
        """Live goals in one of ``statuses`` that have a target date."""
        query = only_live(select(GoalRecord), GoalRecord).where(
            GoalRecord.status.in_([status.value for status in statuses]),
            GoalRecord.target_date.is_not(None),
        )
        return [goal_to_domain(row) for row in self._session.scalars(query.order_by(GoalRecord.id))]

    def open_follow_ups(self) -> list[CommunicationNote]:
        """Live notes whose follow-up is not done and has a due date."""
        query = only_live(select(NoteRecord), NoteRecord).where(
            NoteRecord.follow_up_text.is_not(None),
            NoteRecord.follow_up_due.is_not(None),
            NoteRecord.follow_up_done.is_(False),
        )
        return [note_to_domain(row) for row in self._session.scalars(query.order_by(NoteRecord.id))]

    def open_promises(self) -> list[Promise]:
        """Live open promises that have a due date."""
        query = only_live(select(PromiseRecord), PromiseRecord).where(
            PromiseRecord.state == PromiseState.OPEN.value, PromiseRecord.due.is_not(None)
        )
        rows = self._session.scalars(query.order_by(PromiseRecord.id))
        return [promise_to_domain(row) for row in rows]

    def live_goals(self) -> list[SharedGoal]:
        """Every live goal of every live partner."""
        query = only_live(columns_of(GoalRecord), GoalRecord).order_by(GoalRecord.id)
        return [goal_to_domain(row) for row in plain_rows(self._session, query, GoalRecord)]

    def live_goal_updates(self) -> list[GoalUpdate]:
        """The history of every live goal of every live partner, oldest first."""
        with_goal = columns_of(GoalUpdateRecord).join(
            GoalRecord, GoalRecord.id == GoalUpdateRecord.goal_id
        )
        query = only_live(with_goal, GoalRecord).order_by(GoalUpdateRecord.on, GoalUpdateRecord.id)
        return [
            goal_update_to_domain(row) for row in plain_rows(self._session, query, GoalUpdateRecord)
        ]

    def live_notes(self) -> list[CommunicationNote]:
        """Every live note of every live partner."""
        query = only_live(select(NoteRecord), NoteRecord).order_by(NoteRecord.id)
        return [note_to_domain(row) for row in self._session.scalars(query)]

    def note_facts(self, today: date, tz: tzinfo | None = None) -> dict[PartnerId, NoteFacts]:
        """What health scores read from notes, per live partner, in three queries."""
        return note_facts_by_partner(self._session, today, tz)

    def flagged_notes(self) -> list[CommunicationNote]:
        """Live notes flagged as a misunderstanding (resolved or not)."""
        query = only_live(select(NoteRecord), NoteRecord).where(
            NoteRecord.misunderstanding.is_(True)
        )
        return [note_to_domain(row) for row in self._session.scalars(query.order_by(NoteRecord.id))]

    def live_promises(self) -> list[Promise]:
        """Every live promise of every live partner."""
        query = only_live(select(PromiseRecord), PromiseRecord).order_by(PromiseRecord.id)
        return [promise_to_domain(row) for row in self._session.scalars(query)]
