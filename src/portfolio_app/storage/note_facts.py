"""Health facts of every partner's notes from three aggregate queries, not from every note.

Scoring the whole portfolio needs, per partner, the count and newest day of its notes,
its overdue follow-ups, its unresolved misunderstandings and the moods of its newest
notes (``domain.health.NoteFacts``). Reading every note for that costs seconds and
hundreds of megabytes with a few hundred thousand notes; these queries return one row
per partner (plus the few flagged notes, only read when there are any, and the last
five moods per partner).

Days are local: a note counts if its moment falls before local midnight after ``today``,
and the mood window starts at local midnight of its first day, both given to SQL as
moments, so the results equal :func:`portfolio_app.domain.health.note_facts`.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time, timedelta, tzinfo

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session

from portfolio_app.domain.health import MOOD_NOTES, MOOD_WINDOW_DAYS, NoteFacts
from portfolio_app.domain.ids import PartnerId
from portfolio_app.domain.note import Mood
from portfolio_app.storage.schema import NoteRecord, PartnerRecord


def local_midnight(day: date, tz: tzinfo | None) -> datetime:
    """The moment ``day`` begins in ``tz`` (the system's zone when ``None``)."""
    if tz is None:
        return datetime.combine(day, time()).astimezone()
    return datetime.combine(day, time(), tzinfo=tz)


def note_facts_by_partner(
    session: Session, today: date, tz: tzinfo | None = None
) -> dict[PartnerId, NoteFacts]:
    """The note facts of every live partner with at least one live note up to ``today``."""
    until = local_midnight(today + timedelta(days=1), tz)
    window = local_midnight(today - timedelta(days=MOOD_WINDOW_DAYS), tz)
    live = and_(
        NoteRecord.deleted_at.is_(None),
        PartnerRecord.deleted_at.is_(None),
        NoteRecord.happened_at < until,
    )
    overdue = and_(
        NoteRecord.follow_up_text.is_not(None),
        NoteRecord.follow_up_done.is_(False),
        NoteRecord.follow_up_due.is_not(None),
        NoteRecord.follow_up_due < today,
    )
    totals = session.execute(
        select(
            NoteRecord.partner_id,
            func.count(),
            func.max(NoteRecord.happened_at),
            func.count().filter(overdue),
            func.count().filter(NoteRecord.misunderstanding.is_(True)),
        )
        .join(PartnerRecord, PartnerRecord.id == NoteRecord.partner_id)
        .where(live)
        .group_by(NoteRecord.partner_id)
    ).all()
    unresolved: defaultdict[int, int] = defaultdict(int)
    if any(row[4] for row in totals):  # else spare the second pass over every note
        flagged = session.execute(
            select(NoteRecord.partner_id, NoteRecord.resolution)
            .join(PartnerRecord, PartnerRecord.id == NoteRecord.partner_id)
            .where(live, NoteRecord.misunderstanding.is_(True))
        )
        for partner_id, resolution in flagged:
            if not (resolution or "").strip():
                unresolved[partner_id] += 1
    moods = _recent_moods(session, live, window)
    return {
        PartnerId(partner_id): NoteFacts(
            count=count,
            last_day=newest.astimezone(tz).date(),
            overdue_follow_ups=overdue_count,
            unresolved_misunderstandings=unresolved[partner_id],
            recent_moods=tuple(moods.get(partner_id, ())),
        )
        for partner_id, count, newest, overdue_count, _flagged in totals
    }


def _recent_moods(
    session: Session, live: ColumnElement[bool], window: datetime
) -> dict[int, list[Mood]]:
    """The moods of each partner's newest notes in the window, oldest first."""
    ranked = (
        select(
            NoteRecord.partner_id.label("partner_id"),
            NoteRecord.mood.label("mood"),
            NoteRecord.happened_at.label("happened_at"),
            NoteRecord.id.label("id"),
            func.row_number()
            .over(
                partition_by=NoteRecord.partner_id,
                order_by=(NoteRecord.happened_at.desc(), NoteRecord.id.desc()),
            )
            .label("rank"),
        )
        .join(PartnerRecord, PartnerRecord.id == NoteRecord.partner_id)
        .where(live, NoteRecord.happened_at >= window)
        .subquery()
    )
    rows = session.execute(
        select(ranked.c.partner_id, ranked.c.mood)
        .where(ranked.c.rank <= MOOD_NOTES)
        .order_by(ranked.c.partner_id, ranked.c.happened_at, ranked.c.id)
    )
    moods: dict[int, list[Mood]] = {}
    for partner_id, mood in rows:
        moods.setdefault(partner_id, []).append(Mood(mood))
    return moods
