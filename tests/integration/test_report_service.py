"""What the report service gathers for the dossier, the briefing and the portfolio report."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from portfolio_app.domain.deadlines import DeadlineKind
from portfolio_app.domain.errors import NotFoundError
from portfolio_app.domain.ids import PartnerId
from portfolio_app.domain.money import Money
from portfolio_app.services.catalog import Services
from tests.report_data import CLEANING, HOSTILE, MUELLER, fill_report_portfolio


def test_the_dossier_holds_deadlines_costs_goals_and_notes(services: Services) -> None:
    stored = fill_report_portfolio(services, extra_notes=12)

    report = services.reports.dossier(stored.mueller)

    assert report.as_of == date(2026, 11, 29)
    assert report.partner.name == MUELLER
    assert [c.name for c in report.contacts] == ["Anna Öztürk", "Jürgen Weiß"]  # primary first
    (line,) = report.agreements
    assert line.agreement.title == CLEANING
    assert line.schedule.next_end == date(2027, 2, 28)
    assert line.schedule.last_notice_day == date(2026, 11, 30)
    assert line.schedule.renews_on == date(2027, 3, 1)
    assert line.annual_cost == Money(Decimal("5400.00"))
    assert report.annual_totals == (Money(Decimal("5400.00")),)
    (goal,) = report.goals
    assert goal.progress == pytest.approx(0.5)
    assert not goal.overdue
    assert report.note_count == 13
    assert len(report.notes) == 10
    assert report.notes[0].subject == "Quartalsgespräch"  # newest first
    assert [n.subject for n in report.open_follow_ups] == ["Quartalsgespräch"]
    assert [(d.day, d.kind) for d in report.deadlines] == [
        (date(2026, 11, 30), DeadlineKind.NOTICE),
        (date(2026, 12, 5), DeadlineKind.FOLLOW_UP),
        (date(2027, 3, 1), DeadlineKind.RENEWAL),
    ]
    assert 0 <= report.health.score <= 100


def test_a_missing_partner_has_no_dossier(services: Services) -> None:
    with pytest.raises(NotFoundError):
        services.reports.dossier(PartnerId(999))


def test_the_portfolio_report_sums_costs_and_sorts_partners_by_health(
    services: Services,
) -> None:
    fill_report_portfolio(services)

    report = services.reports.portfolio()

    assert report.horizon_days == 90
    assert report.costs_by_category == (
        ("facility", Money(Decimal("5400.00"))),
        ("it_services", Money(Decimal("4800.00"))),
    )
    assert report.cost_totals == (Money(Decimal("10200.00")),)
    assert [(d.day, d.kind) for d in report.deadlines] == [
        (date(2026, 11, 30), DeadlineKind.NOTICE),
        (date(2026, 12, 5), DeadlineKind.FOLLOW_UP),
    ]
    scores = [line.health.score for line in report.partners_by_health]
    assert scores == sorted(scores)
    assert [line.name for line in report.partners_by_health] == [HOSTILE, MUELLER]
