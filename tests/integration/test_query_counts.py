"""Opening a partner reads a fixed number of SQL statements, however many records it has."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import Engine

from portfolio_app.domain.agreement import Agreement
from portfolio_app.domain.contact import ContactPerson
from portfolio_app.domain.goal import GoalStatus, SharedGoal
from portfolio_app.domain.ids import PartnerId
from portfolio_app.domain.note import CommunicationNote, FollowUp
from portfolio_app.domain.partner import Partner
from portfolio_app.services.catalog import Services
from tests.unit.services.test_health_service import counted_statements

START = datetime(2020, 1, 1, 9, 0, tzinfo=UTC)


def partner_with(services: Services, name: str, count: int) -> PartnerId:
    created = services.partners.add_partner(Partner(None, name, tags=("A", "B"))).created
    assert created is not None
    partner = PartnerId(created.id)
    for number in range(count):
        services.contacts.add(ContactPerson(None, partner, f"Kontakt {number}"))
        services.agreements.add(
            Agreement(None, partner, f"Vertrag {number}", start_date=date(2024, 1, 1))
        )
        goal = services.goals.add(SharedGoal(None, partner, f"Ziel {number}")).created
        assert goal is not None
        services.goals.update(
            SharedGoal(goal.id, partner, f"Ziel {number}", status=GoalStatus.AT_RISK)  # type: ignore[arg-type]
        )
        for offset in range(5):
            services.notes.add(
                CommunicationNote(
                    None,
                    partner,
                    START + timedelta(days=number * 5 + offset),
                    f"Notiz {number}/{offset}",
                    follow_up=FollowUp("Nachfassen", due=date(2026, 1, 1)),
                )
            )
    return partner


def statements_to_open(engine: Engine, services: Services, partner: PartnerId) -> list[str]:
    with counted_statements(engine) as statements:
        dossier = services.partners.dossier(partner)
        services.health.score(dossier)
        services.history.for_partner(partner)
        services.costs.annual_for_partner(partner)
    return statements


def test_opening_a_partner_costs_the_same_statements_for_1_or_40_of_everything(
    engine: Engine, services: Services
) -> None:
    small = partner_with(services, "Klein GmbH", 1)
    large = partner_with(services, "Groß GmbH", 40)

    few = statements_to_open(engine, services, small)
    many = statements_to_open(engine, services, large)

    assert len(services.partners.dossier(large).notes) == 200
    assert len(many) == len(few)
    assert len(many) <= 16, many
