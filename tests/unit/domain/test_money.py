"""Money: exact amounts in cents, currency codes, stored as minor units."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from portfolio_app.domain.errors import ValidationError
from portfolio_app.domain.money import MAX_AMOUNT, Money


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("0.005", Decimal("0.01")),
        ("1.005", Decimal("1.01")),
        ("2.675", Decimal("2.68")),
        ("0.004", Decimal("0.00")),
        (Decimal("0.125"), Decimal("0.13")),
        (12, Decimal("12.00")),
        (" 7.5 ", Decimal("7.50")),
        ("1e3", Decimal("1000.00")),
    ],
)
def test_of_rounds_to_cents_half_up(raw: Decimal | int | str, expected: Decimal) -> None:
    amount = Money.of(raw).amount

    assert amount == expected
    assert amount.as_tuple().exponent == -2


@pytest.mark.parametrize("raw", ["-0.01", "-5", Decimal("-0.001"), -1])
def test_negative_amount_is_rejected(raw: Decimal | int | str) -> None:
    with pytest.raises(ValidationError) as caught:
        Money.of(raw)

    assert caught.value.code == "money.negative"


@pytest.mark.parametrize(
    "raw", ["NaN", "sNaN", "Infinity", "-inf", Decimal("NaN"), "abc", "", "12,50", "1.2.3"]
)
def test_non_numbers_and_non_finite_amounts_are_invalid(raw: Decimal | str) -> None:
    with pytest.raises(ValidationError) as caught:
        Money.of(raw)

    assert caught.value.code == "money.invalid"


def test_the_maximum_amount_is_accepted() -> None:
    assert Money.of(MAX_AMOUNT).amount == MAX_AMOUNT


def test_an_amount_above_the_maximum_is_rejected() -> None:
    with pytest.raises(ValidationError) as caught:
        Money.of("1000000000000")

    assert caught.value.code == "money.too_large"


def test_currency_code_is_trimmed_and_upper_cased() -> None:
    assert Money.of("1", " chf ").currency == "CHF"


def test_currency_defaults_to_euro() -> None:
    assert Money.of("1").currency == "EUR"


@pytest.mark.parametrize("currency", ["", "EU", "EURO", "€", "E1R", "ÄÖÜ"])
def test_malformed_currency_code_is_rejected(currency: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Money.of("1", currency)

    assert caught.value.code == "money.currency"


def test_minor_units_are_whole_cents() -> None:
    assert Money.of("1234.56").minor_units == 123456


def test_from_minor_units_rebuilds_the_amount_with_two_places() -> None:
    money = Money.from_minor_units(123456, "USD")

    assert money == Money(Decimal("1234.56"), "USD")
    assert str(money.amount) == "1234.56"


def test_times_multiplies_and_keeps_the_currency() -> None:
    assert Money.of("0.10", "GBP").times(3) == Money.of("0.30", "GBP")


def test_minus_zero_becomes_a_plain_zero() -> None:
    assert str(Money.of("-0").amount) == "0.00"


amounts = st.decimals(min_value=0, max_value=MAX_AMOUNT, allow_nan=False, allow_infinity=False)
currencies = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=3, max_size=3)


@given(amounts, currencies)
def test_money_survives_a_round_trip_through_minor_units(amount: Decimal, currency: str) -> None:
    money = Money.of(amount, currency)

    assert Money.from_minor_units(money.minor_units, money.currency) == money


@given(st.integers(min_value=0, max_value=int(MAX_AMOUNT * 100)))
def test_minor_units_survive_a_round_trip_through_money(cents: int) -> None:
    assert Money.from_minor_units(cents, "EUR").minor_units == cents


@given(amounts)
def test_of_never_moves_an_amount_by_more_than_half_a_cent(amount: Decimal) -> None:
    assert abs(Money.of(amount).amount - amount) <= Decimal("0.005")
