"""Promises: validation, overdue rule; the follow-up owner of notes."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from portfolio_app.domain.errors import ValidationError
from portfolio_app.domain.ids import NoteId, PartnerId
from portfolio_app.domain.note import CommunicationNote, FollowUp
from portfolio_app.domain.promise import (
    Promise,
    PromiseDirection,
    PromiseState,
    overdue_count,
)

TODAY = date(2026, 11, 29)


def promise(**changes: object) -> Promise:
    values: dict[str, object] = {"id": None, "partner_id": PartnerId(1), "text": "Send the offer"}
    values.update(changes)
    return Promise(**values)  # type: ignore[arg-type]


def test_a_new_promise_is_open_and_owed_by_us() -> None:
    fresh = promise()

    assert (fresh.state, fresh.direction, fresh.note_id) == (
        PromiseState.OPEN,
        PromiseDirection.WE_OWE,
        None,
    )


def test_validation_trims_text_and_owner_to_one_line() -> None:
    raw = promise(text="  Send the\n revised   offer ", owner="  Jürgen   Weiß ")

    clean = raw.validated()

    assert (clean.text, clean.owner) == ("Send the revised offer", "Jürgen Weiß")


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_a_promise_needs_a_text(text: str) -> None:
    with pytest.raises(ValidationError) as raised:
        promise(text=text).validated()

    assert (raised.value.code, raised.value.field) == ("promise.text.empty", "text")


def test_a_very_long_promise_is_rejected() -> None:
    with pytest.raises(ValidationError) as raised:
        promise(text="x" * 1001).validated()

    assert raised.value.code == "promise.text.too_long"


def test_a_very_long_owner_is_rejected() -> None:
    with pytest.raises(ValidationError) as raised:
        promise(owner="x" * 201).validated()

    assert (raised.value.code, raised.value.field) == ("promise.owner.too_long", "owner")


def test_validation_keeps_the_link_to_the_note() -> None:
    assert promise(note_id=NoteId(4)).validated().note_id == NoteId(4)


@pytest.mark.parametrize(
    ("due", "state", "overdue"),
    [
        (date(2026, 11, 28), PromiseState.OPEN, True),
        (TODAY, PromiseState.OPEN, False),
        (date(2026, 12, 1), PromiseState.OPEN, False),
        (None, PromiseState.OPEN, False),
        (date(2026, 11, 1), PromiseState.KEPT, False),
        (date(2026, 11, 1), PromiseState.BROKEN, False),
        (date(2026, 11, 1), PromiseState.RELEASED, False),
    ],
)
def test_only_an_open_promise_past_its_due_date_is_overdue(
    due: date | None, state: PromiseState, overdue: bool
) -> None:
    assert promise(due=due, state=state).is_overdue(TODAY) is overdue


def test_overdue_count_counts_both_directions() -> None:
    promises = [
        promise(due=date(2026, 11, 1)),
        promise(due=date(2026, 11, 2), direction=PromiseDirection.THEY_OWE),
        promise(due=date(2026, 11, 3), state=PromiseState.KEPT),
        promise(due=date(2026, 12, 3)),
    ]

    assert overdue_count(promises, TODAY) == 2


def note_with(follow_up: FollowUp) -> CommunicationNote:
    return CommunicationNote(
        id=None,
        partner_id=PartnerId(1),
        when=datetime(2026, 11, 29, 9, tzinfo=UTC),
        subject="Review",
        follow_up=follow_up,
    )


def test_the_follow_up_owner_is_trimmed() -> None:
    clean = note_with(FollowUp("Call back", owner="  Zoë   Müller ")).validated()

    assert clean.follow_up == FollowUp("Call back", owner="Zoë Müller")


def test_a_too_long_follow_up_owner_is_rejected() -> None:
    with pytest.raises(ValidationError) as raised:
        note_with(FollowUp("Call back", owner="x" * 201)).validated()

    assert (raised.value.code, raised.value.field) == (
        "note.follow_up_owner.too_long",
        "follow_up_owner",
    )
