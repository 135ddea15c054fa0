"""Reads across all partners (lists, deadlines, health, the overview), one query each."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import date, tzinfo
from enum import StrEnum
from typing import Any, TypeVar, cast

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from portfolio_app.domain.agreement import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    BillingPeriod,
    NoticeAnchor,
    NoticePeriod,
    PeriodUnit,
)
from portfolio_app.domain.goal import GoalStatus, GoalUpdate, SharedGoal
from portfolio_app.domain.health import NoteFacts
from portfolio_app.domain.ids import AgreementId, PartnerId
from portfolio_app.domain.money import Money
from portfolio_app.domain.note import CommunicationNote
from portfolio_app.domain.promise import Promise, PromiseState
from portfolio_app.storage.mappers import (
    agreement_to_domain,
    goal_to_domain,
    goal_update_to_domain,
    note_to_domain,
    promise_to_domain,
    reminder_days_from_text,
)
from portfolio_app.storage.note_facts import note_facts_by_partner
from portfolio_app.storage.queries import columns_of, only_live, plain_rows, stream_rows
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

    def running_agreements(self, *, with_possible_end: bool = False) -> list[Agreement]:
        """Live active and terminated agreements, by id, with the fields schedules read.

        The title, deputy, value and reminder days are filled too; the other free texts
        are left empty. One query of the columns needed, mapped row by row. With
        ``with_possible_end`` only those that can have a deadline
        (``domain.deadlines.has_possible_end``).
        """
        query = only_live(
            select(*_TERM_COLUMNS).where(AgreementRecord.status.in_(_RUNNING)), AgreementRecord
        )
        if with_possible_end:
            query = query.where(_HAS_POSSIBLE_END)
        return _term_agreements(stream_rows(self._session, query.order_by(AgreementRecord.id)))

    def goals_with_target(self, statuses: Collection[GoalStatus]) -> list[SharedGoal]:
        """Live goals in one of ``statuses`` that have a target date."""
        query = only_live(columns_of(GoalRecord), GoalRecord).where(
            GoalRecord.status.in_([status.value for status in statuses]),
            GoalRecord.target_date.is_not(None),
        )
        rows = plain_rows(self._session, query.order_by(GoalRecord.id), GoalRecord)
        return [goal_to_domain(row) for row in rows]

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
        """What health scores read from notes, per live partner, in at most three queries."""
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


_RUNNING = (AgreementStatus.ACTIVE.value, AgreementStatus.TERMINATED.value)
_HAS_POSSIBLE_END = or_(
    AgreementRecord.notice_anchor != NoticeAnchor.END_OF_TERM.value,
    AgreementRecord.end_date.is_not(None),
    and_(AgreementRecord.start_date.is_not(None), AgreementRecord.minimum_term_months > 0),
)
"""``domain.deadlines.has_possible_end`` in SQL (a missing minimum term is not above 0)."""
_TERM_COLUMNS: list[Any] = [
    AgreementRecord.id,
    AgreementRecord.partner_id,
    AgreementRecord.title,
    AgreementRecord.kind,
    AgreementRecord.status,
    AgreementRecord.start_date,
    AgreementRecord.end_date,
    AgreementRecord.minimum_term_months,
    AgreementRecord.notice_amount,
    AgreementRecord.notice_unit,
    AgreementRecord.notice_anchor,
    AgreementRecord.renewal_months,
    AgreementRecord.value_minor,
    AgreementRecord.currency,
    AgreementRecord.billing_period,
    AgreementRecord.deputy,
    AgreementRecord.reminder_days,
    AgreementRecord.notice_sent_on,
    AgreementRecord.receipt_confirmed_on,
]


def _term_agreements(rows: Iterable[Any]) -> list[Agreement]:
    """Agreements from rows of :data:`_TERM_COLUMNS`.

    Repeated values (reminder days, notice periods) are parsed once per read and the
    immutable results shared, which saves time and memory on large portfolios.
    """
    reminder_days: dict[str, tuple[int, ...]] = {}
    notices: dict[tuple[int, str], NoticePeriod] = {}
    found: list[Agreement] = []
    for (
        record_id,
        partner_id,
        title,
        kind,
        status,
        start_date,
        end_date,
        minimum_term_months,
        notice_amount,
        notice_unit,
        notice_anchor,
        renewal_months,
        value_minor,
        currency,
        billing_period,
        deputy,
        reminder_text,
        notice_sent_on,
        receipt_confirmed_on,
    ) in rows:
        notice = None
        if notice_amount is not None and notice_unit is not None:
            notice = notices.get((notice_amount, notice_unit))
            if notice is None:
                notice = NoticePeriod(notice_amount, _member(PeriodUnit, notice_unit))
                notices[notice_amount, notice_unit] = notice
        value = None
        if value_minor is not None and currency is not None:
            value = Money.from_minor_units(value_minor, currency)
        days = reminder_days.get(reminder_text)
        if days is None:
            days = reminder_days[reminder_text] = reminder_days_from_text(reminder_text)
        found.append(
            Agreement(
                id=AgreementId(record_id),
                partner_id=PartnerId(partner_id),
                title=title,
                kind=_member(AgreementKind, kind),
                status=_member(AgreementStatus, status),
                start_date=start_date,
                end_date=end_date,
                minimum_term_months=minimum_term_months,
                notice_period=notice,
                notice_anchor=_member(NoticeAnchor, notice_anchor),
                renewal_months=renewal_months,
                value=value,
                billing_period=_member(BillingPeriod, billing_period),
                deputy=deputy,
                reminder_days=days,
                notice_sent_on=notice_sent_on,
                receipt_confirmed_on=receipt_confirmed_on,
            )
        )
    return found


E = TypeVar("E", bound=StrEnum)


def _member(enum_type: type[E], value: str) -> E:
    """``enum_type(value)`` without the enum machinery for the values it has."""
    member = enum_type._value2member_map_.get(value)
    return cast("E", member) if member is not None else enum_type(value)
