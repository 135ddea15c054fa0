"""The dashboard rules: counts, attention lists and the risk view, from plain records."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from portfolio_app.domain.dashboard import (
    LOWEST_HEALTH_COUNT,
    build_dashboard,
    last_contact_days,
)
from portfolio_app.domain.goal import GoalStatus, SharedGoal
from portfolio_app.domain.health import HealthBand
from portfolio_app.domain.ids import GoalId, NoteId, PartnerId
from portfolio_app.domain.note import CommunicationNote
from portfolio_app.domain.partner import Criticality, Partner, PartnerStatus

TODAY = date(2026, 11, 29)
NOON = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)


def partner(pid: int, name: str, **fields: object) -> Partner:
    return Partner(PartnerId(pid), name, **fields)  # type: ignore[arg-type]


def note(nid: int, pid: int, days_ago: int, **fields: object) -> CommunicationNote:
    return CommunicationNote(
        NoteId(nid),
        PartnerId(pid),
        NOON - timedelta(days=days_ago),
        f"Note {nid}",
        **fields,  # type: ignore[arg-type]
    )


def dashboard(partners, notes=(), goals=(), costs=None, scores=None):
    last = last_contact_days(notes, TODAY, UTC)
    return build_dashboard(partners, notes, last, goals, costs or {}, scores or {}, TODAY)


def test_counts_by_status_and_category_include_every_live_partner() -> None:
    result = dashboard(
        [
            partner(1, "A", category="it", status=PartnerStatus.ACTIVE),
            partner(2, "B", category="it", status=PartnerStatus.ENDED),
            partner(3, "C", category="marketing", status=PartnerStatus.PROSPECT, archived=True),
        ]
    )
    assert result.partner_count == 3
    assert dict(result.by_status) == {
        PartnerStatus.ACTIVE: 1,
        PartnerStatus.ENDED: 1,
        PartnerStatus.PROSPECT: 1,
    }
    assert result.by_category == (("it", 2), ("marketing", 1))


def test_lowest_health_lists_the_worst_first_and_skips_ended_partners() -> None:
    partners = [partner(i, f"P{i}") for i in range(1, 9)]
    partners.append(partner(9, "Gone", status=PartnerStatus.ENDED))
    scores = {PartnerId(i): 90 - i * 10 for i in range(1, 9)} | {PartnerId(9): 0}
    result = dashboard(partners, scores=scores)
    assert [line.name for line in result.lowest_health] == ["P8", "P7", "P6", "P5", "P4"]
    assert len(result.lowest_health) == LOWEST_HEALTH_COUNT
    assert result.lowest_health[0].score == 10
    assert result.lowest_health[0].band is HealthBand.POOR


def test_open_misunderstandings_are_unresolved_flagged_notes_newest_first() -> None:
    result = dashboard(
        [partner(1, "Müller GmbH")],
        [
            note(1, 1, 30, misunderstanding=True),
            note(2, 1, 3, misunderstanding=True),
            note(3, 1, 1, misunderstanding=True, resolution="Clarified by phone"),
            note(4, 1, 2),
        ],
    )
    assert [m.note_id for m in result.misunderstandings] == [2, 1]
    assert result.misunderstandings[0].partner_name == "Müller GmbH"


def test_records_of_partners_not_passed_in_are_ignored() -> None:
    result = dashboard([partner(1, "A")], [note(1, 2, 3, misunderstanding=True)])
    assert result.misunderstandings == ()


def test_a_goal_is_overdue_only_when_open_and_past_target() -> None:
    goal = SharedGoal(GoalId(1), PartnerId(1), "G", target_date=TODAY - timedelta(days=1))
    assert goal.is_overdue(TODAY)
    assert not SharedGoal(GoalId(1), PartnerId(1), "G", target_date=TODAY).is_overdue(TODAY)
    for status in (GoalStatus.ACHIEVED, GoalStatus.DROPPED):
        closed = SharedGoal(
            GoalId(1), PartnerId(1), "G", target_date=date(2020, 1, 1), status=status
        )
        assert not closed.is_overdue(TODAY)
    assert not SharedGoal(GoalId(1), PartnerId(1), "G").is_overdue(TODAY)


def test_goals_at_risk_are_at_risk_or_overdue() -> None:
    goals = [
        SharedGoal(GoalId(1), PartnerId(1), "Risky", status=GoalStatus.AT_RISK),
        SharedGoal(GoalId(2), PartnerId(1), "Late", target_date=date(2026, 6, 30)),
        SharedGoal(GoalId(3), PartnerId(1), "Fine", status=GoalStatus.ON_TRACK),
        SharedGoal(
            GoalId(4),
            PartnerId(1),
            "Done late",
            target_date=date(2026, 1, 1),
            status=GoalStatus.ACHIEVED,
        ),
    ]
    result = dashboard([partner(1, "A")], goals=goals)
    assert [(g.title, g.overdue) for g in result.goals_at_risk] == [
        ("Late", True),
        ("Risky", False),
    ]


def test_contacts_overdue_compare_the_last_note_with_the_cadence() -> None:
    partners = [
        partner(1, "Due", contact_cadence_days=28),
        partner(2, "Fresh", contact_cadence_days=28),
        partner(3, "Never", contact_cadence_days=14),
        partner(4, "No cadence"),
        partner(5, "Paused", contact_cadence_days=7, status=PartnerStatus.PAUSED),
        partner(6, "Exactly", contact_cadence_days=10),
    ]
    notes = [note(1, 1, 40), note(2, 1, 50), note(3, 2, 5), note(4, 4, 400), note(5, 6, 10)]
    result = dashboard(partners, notes)
    assert [(c.name, c.days_overdue) for c in result.contacts_overdue] == [
        ("Due", 12),
        ("Never", None),
    ]
    assert result.contacts_overdue[0].last_contact == TODAY - timedelta(days=40)


def test_notes_in_the_future_do_not_count_as_contact() -> None:
    result = dashboard([partner(1, "A", contact_cadence_days=7)], [note(1, 1, -3)])
    assert result.contacts_overdue[0].last_contact is None


def test_risk_orders_by_criticality_then_cost_and_shows_category_share() -> None:
    partners = [
        partner(1, "Cheap critical", category="it", criticality=Criticality.HIGH),
        partner(2, "Big IT", category="it", criticality=Criticality.MEDIUM, internal_owner="Eva"),
        partner(3, "Small IT", category="it", criticality=Criticality.MEDIUM),
        partner(4, "Low no cost", criticality=Criticality.LOW),
    ]
    costs = {PartnerId(2): Decimal(30000), PartnerId(3): Decimal(10000)}
    result = dashboard(partners, costs=costs)
    assert [r.name for r in result.risk] == ["Cheap critical", "Big IT", "Small IT"]
    assert result.risk[0].share_of_category is None
    assert result.risk[1].share_of_category == pytest.approx(0.75)
    by_level = {c.criticality: (c.partners, c.annual) for c in result.by_criticality}
    assert by_level == {
        Criticality.HIGH: (1, Decimal(0)),
        Criticality.MEDIUM: (2, Decimal(40000)),
        Criticality.LOW: (1, Decimal(0)),
    }


def test_concentration_names_the_largest_partner_per_category() -> None:
    partners = [
        partner(1, "Print A", category="printing"),
        partner(2, "Print B", category="printing"),
        partner(3, "Clean", category="cleaning"),
        partner(4, "Ended", category="cleaning", status=PartnerStatus.ENDED),
    ]
    costs = {
        PartnerId(1): Decimal(1000),
        PartnerId(2): Decimal(3000),
        PartnerId(3): Decimal(500),
        PartnerId(4): Decimal(99999),
    }
    result = dashboard(partners, costs=costs)
    printing, cleaning = result.concentration
    assert (printing.category, printing.top_partner_name) == ("printing", "Print B")
    assert printing.top_share == pytest.approx(0.75)
    assert printing.concentrated
    assert (cleaning.total, cleaning.partners, cleaning.top_share) == (Decimal(500), 1, 1.0)


def test_concentration_below_the_warning_is_not_flagged() -> None:
    partners = [partner(i, f"P{i}", category="it") for i in (1, 2, 3)]
    costs = {PartnerId(i): Decimal(100) for i in (1, 2, 3)}
    (it,) = dashboard(partners, costs=costs).concentration
    assert not it.concentrated


def test_partners_without_owner_skip_ended_and_archived_and_blank_counts_as_none() -> None:
    result = dashboard(
        [
            partner(1, "Zeta"),
            partner(2, "alpha", internal_owner="   "),
            partner(3, "Owned", internal_owner="Jörg"),
            partner(4, "Archived", archived=True),
            partner(5, "Ended", status=PartnerStatus.ENDED),
        ]
    )
    assert result.without_owner == ((PartnerId(2), "alpha"), (PartnerId(1), "Zeta"))
