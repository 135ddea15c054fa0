"""Agreements: date order, terms, notice periods, value and annual cost."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest

from portfolio_app.domain.agreement import (
    MAX_NOTICE_AMOUNT,
    MAX_TERM_MONTHS,
    Agreement,
    BillingPeriod,
    NoticePeriod,
    PeriodUnit,
)
from portfolio_app.domain.errors import ValidationError
from portfolio_app.domain.ids import PartnerId
from portfolio_app.domain.money import Money

BASE = Agreement(id=None, partner_id=PartnerId(1), title="Cleaning contract")


def with_(**changes: object) -> Agreement:
    return dataclasses.replace(BASE, **changes)  # type: ignore[arg-type]


def rejection(agreement: Agreement) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        agreement.validated()
    return caught.value


def test_end_before_start_is_rejected_on_the_end_date_field() -> None:
    agreement = with_(start_date=date(2026, 3, 1), end_date=date(2026, 2, 28))

    error = rejection(agreement)

    assert error.code == "agreement.end_before_start"
    assert error.field == "end_date"


def test_end_on_the_start_day_is_accepted() -> None:
    agreement = with_(start_date=date(2026, 3, 1), end_date=date(2026, 3, 1))

    assert agreement.validated().end_date == date(2026, 3, 1)


def test_open_ended_agreement_is_accepted() -> None:
    agreement = with_(start_date=date(2026, 3, 1), end_date=None)

    assert agreement.validated().end_date is None


@pytest.mark.parametrize("months", [0, -1, MAX_TERM_MONTHS + 1])
def test_minimum_term_outside_the_bounds_is_rejected(months: int) -> None:
    error = rejection(with_(minimum_term_months=months))

    assert error.code == "agreement.minimum_term.invalid"
    assert error.field == "minimum_term_months"


@pytest.mark.parametrize("months", [1, 24, MAX_TERM_MONTHS])
def test_minimum_term_inside_the_bounds_is_accepted(months: int) -> None:
    assert with_(minimum_term_months=months).validated().minimum_term_months == months


@pytest.mark.parametrize("months", [0, MAX_TERM_MONTHS + 1])
def test_renewal_term_outside_the_bounds_is_rejected(months: int) -> None:
    error = rejection(with_(renewal_months=months))

    assert error.code == "agreement.renewal.invalid"
    assert error.field == "renewal_months"


def test_renewal_term_of_twelve_months_is_accepted() -> None:
    assert with_(renewal_months=12).validated().renewal_months == 12


@pytest.mark.parametrize("amount", [0, -3, MAX_NOTICE_AMOUNT + 1])
def test_notice_period_amount_must_be_positive_and_bounded(amount: int) -> None:
    error = rejection(with_(notice_period=NoticePeriod(amount, PeriodUnit.MONTHS)))

    assert error.code == "agreement.notice.invalid"
    assert error.field == "notice_period"


@pytest.mark.parametrize("amount", [1, MAX_NOTICE_AMOUNT])
def test_notice_period_amount_inside_the_bounds_is_accepted(amount: int) -> None:
    notice = NoticePeriod(amount, PeriodUnit.DAYS)

    assert with_(notice_period=notice).validated().notice_period == notice


def test_negative_value_is_rejected_on_the_value_field() -> None:
    error = rejection(with_(value=Money(Decimal("-0.01"))))

    assert error.code == "money.negative"
    assert error.field == "value"


def test_value_of_zero_is_accepted() -> None:
    assert with_(value=Money.of(0)).validated().value == Money.of(0)


def test_blank_title_is_rejected() -> None:
    error = rejection(with_(title=" \n "))

    assert error.code == "agreement.title.empty"
    assert error.field == "title"


def test_document_link_longer_than_two_thousand_characters_is_rejected() -> None:
    error = rejection(with_(document_link="https://example.com/" + "x" * 2000))

    assert error.code == "agreement.document.too_long"
    assert error.field == "document_link"


def test_validated_cleans_title_link_and_notes() -> None:
    raw = with_(title="  Cleaning \n contract ", document_link=" /docs/a.pdf ", notes=" x \n")

    clean = raw.validated()

    assert (clean.title, clean.document_link, clean.notes) == (
        "Cleaning contract",
        "/docs/a.pdf",
        "x",
    )


@pytest.mark.parametrize(
    ("period", "expected"),
    [
        (BillingPeriod.MONTHLY, Money.of("1481.40", "CHF")),
        (BillingPeriod.QUARTERLY, Money.of("493.80", "CHF")),
        (BillingPeriod.YEARLY, Money.of("123.45", "CHF")),
    ],
)
def test_annual_cost_multiplies_the_value_by_the_periods_per_year(
    period: BillingPeriod, expected: Money
) -> None:
    agreement = with_(value=Money.of("123.45", "CHF"), billing_period=period)

    assert agreement.annual_cost() == expected


def test_one_off_value_has_no_annual_cost() -> None:
    agreement = with_(value=Money.of(5000), billing_period=BillingPeriod.ONE_OFF)

    assert agreement.annual_cost() is None


def test_agreement_without_value_has_no_annual_cost() -> None:
    assert with_(value=None, billing_period=BillingPeriod.MONTHLY).annual_cost() is None
