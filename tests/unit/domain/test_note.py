"""Communication notes: moments in UTC, follow-ups."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from portfolio_app.domain.errors import ValidationError
from portfolio_app.domain.ids import PartnerId
from portfolio_app.domain.note import CommunicationNote, FollowUp

BERLIN = ZoneInfo("Europe/Berlin")
NOTE = CommunicationNote(
    id=None,
    partner_id=PartnerId(1),
    when=datetime(2026, 7, 1, 9, 30, tzinfo=BERLIN),
    subject="Quarterly review",
)


def rejection(note: CommunicationNote) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        note.validated()
    return caught.value


def test_naive_moment_is_rejected() -> None:
    error = rejection(dataclasses.replace(NOTE, when=datetime(2026, 7, 1, 9, 30)))

    assert error.code == "note.when.naive"
    assert error.field == "when"


def test_moment_is_converted_to_utc() -> None:
    when = NOTE.validated().when

    assert when == datetime(2026, 7, 1, 7, 30, tzinfo=UTC)
    assert when.tzinfo is UTC


def test_blank_subject_is_rejected() -> None:
    error = rejection(dataclasses.replace(NOTE, subject=" "))

    assert error.code == "note.subject.empty"
    assert error.field == "subject"


def test_subject_longer_than_three_hundred_characters_is_rejected() -> None:
    error = rejection(dataclasses.replace(NOTE, subject="x" * 301))

    assert error.code == "note.subject.too_long"


def test_follow_up_due_date_without_text_is_rejected() -> None:
    note = dataclasses.replace(NOTE, follow_up=FollowUp("  \n ", due=date(2026, 7, 8)))

    error = rejection(note)

    assert error.code == "note.follow_up.empty"
    assert error.field == "follow_up_text"


def test_blank_follow_up_without_due_date_is_dropped() -> None:
    note = dataclasses.replace(NOTE, follow_up=FollowUp("   "))

    assert note.validated().follow_up is None


def test_follow_up_text_is_trimmed_and_the_rest_kept() -> None:
    note = dataclasses.replace(
        NOTE, follow_up=FollowUp("  Send the offer \n", due=date(2026, 7, 8), done=True)
    )

    assert note.validated().follow_up == FollowUp("Send the offer", date(2026, 7, 8), True)


def test_validated_cleans_participants_and_body() -> None:
    note = dataclasses.replace(NOTE, participants=" Anna,\n Jörg ", body="\nAgenda:  \n- prices\n")

    clean = note.validated()

    assert (clean.participants, clean.body) == ("Anna, Jörg", "Agenda:\n- prices")
