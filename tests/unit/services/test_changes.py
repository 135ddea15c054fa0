"""Changes: what a service call touched."""

from __future__ import annotations

from portfolio_app.domain.ids import ItemKind, ItemRef, PartnerId
from portfolio_app.services.changes import Changes


def test_of_names_the_record_and_its_partner() -> None:
    changes = Changes.of(ItemKind.NOTE, 5, PartnerId(2))

    assert changes == Changes(frozenset({ItemRef(ItemKind.NOTE, 5)}), frozenset({PartnerId(2)}))


def test_of_a_creation_points_at_the_new_record() -> None:
    assert Changes.of(ItemKind.NOTE, 5, PartnerId(2), created=True).created == ItemRef(
        ItemKind.NOTE, 5
    )


def test_touches_tells_which_kinds_changed() -> None:
    changes = Changes.of(ItemKind.AGREEMENT, 5, PartnerId(2))

    assert (changes.touches(ItemKind.AGREEMENT), changes.touches(ItemKind.NOTE)) == (True, False)


def test_combined_changes_hold_both_sides_and_the_created_record() -> None:
    added = Changes.of(ItemKind.GOAL, 1, PartnerId(1), created=True)
    edited = Changes.of(ItemKind.PARTNER, 2, PartnerId(2))

    combined = edited | added

    assert combined == Changes(
        frozenset({ItemRef(ItemKind.GOAL, 1), ItemRef(ItemKind.PARTNER, 2)}),
        frozenset({PartnerId(1), PartnerId(2)}),
        created=ItemRef(ItemKind.GOAL, 1),
    )
