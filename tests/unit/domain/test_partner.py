"""Partner validation, tags and the uniqueness key of names."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from portfolio_app.domain.errors import ValidationError
from portfolio_app.domain.partner import (
    MAX_CADENCE_DAYS,
    MAX_TAG_LENGTH,
    Criticality,
    Partner,
    PartnerCategory,
    clean_tags,
    name_key,
    parse_tags,
)
from portfolio_app.domain.text import MAX_NAME_LENGTH


def test_validated_trims_the_name_and_collapses_inner_white_space() -> None:
    partner = Partner(id=None, name="  Müller \t Druck\nGmbH  ")

    clean = partner.validated()

    assert clean.name == "Müller Druck GmbH"


@pytest.mark.parametrize("blank", ["", "   ", "\t\n"])
def test_blank_name_is_rejected_with_code_and_field(blank: str) -> None:
    partner = Partner(id=None, name=blank)

    with pytest.raises(ValidationError) as caught:
        partner.validated()

    assert caught.value.code == "partner.name.empty"
    assert caught.value.field == "name"


def test_name_of_the_maximum_length_is_accepted() -> None:
    partner = Partner(id=None, name="x" * MAX_NAME_LENGTH)

    assert partner.validated().name == "x" * MAX_NAME_LENGTH


def test_name_longer_than_the_maximum_is_rejected() -> None:
    partner = Partner(id=None, name="x" * (MAX_NAME_LENGTH + 1))

    with pytest.raises(ValidationError) as caught:
        partner.validated()

    assert caught.value.code == "partner.name.too_long"
    assert caught.value.field == "name"


def test_blank_category_falls_back_to_other() -> None:
    partner = Partner(id=None, name="Acme", category="   ")

    assert partner.validated().category == PartnerCategory.OTHER.value


def test_own_category_wording_is_kept_on_one_line() -> None:
    partner = Partner(id=None, name="Acme", category="  Event \n catering ")

    assert partner.validated().category == "Event catering"


def test_free_text_keeps_its_lines_but_loses_trailing_white_space() -> None:
    partner = Partner(id=None, name="Acme", values_expectations="\n Fair prices  \nNo spam\t\n\n")

    assert partner.validated().values_expectations == "Fair prices\nNo spam"


def test_validated_cleans_the_tags() -> None:
    partner = Partner(id=None, name="Acme", tags=(" print ", "CRM", "crm", ""))

    assert partner.validated().tags == ("CRM", "print")


def test_validated_returns_a_new_partner_and_leaves_the_original_alone() -> None:
    partner = Partner(id=None, name="  Acme ")

    partner.validated()

    assert partner.name == "  Acme "


def test_clean_tags_removes_duplicates_ignoring_case_keeping_the_first_spelling() -> None:
    assert clean_tags(["Print", "print", "PRINT"]) == ("Print",)


def test_clean_tags_sorts_ignoring_case() -> None:
    assert clean_tags(["zeta", "Alpha", "beta"]) == ("Alpha", "beta", "zeta")


def test_clean_tags_collapses_white_space_and_drops_empty_tags() -> None:
    assert clean_tags(["  print \n shop ", "   ", ""]) == ("print shop",)


def test_tag_longer_than_the_maximum_is_rejected() -> None:
    with pytest.raises(ValidationError) as caught:
        clean_tags(["x" * (MAX_TAG_LENGTH + 1)])

    assert caught.value.code == "partner.tag.too_long"
    assert caught.value.field == "tags"


def test_tag_of_the_maximum_length_is_accepted() -> None:
    assert clean_tags(["x" * MAX_TAG_LENGTH]) == ("x" * MAX_TAG_LENGTH,)


def test_parse_tags_splits_a_typed_comma_separated_list() -> None:
    assert parse_tags("crm, Print shop ,, CRM , ") == ("crm", "Print shop")


def test_parse_tags_of_an_empty_line_is_no_tags() -> None:
    assert parse_tags("") == ()


def test_name_key_ignores_case_and_spacing() -> None:
    assert name_key("  ACME   gmbh ") == name_key("Acme GmbH")


def test_name_key_folds_sharp_s_like_a_double_s() -> None:
    assert name_key("Straße AG") == name_key("STRASSE AG")


def test_name_key_tells_different_names_apart() -> None:
    assert name_key("Acme") != name_key("Acme GmbH")


@given(st.text())
def test_name_key_is_idempotent(name: str) -> None:
    assert name_key(name_key(name)) == name_key(name)


tag_text = st.text(max_size=MAX_TAG_LENGTH)


@given(st.lists(tag_text, max_size=8))
def test_clean_tags_is_idempotent(tags: list[str]) -> None:
    once = clean_tags(tags)

    assert clean_tags(once) == once


@given(st.lists(tag_text, max_size=8))
def test_clean_tags_never_keeps_two_tags_equal_ignoring_case(tags: list[str]) -> None:
    cleaned = clean_tags(tags)

    assert len({tag.casefold() for tag in cleaned}) == len(cleaned)


def test_a_new_partner_has_no_owner_medium_criticality_and_no_cadence() -> None:
    partner = Partner(id=None, name="Acme").validated()

    assert (partner.internal_owner, partner.criticality, partner.contact_cadence_days) == (
        "",
        Criticality.MEDIUM,
        None,
    )


def test_internal_owner_is_kept_on_one_line() -> None:
    partner = Partner(id=None, name="Acme", internal_owner="  Frank \n Schäufele ")

    assert partner.validated().internal_owner == "Frank Schäufele"


def test_internal_owner_longer_than_the_maximum_is_rejected() -> None:
    partner = Partner(id=None, name="Acme", internal_owner="x" * (MAX_NAME_LENGTH + 1))

    with pytest.raises(ValidationError) as caught:
        partner.validated()

    assert caught.value.code == "partner.owner.too_long"
    assert caught.value.field == "internal_owner"


def test_criticality_values_are_stable() -> None:
    assert [c.value for c in Criticality] == ["low", "medium", "high"]


@pytest.mark.parametrize("days", [1, 42, MAX_CADENCE_DAYS])
def test_contact_cadence_within_the_range_is_accepted(days: int) -> None:
    partner = Partner(id=None, name="Acme", contact_cadence_days=days)

    assert partner.validated().contact_cadence_days == days


@pytest.mark.parametrize("days", [0, -7, MAX_CADENCE_DAYS + 1])
def test_contact_cadence_outside_the_range_is_rejected(days: int) -> None:
    partner = Partner(id=None, name="Acme", contact_cadence_days=days)

    with pytest.raises(ValidationError) as caught:
        partner.validated()

    assert caught.value.code == "partner.cadence.invalid"
    assert caught.value.field == "contact_cadence_days"
