"""Agreement fields of the deadline work: numbers, notice details, reminders, decision."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from portfolio_app.domain.agreement import (
    DEFAULT_REMINDER_DAYS,
    MAX_NUMBER_LENGTH,
    MAX_REMINDER_DAYS,
    Agreement,
    Decision,
    NoticeForm,
    clean_reminder_days,
)
from portfolio_app.domain.errors import ValidationError
from portfolio_app.domain.ids import PartnerId

BASE = Agreement(id=None, partner_id=PartnerId(1), title="Wartungsvertrag")


def with_(**changes: object) -> Agreement:
    return dataclasses.replace(BASE, **changes)  # type: ignore[arg-type]


def rejection(agreement: Agreement) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        agreement.validated()
    return caught.value


def test_new_fields_default_to_nothing_recorded_yet() -> None:
    assert (BASE.contract_number, BASE.customer_number, BASE.notice_address, BASE.deputy) == (
        "",
        "",
        "",
        "",
    )
    assert BASE.notice_form is NoticeForm.WRITTEN
    assert BASE.reminder_days == DEFAULT_REMINDER_DAYS == (120, 60, 30, 14, 7, 1)
    assert (BASE.decision, BASE.decision_reasons) == (None, "")
    assert (BASE.notice_sent_on, BASE.notice_sent_via, BASE.receipt_confirmed_on) == (
        None,
        "",
        None,
    )


def test_enum_values_are_the_stored_ones() -> None:
    assert [form.value for form in NoticeForm] == ["written", "text"]
    assert [decision.value for decision in Decision] == [
        "renew",
        "renegotiate",
        "switch",
        "cancel",
    ]


def test_numbers_are_trimmed_to_one_line() -> None:
    clean = with_(contract_number="  V-2024 /\n 0815 ", customer_number=" K 4711 ").validated()

    assert (clean.contract_number, clean.customer_number) == ("V-2024 / 0815", "K 4711")


@pytest.mark.parametrize("field", ["contract_number", "customer_number"])
def test_numbers_longer_than_the_limit_are_rejected(field: str) -> None:
    error = rejection(with_(**{field: "9" * (MAX_NUMBER_LENGTH + 1)}))

    assert error.code == f"agreement.{field}.too_long"
    assert error.field == field


def test_numbers_of_exactly_the_limit_are_accepted() -> None:
    number = "9" * MAX_NUMBER_LENGTH

    assert with_(contract_number=number).validated().contract_number == number


def test_notice_address_is_free_text_with_line_breaks() -> None:
    address = "Müller GmbH\nKündigungsstelle  \nPostfach 12 34\n70173 Stuttgart"

    clean = with_(notice_address=f"\n{address}\n").validated()

    assert clean.notice_address == address.replace("  \n", "\n")


def test_deputy_and_sent_via_are_single_lines() -> None:
    clean = with_(deputy=" Anna   Berg ", notice_sent_via="Einschreiben\nRückschein").validated()

    assert (clean.deputy, clean.notice_sent_via) == ("Anna Berg", "Einschreiben Rückschein")


def test_reminder_days_are_deduplicated_and_sorted_largest_first() -> None:
    clean = with_(reminder_days=(7, 30, 120, 7, 1)).validated()

    assert clean.reminder_days == (120, 30, 7, 1)


def test_no_reminder_days_means_no_reminders() -> None:
    assert with_(reminder_days=()).validated().reminder_days == ()


@pytest.mark.parametrize("days", [0, -5, MAX_REMINDER_DAYS + 1])
def test_reminder_days_outside_the_bounds_are_rejected(days: int) -> None:
    error = rejection(with_(reminder_days=(30, days)))

    assert error.code == "agreement.reminder_days.invalid"
    assert error.field == "reminder_days"


def test_reminder_days_at_the_bounds_are_accepted() -> None:
    assert clean_reminder_days([1, MAX_REMINDER_DAYS]) == (MAX_REMINDER_DAYS, 1)


def test_receipt_before_the_notice_was_sent_is_rejected() -> None:
    error = rejection(
        with_(notice_sent_on=date(2026, 9, 10), receipt_confirmed_on=date(2026, 9, 9))
    )

    assert error.code == "agreement.receipt_before_sent"
    assert error.field == "receipt_confirmed_on"


def test_receipt_on_the_day_of_sending_is_accepted() -> None:
    agreement = with_(notice_sent_on=date(2026, 9, 10), receipt_confirmed_on=date(2026, 9, 10))

    assert agreement.validated().receipt_confirmed_on == date(2026, 9, 10)


def test_decision_reasons_keep_their_lines() -> None:
    clean = with_(decision=Decision.SWITCH, decision_reasons=" Preis zu hoch\nService schwach ")

    assert clean.validated().decision_reasons == "Preis zu hoch\nService schwach"
