"""CostService: annual costs of live, running agreements and the coming months' bills."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from portfolio_app.domain.agreement import (
    Agreement,
    AgreementStatus,
    BillingPeriod,
    NoticePeriod,
    PeriodUnit,
)
from portfolio_app.domain.errors import NotFoundError
from portfolio_app.domain.ids import AgreementId, ItemKind, ItemRef, PartnerId
from portfolio_app.domain.money import Money
from portfolio_app.domain.partner import Partner
from portfolio_app.services.costs import CostService
from tests.unit.services.fakes import FakeData, FakeUnitOfWork

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
ACME, GLOBEX, GONE = PartnerId(1), PartnerId(2), PartnerId(3)


def agreement(
    number: int,
    partner_id: PartnerId,
    amount: str,
    billing: BillingPeriod = BillingPeriod.MONTHLY,
    currency: str = "EUR",
    **fields: object,
) -> Agreement:
    values: dict[str, object] = {
        "start_date": date(2025, 3, 1),
        "minimum_term_months": 12,
        "renewal_months": 12,
        "notice_period": NoticePeriod(1, PeriodUnit.MONTHS),
        **fields,
    }
    return Agreement(
        AgreementId(number),
        partner_id,
        f"Vertrag {number}",
        value=Money.of(amount, currency),
        billing_period=billing,
        **values,  # type: ignore[arg-type]
    )


@pytest.fixture
def data() -> FakeData:
    data = FakeData()
    data.partners[ACME] = Partner(ACME, "Acme", category="it_services")
    data.partners[GLOBEX] = Partner(GLOBEX, "Globex", category="print")
    data.partners[GONE] = Partner(GONE, "Gone", category="print")
    return data


@pytest.fixture
def service(data: FakeData) -> CostService:
    return CostService(FakeUnitOfWork(data).factory, lambda: NOW)


def eur(amount: str) -> Money:
    return Money.of(amount)


def test_overview_sums_per_partner_category_and_currency(
    data: FakeData, service: CostService
) -> None:
    data.agreements[1] = agreement(1, ACME, "100")
    data.agreements[2] = agreement(2, ACME, "50", currency="CHF")
    data.agreements[3] = agreement(3, GLOBEX, "3000", BillingPeriod.YEARLY)
    data.agreements[4] = agreement(4, GLOBEX, "999", BillingPeriod.ONE_OFF)

    overview = service.overview()

    assert overview.total_per_year == {"EUR": Decimal("4200.00"), "CHF": Decimal("600.00")}
    assert overview.by_partner == [
        (GLOBEX, "Globex", eur("3000")),
        (ACME, "Acme", eur("1200")),
        (ACME, "Acme", Money.of("600", "CHF")),
    ]
    assert overview.by_category == [
        ("print", eur("3000")),
        ("it_services", eur("1200")),
        ("it_services", Money.of("600", "CHF")),
    ]


def test_trashed_records_and_partners_and_stopped_agreements_cost_nothing(
    data: FakeData, service: CostService
) -> None:
    data.agreements[1] = agreement(1, ACME, "100")
    data.agreements[2] = agreement(2, ACME, "1000")
    data.agreements[3] = agreement(3, GONE, "1000")
    data.agreements[4] = agreement(4, GLOBEX, "1000", status=AgreementStatus.DRAFT)
    data.agreements[5] = agreement(5, GLOBEX, "1000", status=AgreementStatus.EXPIRED)
    data.agreements[6] = agreement(
        6,
        GLOBEX,
        "1000",
        start_date=date(2024, 1, 1),
        end_date=date(2026, 6, 30),
        renewal_months=None,
    )
    data.trashed[ItemRef(ItemKind.AGREEMENT, 2)] = NOW
    data.trashed[ItemRef(ItemKind.PARTNER, GONE)] = NOW

    overview = service.overview()

    assert [cost.agreement_id for cost in overview.by_agreement] == [1]
    assert overview.total_per_year == {"EUR": Decimal("1200.00")}


def test_the_next_twelve_months_stop_after_a_terminated_agreements_end(
    data: FakeData, service: CostService
) -> None:
    data.agreements[1] = agreement(1, ACME, "100")
    data.agreements[2] = agreement(
        2, GLOBEX, "10", status=AgreementStatus.TERMINATED, notice_sent_on=date(2026, 11, 2)
    )  # ends 28.02.2027
    data.agreements[3] = agreement(
        3, GLOBEX, "400", BillingPeriod.QUARTERLY, start_date=date(2025, 1, 1)
    )

    overview = service.overview()

    assert [(f"{day:%Y-%m}", str(money.amount)) for day, money in overview.next_12_months] == [
        ("2026-11", "110.00"),
        ("2026-12", "110.00"),
        ("2027-01", "510.00"),
        ("2027-02", "110.00"),
        ("2027-03", "100.00"),
        ("2027-04", "500.00"),
        ("2027-05", "100.00"),
        ("2027-06", "100.00"),
        ("2027-07", "500.00"),
        ("2027-08", "100.00"),
        ("2027-09", "100.00"),
        ("2027-10", "500.00"),
    ]
    assert overview.total_per_year == {"EUR": Decimal("2920.00")}


def test_annual_for_partner_gives_one_amount_per_currency_euro_first(
    data: FakeData, service: CostService
) -> None:
    data.agreements[1] = agreement(1, ACME, "10", currency="USD")
    data.agreements[2] = agreement(2, ACME, "100")
    data.agreements[3] = agreement(3, ACME, "100", BillingPeriod.QUARTERLY)
    data.agreements[4] = agreement(4, ACME, "100", status=AgreementStatus.DRAFT)
    data.agreements[5] = agreement(5, GLOBEX, "100")

    assert service.annual_for_partner(ACME) == [eur("1600"), Money.of("120", "USD")]


def test_annual_for_a_partner_without_costs_is_empty(service: CostService) -> None:
    assert service.annual_for_partner(GLOBEX) == []


def test_annual_for_an_unknown_or_trashed_partner_is_not_found(
    data: FakeData, service: CostService
) -> None:
    data.trashed[ItemRef(ItemKind.PARTNER, GONE)] = NOW

    for partner_id in (GONE, PartnerId(99)):
        with pytest.raises(NotFoundError):
            service.annual_for_partner(partner_id)
