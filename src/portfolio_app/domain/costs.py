"""What the running agreements cost: per year, per partner, per category, month by month.

Amounts in different currencies are never added up: every total is per currency, and
lists put euro amounts first. An agreement counts while it runs: active, or terminated
but not ended yet; draft and expired ones cost nothing.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TypeVar

from portfolio_app.domain.agreement import Agreement, AgreementStatus, BillingPeriod
from portfolio_app.domain.calendar_math import month_end
from portfolio_app.domain.deadlines import AgreementSchedule
from portfolio_app.domain.deadlines import schedule as agreement_schedule
from portfolio_app.domain.ids import AgreementId, PartnerId
from portfolio_app.domain.money import Money
from portfolio_app.domain.partner import Partner

K = TypeVar("K")

HOME_CURRENCY = "EUR"
PROJECTION_MONTHS = 12
_MONTHS_BETWEEN_BILLS = {
    BillingPeriod.MONTHLY: 1,
    BillingPeriod.QUARTERLY: 3,
    BillingPeriod.YEARLY: 12,
}
_RUNNING = (AgreementStatus.ACTIVE, AgreementStatus.TERMINATED)


@dataclass(frozen=True, slots=True)
class AgreementCost:
    """The annual cost of one running agreement with a recurring value."""

    agreement_id: AgreementId
    partner_id: PartnerId
    partner_name: str
    title: str
    annual: Money


@dataclass(frozen=True, slots=True)
class CostOverview:
    """Annual costs of the running agreements and the bills of the coming months.

    ``by_partner`` and ``by_category`` hold one entry per currency used, euro amounts
    first, each currency largest first. ``next_12_months`` starts with the current month
    and holds, per month, one entry per currency in use (euro always), in that order.
    ``by_agreement`` lists every counted agreement, largest first.
    """

    total_per_year: dict[str, Decimal]
    by_partner: list[tuple[PartnerId, str, Money]]
    by_category: list[tuple[str, Money]]
    next_12_months: list[tuple[date, Money]]
    by_agreement: tuple[AgreementCost, ...] = ()


def is_running(agreement: Agreement, schedule: AgreementSchedule) -> bool:
    """Whether the agreement still costs money (active, or terminated and not ended)."""
    return agreement.status in _RUNNING and not schedule.ended


def ending_day(agreement: Agreement, schedule: AgreementSchedule) -> date | None:
    """The last day of an agreement that will end, or ``None`` if it goes on.

    A terminated agreement ends where the notice was given for (the schedule's next end,
    else its end date); one with a fixed end and no renewal ends on that day. Renewing
    and open-ended agreements go on.
    """
    if agreement.status is AgreementStatus.TERMINATED:
        return schedule.next_end or agreement.end_date
    return _fixed_end(agreement)


def running_ends(
    agreements: Iterable[Agreement], today: date
) -> list[tuple[Agreement, date | None]]:
    """The running agreements, each with its :func:`ending_day`, in the given order.

    The same as :func:`is_running` and :func:`ending_day` with each agreement's
    :func:`~portfolio_app.domain.deadlines.schedule`, but only terminated agreements need
    their schedule: an active one has ended once its fixed end without renewal is past.
    """
    found: list[tuple[Agreement, date | None]] = []
    for agreement in agreements:
        if agreement.status is AgreementStatus.ACTIVE:
            end = agreement.end_date
            renews = (agreement.renewal_months or 0) > 0
            if end is None or renews or today <= end:
                found.append((agreement, _fixed_end(agreement)))
        elif agreement.status is AgreementStatus.TERMINATED:
            plan = agreement_schedule(agreement, today)
            if not plan.ended:
                found.append((agreement, ending_day(agreement, plan)))
    return found


def _fixed_end(agreement: Agreement) -> date | None:
    if agreement.end_date is not None and agreement.renewal_months is None:
        return agreement.end_date
    return None


def cost_overview(
    agreements: Iterable[tuple[Agreement, AgreementSchedule]],
    partners: Mapping[PartnerId, Partner],
    today: date,
) -> CostOverview:
    """Sum up the running agreements of the given (live) partners as of ``today``."""
    running = [
        (agreement, ending_day(agreement, schedule))
        for agreement, schedule in agreements
        if agreement.partner_id in partners and is_running(agreement, schedule)
    ]
    return overview_of_running(running, partners, today)


def overview_of_running(
    running: Sequence[tuple[Agreement, date | None]],
    partners: Mapping[PartnerId, Partner],
    today: date,
) -> CostOverview:
    """As :func:`cost_overview`, from running agreements with their end (:func:`running_ends`).

    Agreements of partners not in ``partners`` are left out.
    """
    running = [item for item in running if item[0].partner_id in partners]
    costs = _agreement_costs(running, partners)
    partner_totals: dict[tuple[PartnerId, str], Decimal] = {}
    category_totals: dict[tuple[str, str], Decimal] = {}
    for cost in costs:
        money = cost.annual
        _add(partner_totals, (cost.partner_id, money.currency), money.amount)
        category = partners[cost.partner_id].category
        _add(category_totals, (category, money.currency), money.amount)
    by_partner = [
        (partner_id, partners[partner_id].name, Money(amount, currency))
        for (partner_id, currency), amount in partner_totals.items()
    ]
    by_category = [
        (category, Money(amount, currency))
        for (category, currency), amount in category_totals.items()
    ]
    return CostOverview(
        total_per_year=annual_totals(cost.annual for cost in costs),
        by_partner=sorted(by_partner, key=lambda row: (*_money_order(row[2]), row[1].casefold())),
        by_category=sorted(by_category, key=lambda row: (*_money_order(row[1]), row[0])),
        next_12_months=_projection(running, today, PROJECTION_MONTHS),
        by_agreement=tuple(
            sorted(costs, key=lambda cost: (*_money_order(cost.annual), cost.title.casefold()))
        ),
    )


def home_annual_by_partner(
    running: Iterable[tuple[Agreement, date | None]],
) -> dict[PartnerId, Decimal]:
    """Each partner's annual cost in the home currency, from :func:`running_ends`.

    Equal to the home-currency amounts of :attr:`CostOverview.by_partner`; partners
    without such a cost are left out.
    """
    totals: dict[PartnerId, Decimal] = {}
    for agreement, _end in running:
        annual = agreement.annual_cost()
        if annual is not None and agreement.id is not None and annual.currency == HOME_CURRENCY:
            _add(totals, agreement.partner_id, annual.amount)
    return totals


def annual_totals(amounts: Iterable[Money]) -> dict[str, Decimal]:
    """Sum per currency, euro first, then by currency code."""
    totals: dict[str, Decimal] = {}
    for money in amounts:
        _add(totals, money.currency, money.amount)
    return {currency: totals[currency] for currency in sorted(totals, key=_currency_order)}


def month_projection(
    running: Sequence[tuple[Agreement, AgreementSchedule]],
    today: date,
    months: int = PROJECTION_MONTHS,
) -> list[tuple[date, Money]]:
    """What falls due in each of ``months`` calendar months, starting with today's month.

    Monthly bills fall in every month the agreement runs in; quarterly and yearly ones in
    the start date's month and every third or twelfth month after it (January, April, …
    without a start date); a one-off value in the month of the start date. An agreement
    that will end bills nothing in the months after its end.
    """
    ends = [(agreement, ending_day(agreement, schedule)) for agreement, schedule in running]
    return _projection(ends, today, months)


def _projection(
    running: Sequence[tuple[Agreement, date | None]], today: date, months: int
) -> list[tuple[date, Money]]:
    """:func:`month_projection` of agreements with their end; months per agreement."""
    currencies = {HOME_CURRENCY} | {
        agreement.value.currency for agreement, _ in running if agreement.value is not None
    }
    firsts = _month_starts(today, months)
    lasts = [month_end(first) for first in firsts]
    due: list[dict[str, Decimal]] = [dict.fromkeys(currencies, Decimal(0)) for _ in firsts]
    for agreement, end in running:
        value = agreement.value
        if value is None:
            continue
        for index in _billed_months(agreement, end, firsts, lasts):
            due[index][value.currency] += value.amount
    order = sorted(currencies, key=_currency_order)
    return [
        (first, Money(totals[currency], currency))
        for first, totals in zip(firsts, due, strict=True)
        for currency in order
    ]


def _billed_months(
    agreement: Agreement, end: date | None, firsts: Sequence[date], lasts: Sequence[date]
) -> list[int]:
    """Indexes of the months (first and last days, in order) the agreement bills in.

    The months :func:`bill_in_month` gives a bill for, found without trying each one.
    """
    start = agreement.start_date
    low = 0 if start is None else bisect.bisect_left(lasts, start)
    high = len(firsts) if end is None else bisect.bisect_right(firsts, end)
    if low >= high:
        return []
    if agreement.billing_period is BillingPeriod.ONE_OFF:
        return [low] if start is not None and firsts[low] <= start else []
    step = _MONTHS_BETWEEN_BILLS[agreement.billing_period]
    anchor_month = start.month if start is not None else 1
    return [index for index in range(low, high) if (firsts[index].month - anchor_month) % step == 0]


def bill_in_month(agreement: Agreement, end: date | None, first: date) -> Money | None:
    """What the agreement bills in the month starting on ``first``, if anything."""
    value, start = agreement.value, agreement.start_date
    last = month_end(first)
    if value is None or (start is not None and start > last) or (end is not None and end < first):
        return None
    if agreement.billing_period is BillingPeriod.ONE_OFF:
        return value if start is not None and start >= first else None
    step = _MONTHS_BETWEEN_BILLS[agreement.billing_period]
    anchor_month = start.month if start is not None else 1
    return value if (first.month - anchor_month) % step == 0 else None


def _agreement_costs(
    running: Sequence[tuple[Agreement, date | None]], partners: Mapping[PartnerId, Partner]
) -> list[AgreementCost]:
    costs: list[AgreementCost] = []
    for agreement, _end in running:
        annual = agreement.annual_cost()
        if annual is None or agreement.id is None:
            continue
        partner = partners[agreement.partner_id]
        costs.append(
            AgreementCost(agreement.id, agreement.partner_id, partner.name, agreement.title, annual)
        )
    return costs


def _month_starts(today: date, months: int) -> list[date]:
    index = today.year * 12 + today.month - 1
    return [date((index + step) // 12, (index + step) % 12 + 1, 1) for step in range(months)]


def _currency_order(currency: str) -> tuple[bool, str]:
    return (currency != HOME_CURRENCY, currency)


def _money_order(money: Money) -> tuple[bool, str, Decimal]:
    return (*_currency_order(money.currency), -money.amount)


def _add(totals: dict[K, Decimal], key: K, amount: Decimal) -> None:
    totals[key] = totals.get(key, Decimal(0)) + amount
