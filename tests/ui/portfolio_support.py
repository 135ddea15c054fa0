"""A small portfolio with deadlines, on a real database, for the deadline and cost tests.

Today is ``FIXED_NOW`` (29.11.2026). What the data gives:

* Kopierwerk Süd GmbH — "Leasing Kopierer": 24 months from 01.03.2025, 3 months' notice to
  the end of the term, renews by 12 months: the last notice day is 30.11.2026 (tomorrow),
  so its reminder is due; 249,90 € a month.
* Druckhaus Weiß GmbH — "Rahmenvertrag Druck": 24 months from 01.06.2025, last notice day
  28.02.2027 (91 days ahead, beyond the default horizon of 90 days); 1.200 € a quarter.
  A note whose follow-up was due on 20.11.2026 (overdue) and a goal whose target date
  31.10.2026 has passed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from portfolio_app.domain.agreement import (
    Agreement,
    BillingPeriod,
    NoticeAnchor,
    NoticePeriod,
    PeriodUnit,
)
from portfolio_app.domain.goal import SharedGoal
from portfolio_app.domain.ids import AgreementId, PartnerId
from portfolio_app.domain.money import Money
from portfolio_app.domain.note import CommunicationNote, FollowUp
from portfolio_app.domain.partner import Partner, PartnerCategory
from portfolio_app.runtime import Runtime, open_runtime
from portfolio_app.services.catalog import Services
from portfolio_app.services.changes import Changes
from tests.conftest import FIXED_NOW

TODAY = date(2026, 11, 29)
NOTICE_ADDRESS = "Kopierwerk Süd GmbH\nVertragsverwaltung\nPostfach 10 20 30\n70173 Stuttgart"


@dataclass(frozen=True)
class Portfolio:
    """Ids of what :func:`fill_portfolio` stored."""

    kopierwerk: PartnerId
    druckhaus: PartnerId
    leasing: AgreementId
    framework: AgreementId


def start(qtbot: QtBot, path: Path, *, create: bool = True) -> Runtime:
    """Open the database with its window, shown."""
    runtime = open_runtime(path, create=create, clock=lambda: FIXED_NOW)
    qtbot.addWidget(runtime.window)
    runtime.window.show()
    qtbot.waitExposed(runtime.window)
    return runtime


def stop(runtime: Runtime) -> None:
    """Close the window and the database and give the file free."""
    runtime.window.close()
    runtime.database.close()
    runtime.guard.release()


def _created(changes: Changes) -> int:
    assert changes.created is not None
    return changes.created.id


def fill_portfolio(services: Services) -> Portfolio:
    """Store the two partners with their agreements, note and goal (see module docstring)."""
    kopierwerk = PartnerId(
        _created(
            services.partners.add_partner(
                Partner(
                    None,
                    "Kopierwerk Süd GmbH",
                    PartnerCategory.OFFICE_EQUIPMENT.value,
                    address="Industriestraße 5\n70565 Stuttgart",
                )
            )
        )
    )
    druckhaus = PartnerId(
        _created(
            services.partners.add_partner(
                Partner(None, "Druckhaus Weiß GmbH", PartnerCategory.PRINT.value)
            )
        )
    )
    leasing = AgreementId(
        _created(
            services.agreements.add(
                Agreement(
                    None,
                    kopierwerk,
                    "Leasing Kopierer",
                    start_date=date(2025, 3, 1),
                    minimum_term_months=24,
                    notice_period=NoticePeriod(3, PeriodUnit.MONTHS),
                    notice_anchor=NoticeAnchor.END_OF_TERM,
                    renewal_months=12,
                    value=Money.of("249.90"),
                    billing_period=BillingPeriod.MONTHLY,
                    contract_number="LV-2025-0042",
                    customer_number="K-7781",
                    notice_address=NOTICE_ADDRESS,
                    deputy="Jana Kühn",
                )
            )
        )
    )
    framework = AgreementId(
        _created(
            services.agreements.add(
                Agreement(
                    None,
                    druckhaus,
                    "Rahmenvertrag Druck",
                    start_date=date(2025, 6, 1),
                    minimum_term_months=24,
                    notice_period=NoticePeriod(3, PeriodUnit.MONTHS),
                    renewal_months=12,
                    value=Money.of("1200.00"),
                    billing_period=BillingPeriod.QUARTERLY,
                )
            )
        )
    )
    services.notes.add(
        CommunicationNote(
            None,
            druckhaus,
            datetime(2026, 11, 2, 9, 0, tzinfo=UTC),
            "Reklamation Visitenkarten",
            follow_up=FollowUp("Neuen Andruck prüfen", date(2026, 11, 20)),
        )
    )
    services.goals.add(
        SharedGoal(None, druckhaus, "Druckkosten senken", target_date=date(2026, 10, 31))
    )
    return Portfolio(kopierwerk, druckhaus, leasing, framework)
