"""Action items of a meeting note: the section, owners, German and ISO due dates."""

from __future__ import annotations

from datetime import date

import pytest

from portfolio_app.domain.action_items import ActionItem, parse_action_items, parse_item

MEETING = """Agenda
- Prices for 2027
- Delivery times

Decisions
- Keep the framework agreement

Action items
- Send the revised offer @Jürgen bis 15.12.2026
- Check the SLA figures @anna due 2026-12-15
-
- Call the warehouse
"""


def test_only_bullets_under_the_action_items_heading_count() -> None:
    items = parse_action_items(MEETING)

    assert items == [
        ActionItem("Send the revised offer", "Jürgen", date(2026, 12, 15)),
        ActionItem("Check the SLA figures", "anna", date(2026, 12, 15)),
        ActionItem("Call the warehouse"),
    ]


def test_the_german_heading_and_other_bullets_are_understood() -> None:
    body = "Tagesordnung\n- Preise\n\nAufgaben:\n* Angebot schicken @Zoë_Schäfer bis 1.2.2027\n"

    assert parse_action_items(body) == [
        ActionItem("Angebot schicken", "Zoë Schäfer", date(2027, 2, 1))
    ]


def test_the_section_ends_at_the_next_heading() -> None:
    body = "## Action Items\n- First\n\nNotes\n- not an action item\n"

    assert parse_action_items(body) == [ActionItem("First")]


def test_translated_headings_can_be_passed_in() -> None:
    body = "Maßnahmen\n- Vertrag prüfen\n"

    assert parse_action_items(body) == []
    assert parse_action_items(body, {"Maßnahmen"}) == [ActionItem("Vertrag prüfen")]


def test_a_body_without_the_section_has_no_action_items() -> None:
    assert parse_action_items("Agenda\n- Prices\n") == []


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Offer @Jörg bis 15.12.2026", ActionItem("Offer", "Jörg", date(2026, 12, 15))),
        ("Offer @Jörg bis zum 15.12.2026.", ActionItem("Offer", "Jörg", date(2026, 12, 15))),
        ("Offer (due 2026-12-15)", ActionItem("Offer", "", date(2026, 12, 15))),
        ("Offer, fällig am 03.01.2027", ActionItem("Offer", "", date(2027, 1, 3))),
        ("Offer 2026-12-15", ActionItem("Offer", "", date(2026, 12, 15))),
        ("[x] Offer @Ümit.", ActionItem("[x] Offer", "Ümit", None)),
        ("Offer bis 31.02.2026", ActionItem("Offer bis 31.02.2026", "", None)),
        ("Mail to info@example.de", ActionItem("Mail to info@example.de", "", None)),
        ("@Grüße an alle", ActionItem("an alle", "Grüße", None)),
    ],
)
def test_one_item_is_split_into_text_owner_and_due(raw: str, expected: ActionItem) -> None:
    assert parse_item(raw) == expected


def test_check_boxes_and_numbered_bullets_are_stripped() -> None:
    body = "Action items\n1. [ ] Draft the memo\n2) [x] Book the room @Lea\n"

    assert parse_action_items(body) == [
        ActionItem("Draft the memo"),
        ActionItem("Book the room", "Lea"),
    ]
