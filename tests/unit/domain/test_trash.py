"""Trash retention and ordering."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from portfolio_app.domain.ids import ItemKind, ItemRef, PartnerId
from portfolio_app.domain.trash import RETENTION, TrashedItem, newest_first, purge_cutoff

AT = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)


def item(kind: ItemKind, item_id: int, at: datetime) -> TrashedItem:
    return TrashedItem(ItemRef(kind, item_id), f"{kind} {item_id}", PartnerId(1), "Acme", at)


def test_items_are_kept_for_thirty_days() -> None:
    assert RETENTION.days == 30
    assert item(ItemKind.NOTE, 1, AT).purge_at == datetime(2026, 12, 1, 8, 0, tzinfo=UTC)


def test_the_cutoff_lies_thirty_days_before_now() -> None:
    assert purge_cutoff(datetime(2026, 12, 1, 8, 0, tzinfo=UTC)) == AT


def test_an_item_knows_its_kind() -> None:
    assert item(ItemKind.GOAL, 4, AT).kind is ItemKind.GOAL


def test_newest_first_orders_by_deletion_then_kind_then_newest_id() -> None:
    later = AT + timedelta(hours=1)
    items = [
        item(ItemKind.NOTE, 1, AT),
        item(ItemKind.NOTE, 2, AT),
        item(ItemKind.PARTNER, 9, AT),
        item(ItemKind.CONTACT, 3, later),
    ]

    ordered = newest_first(items)

    assert [i.ref for i in ordered] == [
        ItemRef(ItemKind.CONTACT, 3),
        ItemRef(ItemKind.PARTNER, 9),
        ItemRef(ItemKind.NOTE, 2),
        ItemRef(ItemKind.NOTE, 1),
    ]
