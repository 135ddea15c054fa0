"""Costs: annual amounts per partner, category and currency; the bills of 12 months."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from portfolio_app.domain.agreement import Agreement, AgreementStatus, BillingPeriod
from portfolio_app.domain.costs import (
    AgreementCost,
    bill_in_month,
    cost_overview,
    ending_day,
    is_running,
)
from portfolio_app.domain.deadlines import AgreementSchedule
from portfolio_app.domain.ids import AgreementId, PartnerId
from portfolio_app.domain.money import Money
from portfolio_app.domain.partner import Partner

TODAY = date(2026, 11, 29)
ACME = Partner(PartnerId(1), "Acme", category="it_services")
GLOBEX = Partner(PartnerId(2), "Globex", category="print")
INITECH = Partner(PartnerId(3), "Initech", category="it_services")
PARTNERS = {p.id: p for p in (ACME, GLOBEX, INITECH) if p.id is not None}


def plan(*, ended: bool = False, next_end: date | None = None) -> AgreementSchedule:
    return AgreementSchedule(
        term_start=None,
        term_end=None,
        has_renewed=False,
        next_end=next_end,
        last_notice_day=None,
        send_by=None,
        renews_on=None,
        renewal_months=None,
        ended=ended,
    )


def agreement(
    number: int,
    partner: Partner,
    amount: str,
    billing: BillingPeriod = BillingPeriod.MONTHLY,
    currency: str = "EUR",
    **fields: object,
) -> Agreement:
    assert partner.id is not None
    return Agreement(
        id=AgreementId(number),
        partner_id=partner.id,
        title=f"Vertrag {number}",
        value=Money.of(amount, currency),
        billing_period=billing,
        **fields,  # type: ignore[arg-type]
    )


def eur(amount: str) -> Money:
    return Money.of(amount)


def test_annual_cost_follows_the_billing_period_and_one_offs_do_not_count() -> None:
    items = [
        (agreement(1, ACME, "100"), plan()),
        (agreement(2, ACME, "300", BillingPeriod.QUARTERLY), plan()),
        (agreement(3, GLOBEX, "1000", BillingPeriod.YEARLY), plan()),
        (agreement(4, GLOBEX, "5000", BillingPeriod.ONE_OFF), plan()),
    ]

    overview = cost_overview(items, PARTNERS, TODAY)

    assert [(cost.agreement_id, cost.annual.amount) for cost in overview.by_agreement] == [
        (1, Decimal("1200.00")),
        (2, Decimal("1200.00")),
        (3, Decimal("1000.00")),
    ]
    assert overview.total_per_year == {"EUR": Decimal("3400.00")}


def test_totals_per_partner_are_largest_first() -> None:
    items = [
        (agreement(1, ACME, "100"), plan()),
        (agreement(2, GLOBEX, "1000", BillingPeriod.YEARLY), plan()),
        (agreement(3, GLOBEX, "100", BillingPeriod.QUARTERLY), plan()),
    ]

    overview = cost_overview(items, PARTNERS, TODAY)

    assert overview.by_partner == [
        (PartnerId(2), "Globex", eur("1400")),
        (PartnerId(1), "Acme", eur("1200")),
    ]


def test_totals_per_category_add_up_the_partners_of_the_category() -> None:
    items = [
        (agreement(1, ACME, "100"), plan()),
        (agreement(2, INITECH, "50"), plan()),
        (agreement(3, GLOBEX, "2000", BillingPeriod.YEARLY), plan()),
    ]

    overview = cost_overview(items, PARTNERS, TODAY)

    assert overview.by_category == [("print", eur("2000")), ("it_services", eur("1800"))]


def test_currencies_are_never_added_up_and_euro_comes_first() -> None:
    items = [
        (agreement(1, ACME, "100", currency="USD"), plan()),
        (agreement(2, ACME, "10"), plan()),
        (agreement(3, GLOBEX, "1000", BillingPeriod.YEARLY, currency="CHF"), plan()),
    ]

    overview = cost_overview(items, PARTNERS, TODAY)

    assert overview.total_per_year == {
        "EUR": Decimal("120.00"),
        "CHF": Decimal("1000.00"),
        "USD": Decimal("1200.00"),
    }
    assert list(overview.total_per_year) == ["EUR", "CHF", "USD"]
    assert overview.by_partner == [
        (PartnerId(1), "Acme", eur("120")),
        (PartnerId(2), "Globex", Money.of("1000", "CHF")),
        (PartnerId(1), "Acme", Money.of("1200", "USD")),
    ]


@pytest.mark.parametrize(
    ("status", "ended", "counts"),
    [
        (AgreementStatus.ACTIVE, False, True),
        (AgreementStatus.TERMINATED, False, True),
        (AgreementStatus.TERMINATED, True, False),
        (AgreementStatus.ACTIVE, True, False),
        (AgreementStatus.DRAFT, False, False),
        (AgreementStatus.EXPIRED, False, False),
    ],
)
def test_only_running_agreements_cost_money(
    status: AgreementStatus, ended: bool, counts: bool
) -> None:
    item = agreement(1, ACME, "100", status=status)

    overview = cost_overview([(item, plan(ended=ended))], PARTNERS, TODAY)

    assert is_running(item, plan(ended=ended)) is counts
    assert bool(overview.by_agreement) is counts


def test_agreements_of_unknown_partners_are_left_out() -> None:
    stranger = Partner(PartnerId(9), "Fremd")

    overview = cost_overview([(agreement(1, stranger, "100"), plan())], PARTNERS, TODAY)

    assert overview.by_agreement == ()
    assert overview.total_per_year == {}


def test_by_agreement_names_partner_and_title() -> None:
    overview = cost_overview([(agreement(7, ACME, "10"), plan())], PARTNERS, TODAY)

    assert overview.by_agreement == (
        AgreementCost(AgreementId(7), PartnerId(1), "Acme", "Vertrag 7", eur("120")),
    )


def months(overview_rows: list[tuple[date, Money]]) -> list[tuple[str, str]]:
    return [(f"{day:%Y-%m}", f"{money.amount} {money.currency}") for day, money in overview_rows]


def test_the_projection_covers_twelve_months_from_the_current_one() -> None:
    overview = cost_overview([(agreement(1, ACME, "100"), plan())], PARTNERS, TODAY)

    assert [day for day, _ in overview.next_12_months] == [
        date(2026, 11, 1),
        date(2026, 12, 1),
        *(date(2027, month, 1) for month in range(1, 11)),
    ]
    assert {money.amount for _, money in overview.next_12_months} == {Decimal("100.00")}


def test_quarterly_and_yearly_bills_fall_in_the_months_of_the_start_date() -> None:
    items = [
        (agreement(1, ACME, "300", BillingPeriod.QUARTERLY, start_date=date(2024, 2, 15)), plan()),
        (agreement(2, ACME, "1000", BillingPeriod.YEARLY, start_date=date(2023, 4, 1)), plan()),
    ]

    overview = cost_overview(items, PARTNERS, TODAY)

    assert [row for row in months(overview.next_12_months) if row[1] != "0 EUR"] == [
        ("2026-11", "300.00 EUR"),
        ("2027-02", "300.00 EUR"),
        ("2027-04", "1000.00 EUR"),
        ("2027-05", "300.00 EUR"),
        ("2027-08", "300.00 EUR"),
    ]


def test_without_a_start_date_quarterly_bills_fall_in_calendar_quarters() -> None:
    item = agreement(1, ACME, "300", BillingPeriod.QUARTERLY)

    billed = [m for m in range(1, 13) if bill_in_month(item, None, date(2027, m, 1))]

    assert billed == [1, 4, 7, 10]


def test_an_agreement_ending_mid_year_bills_up_to_its_end_only() -> None:
    fixed = agreement(1, ACME, "100", start_date=date(2025, 6, 1), end_date=date(2027, 5, 31))
    terminated = agreement(
        2, GLOBEX, "10", status=AgreementStatus.TERMINATED, start_date=date(2020, 1, 1)
    )
    renewing = agreement(
        3, INITECH, "1", start_date=date(2025, 6, 1), end_date=date(2027, 5, 31), renewal_months=12
    )
    items = [
        (fixed, plan(next_end=date(2027, 5, 31))),
        (terminated, plan(next_end=date(2027, 2, 28))),
        (renewing, plan(next_end=date(2027, 5, 31))),
    ]

    overview = cost_overview(items, PARTNERS, TODAY)

    assert [money.amount for _, money in overview.next_12_months] == [
        *[Decimal("111.00")] * 4,  # Nov–Feb: all three
        *[Decimal("101.00")] * 3,  # Mar–May: the fixed one and the renewing one
        *[Decimal("1.00")] * 5,  # Jun–Oct: only the renewing one
    ]
    assert ending_day(fixed, plan()) == date(2027, 5, 31)
    assert ending_day(terminated, plan(next_end=date(2027, 2, 28))) == date(2027, 2, 28)
    assert ending_day(renewing, plan(next_end=date(2027, 5, 31))) is None


def test_a_terminated_agreement_ends_where_the_notice_was_given_for() -> None:
    item = agreement(1, ACME, "1", status=AgreementStatus.TERMINATED, end_date=date(2026, 1, 31))

    assert ending_day(item, plan(next_end=date(2027, 1, 31))) == date(2027, 1, 31)
    assert ending_day(item, plan()) == date(2026, 1, 31)


def test_an_agreement_starting_later_bills_from_its_start_month() -> None:
    item = agreement(1, ACME, "100", start_date=date(2027, 3, 15))

    overview = cost_overview([(item, plan())], PARTNERS, TODAY)

    assert [money.amount for _, money in overview.next_12_months] == [
        *[Decimal("0")] * 4,
        *[Decimal("100.00")] * 8,
    ]


def test_a_one_off_value_falls_in_the_month_it_starts() -> None:
    item = agreement(1, ACME, "5000", BillingPeriod.ONE_OFF, start_date=date(2027, 1, 10))
    earlier = agreement(2, ACME, "99", BillingPeriod.ONE_OFF, start_date=date(2026, 10, 31))

    overview = cost_overview([(item, plan()), (earlier, plan())], PARTNERS, TODAY)

    assert [row for row in months(overview.next_12_months) if row[1] != "0 EUR"] == [
        ("2027-01", "5000.00 EUR")
    ]


def test_each_month_lists_every_currency_in_use_euro_first() -> None:
    item = agreement(1, ACME, "100", currency="CHF")

    overview = cost_overview([(item, plan())], PARTNERS, TODAY)

    assert months(overview.next_12_months)[:2] == [("2026-11", "0 EUR"), ("2026-11", "100.00 CHF")]
    assert len(overview.next_12_months) == 24
