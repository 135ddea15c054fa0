"""The note facts storage aggregates in SQL equal the ones computed from every note."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete
from sqlalchemy.orm import Session, sessionmaker

from portfolio_app.domain.health import NoteFacts, note_facts
from portfolio_app.domain.ids import NoteId
from portfolio_app.domain.note import CommunicationNote, FollowUp, Mood
from portfolio_app.domain.partner import Partner
from portfolio_app.storage.schema import NoteRecord
from portfolio_app.storage.unit_of_work import SqlUnitOfWork

TODAY = date(2026, 11, 29)
BERLIN = ZoneInfo("Europe/Berlin")
MIDNIGHT = datetime(2026, 11, 29, 23, 0, tzinfo=UTC)  # 30.11. 00:00 in Berlin

moments = st.integers(min_value=-400 * 24, max_value=3 * 24).map(
    lambda hours: MIDNIGHT + timedelta(hours=hours, minutes=30 * (hours % 2))
)
notes = st.lists(
    st.tuples(
        st.integers(min_value=0, max_value=2),  # partner index
        moments,
        st.sampled_from(list(Mood)),
        st.booleans(),  # misunderstanding
        st.sampled_from(["", "  ", "\n\t", "Geklärt"]),  # resolution
        st.one_of(
            st.none(),
            st.tuples(
                st.one_of(st.none(), st.dates(date(2026, 10, 1), date(2027, 1, 31))),
                st.booleans(),
            ),
        ),
    ),
    max_size=40,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(notes)
def test_sql_facts_equal_the_facts_of_the_notes(
    session_factory: sessionmaker[Session],
    data: list[tuple],  # type: ignore[type-arg]
) -> None:
    with SqlUnitOfWork(session_factory) as uow:
        partners = [p.id for p in uow.partners.list_all() if p.id is not None]
        if not partners:
            partners = [uow.partners.add(Partner(None, f"Partner {i}")) for i in range(3)]
        uow.session.execute(delete(NoteRecord))
        stored: list[CommunicationNote] = []
        for index, when, mood, flagged, resolution, follow in data:
            follow_up = FollowUp("Nachfassen", follow[0], follow[1]) if follow else None
            note = CommunicationNote(
                None,
                partners[index],
                when,
                "Notiz",
                mood=mood,
                misunderstanding=flagged,
                resolution=resolution,
                follow_up=follow_up,
            )
            note_id = uow.notes.add(note)
            stored.append(dataclasses.replace(note, id=NoteId(note_id)))
        uow.commit()
    with SqlUnitOfWork(session_factory) as uow:
        from_sql = uow.portfolio.note_facts(TODAY, BERLIN)
    for partner_id in partners:
        own = [note for note in stored if note.partner_id == partner_id]
        expected = note_facts(own, TODAY, BERLIN)
        assert from_sql.get(partner_id, NoteFacts()) == expected, partner_id
