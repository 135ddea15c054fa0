"""The shared text helpers behind every entity's validation."""

from __future__ import annotations

import pytest

from portfolio_app.domain.errors import ValidationError
from portfolio_app.domain.text import MAX_TEXT_LENGTH, free_text, optional_line, required_line


def test_required_line_names_the_code_and_field_it_was_given() -> None:
    with pytest.raises(ValidationError) as caught:
        required_line("\n", "thing.label", "label")

    assert (caught.value.code, caught.value.field) == ("thing.label.empty", "label")


def test_optional_line_measures_the_length_after_collapsing_white_space() -> None:
    assert optional_line("ab    cd", "thing.label", "label", max_length=5) == "ab cd"


def test_optional_line_rejects_text_over_its_maximum() -> None:
    with pytest.raises(ValidationError) as caught:
        optional_line("abcdef", "thing.label", "label", max_length=5)

    assert (caught.value.code, caught.value.field) == ("thing.label.too_long", "label")


def test_free_text_keeps_inner_blank_lines_and_indentation() -> None:
    assert free_text("  a\n\n  b  \n", "thing.text", "text") == "a\n\n  b"


def test_free_text_at_the_maximum_length_is_accepted() -> None:
    assert len(free_text("x" * MAX_TEXT_LENGTH, "thing.text", "text")) == MAX_TEXT_LENGTH


def test_free_text_over_the_maximum_length_is_rejected() -> None:
    with pytest.raises(ValidationError) as caught:
        free_text("x" * (MAX_TEXT_LENGTH + 1), "thing.text", "text")

    assert caught.value.code == "thing.text.too_long"
