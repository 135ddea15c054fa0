"""DashboardService: the start page's figures read from a real database and from fakes."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from portfolio_app.domain.agreement import Agreement, BillingPeriod
from portfolio_app.domain.goal import GoalStatus, SharedGoal
from portfolio_app.domain.ids import NoteId, PartnerId
from portfolio_app.domain.money import Money
from portfolio_app.domain.note import CommunicationNote
from portfolio_app.domain.partner import Criticality, Partner, PartnerStatus
from portfolio_app.services.catalog import Services
from portfolio_app.services.dashboard import DashboardService
from tests.conftest import FIXED_NOW
from tests.unit.services.fakes import FakeData, FakeUnitOfWork


def add_partner(services: Services, name: str, **fields: object) -> PartnerId:
    changes = services.partners.add_partner(Partner(None, name, **fields))  # type: ignore[arg-type]
    assert changes.created is not None
    return PartnerId(changes.created.id)


def test_dashboard_reads_costs_health_and_attention_lists(services: Services) -> None:
    printer = add_partner(
        services,
        "Druckerei Schäfer",
        category="printing",
        criticality=Criticality.HIGH,
        contact_cadence_days=14,
    )
    copier = add_partner(services, "Kopier-Service", category="printing", internal_owner="Eva")
    add_partner(services, "Old", status=PartnerStatus.ENDED)
    for partner_id, amount in ((printer, "900"), (copier, "100")):
        services.agreements.add(
            Agreement(
                None,
                partner_id,
                "Rahmenvertrag",
                start_date=date(2026, 1, 1),
                value=Money.of(amount),
                billing_period=BillingPeriod.MONTHLY,
            )
        )
    services.notes.add(
        CommunicationNote(
            None,
            printer,
            FIXED_NOW - timedelta(days=30),
            "Farbabweichung",
            misunderstanding=True,
        )
    )
    services.goals.add(SharedGoal(None, copier, "Weniger Ausfälle", status=GoalStatus.AT_RISK))

    board = services.dashboard.dashboard()

    assert board.today == FIXED_NOW.astimezone().date()
    assert board.partner_count == 3
    assert [m.subject for m in board.misunderstandings] == ["Farbabweichung"]
    assert [g.title for g in board.goals_at_risk] == ["Weniger Ausfälle"]
    assert [(c.name, c.days_overdue) for c in board.contacts_overdue] == [("Druckerei Schäfer", 16)]
    assert [name for _, name in board.without_owner] == ["Druckerei Schäfer"]
    (printing,) = board.concentration
    assert printing.total == Decimal("12000.00")
    assert printing.top_partner_name == "Druckerei Schäfer"
    assert printing.top_share == 0.9
    assert [r.name for r in board.risk] == ["Druckerei Schäfer", "Kopier-Service"]
    assert {line.name for line in board.lowest_health} == {"Druckerei Schäfer", "Kopier-Service"}


def test_dashboard_works_on_the_in_memory_fakes() -> None:
    data = FakeData()
    data.partners[1] = Partner(PartnerId(1), "Acme", contact_cadence_days=7)
    data.notes[1] = CommunicationNote(
        NoteId(1), PartnerId(1), FIXED_NOW - timedelta(days=10), "Call", misunderstanding=True
    )
    service = DashboardService(FakeUnitOfWork(data).factory, lambda: FIXED_NOW)

    board = service.dashboard()

    assert [c.days_overdue for c in board.contacts_overdue] == [3]
    assert [m.note_id for m in board.misunderstandings] == [1]
    assert [line.partner_id for line in board.lowest_health] == [1]
