"""A partner worth a dossier, and a portfolio worth a report, stored through the services.

Today is ``FIXED_NOW`` (29.11.2026). "Müller Gebäudereinigung GmbH" has two contacts,
an agreement "Unterhaltsreinigung Büro" (24 months from 01.03.2025, 3 months' notice to
the end of the term, renewing by 12 months: next end 28.02.2027, last notice day
30.11.2026, 450 € a month), a goal with a KPI, and notes. A second partner is called
``<b>x</b> & "y"`` and pays 1.200 € a quarter for IT.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from portfolio_app.domain.agreement import (
    Agreement,
    BillingPeriod,
    NoticeAnchor,
    NoticePeriod,
    PeriodUnit,
)
from portfolio_app.domain.contact import ContactPerson
from portfolio_app.domain.goal import GoalStatus, Kpi, SharedGoal
from portfolio_app.domain.ids import PartnerId
from portfolio_app.domain.money import Money
from portfolio_app.domain.note import CommunicationNote, FollowUp, Mood
from portfolio_app.domain.partner import Partner, PartnerCategory
from portfolio_app.services.catalog import Services
from portfolio_app.services.changes import Changes

MUELLER = "Müller Gebäudereinigung GmbH"
HOSTILE = '<b>x</b> & "y"'
CLEANING = "Unterhaltsreinigung Büro"


@dataclass(frozen=True)
class ReportPartners:
    """Ids of the stored partners."""

    mueller: PartnerId
    hostile: PartnerId


def _created(changes: Changes) -> PartnerId:
    assert changes.created is not None
    return PartnerId(changes.created.id)


def fill_report_portfolio(
    services: Services, *, extra_notes: int = 0, extra_agreements: int = 0
) -> ReportPartners:
    """Store the two partners (see the module docstring), optionally with many more records."""
    mueller = _created(
        services.partners.add_partner(
            Partner(
                None,
                MUELLER,
                PartnerCategory.FACILITY.value,
                partner_since=date(2019, 4, 1),
                address="Hauptstraße 1\n80331 München",
                values_expectations="Zuverlässig & pünktlich",
                contact_cadence_days=28,
            )
        )
    )
    services.contacts.add(
        ContactPerson(None, mueller, "Jürgen Weiß", "Objektleiter", "jw@example.de", "+49 89 1")
    )
    services.contacts.add(ContactPerson(None, mueller, "Anna Öztürk", is_primary=True))
    services.agreements.add(
        Agreement(
            None,
            mueller,
            CLEANING,
            start_date=date(2025, 3, 1),
            minimum_term_months=24,
            notice_period=NoticePeriod(3, PeriodUnit.MONTHS),
            notice_anchor=NoticeAnchor.END_OF_TERM,
            renewal_months=12,
            value=Money.of("450.00"),
            billing_period=BillingPeriod.MONTHLY,
        )
    )
    services.goals.add(
        SharedGoal(
            None,
            mueller,
            "Reklamationen halbieren",
            status=GoalStatus.AT_RISK,
            target_date=date(2026, 12, 31),
            kpi=Kpi("Fälle", Decimal(20), Decimal(10), Decimal(15)),
        )
    )
    services.notes.add(
        CommunicationNote(
            None,
            mueller,
            datetime(2026, 11, 10, 9, 0, tzinfo=UTC),
            "Quartalsgespräch",
            participants="Anna Öztürk, Jürgen Weiß",
            outcome="Sonderreinigung im Dezember",
            mood=Mood.GOOD,
            follow_up=FollowUp("Angebot Sonderreinigung prüfen", date(2026, 12, 5)),
        )
    )
    for number in range(extra_notes):
        services.notes.add(
            CommunicationNote(
                None,
                mueller,
                datetime(2026, 10, 1, 9, 0, tzinfo=UTC) - timedelta(days=number),
                f"Telefonat {number + 1}",
                body="Kurze Abstimmung zur Reinigung. " * 8,
            )
        )
    for number in range(extra_agreements):
        services.agreements.add(
            Agreement(
                None,
                mueller,
                f"Zusatzvertrag {number + 1}",
                start_date=date(2026, 1, 1),
                minimum_term_months=12,
                notice_period=NoticePeriod(1, PeriodUnit.MONTHS),
                renewal_months=12,
                value=Money.of("10.00"),
            )
        )
    hostile = _created(
        services.partners.add_partner(Partner(None, HOSTILE, PartnerCategory.IT_SERVICES.value))
    )
    services.agreements.add(
        Agreement(
            None,
            hostile,
            "Wartung <script>",
            start_date=date(2025, 1, 1),
            minimum_term_months=24,
            notice_period=NoticePeriod(3, PeriodUnit.MONTHS),
            value=Money.of("1200.00"),
            billing_period=BillingPeriod.QUARTERLY,
        )
    )
    return ReportPartners(mueller, hostile)
