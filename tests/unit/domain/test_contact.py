"""Contact persons: names and e-mail addresses."""

from __future__ import annotations

import pytest

from portfolio_app.domain.contact import ContactPerson
from portfolio_app.domain.errors import ValidationError
from portfolio_app.domain.ids import PartnerId

PARTNER = PartnerId(1)


def contact(
    name: str = "Anna Berg", email: str = "", role: str = "", phone: str = "", notes: str = ""
) -> ContactPerson:
    return ContactPerson(
        id=None, partner_id=PARTNER, name=name, role=role, email=email, phone=phone, notes=notes
    )


@pytest.mark.parametrize(
    "email",
    [
        "anna@",
        "anna@example",
        "a b@c.de",
        "@example.com",
        "anna@@example.com",
        "anna@.com",
        "anna@example.c",
        "anna@example.com.",
        "anna@example.com, bob@example.com",
        "Anna <anna@example.com>",
    ],
)
def test_malformed_email_is_rejected_with_code_and_field(email: str) -> None:
    with pytest.raises(ValidationError) as caught:
        contact(email=email).validated()

    assert caught.value.code == "contact.email.invalid"
    assert caught.value.field == "email"


@pytest.mark.parametrize(
    "email",
    [
        "anna@example.com",
        "anna.berg+news@example.co.uk",
        "ANNA@Example.COM",
        "anna@müller-druck.de",
        "jörg@bäckerei.de",
    ],
)
def test_well_formed_email_is_accepted_unchanged(email: str) -> None:
    assert contact(email=email).validated().email == email


def test_email_is_trimmed() -> None:
    assert contact(email="  anna@example.com \n").validated().email == "anna@example.com"


def test_no_email_is_allowed() -> None:
    assert contact(email="   ").validated().email == ""


def test_email_with_two_dots_in_a_row_in_the_domain_is_rejected() -> None:
    with pytest.raises(ValidationError):
        contact(email="anna@example..com").validated()


def test_blank_contact_name_is_rejected() -> None:
    with pytest.raises(ValidationError) as caught:
        contact(name="  ").validated()

    assert caught.value.code == "contact.name.empty"
    assert caught.value.field == "name"


def test_phone_longer_than_sixty_characters_is_rejected() -> None:
    with pytest.raises(ValidationError) as caught:
        contact(phone="1" * 61).validated()

    assert caught.value.code == "contact.phone.too_long"
    assert caught.value.field == "phone"


def test_validated_cleans_name_role_and_notes() -> None:
    raw = contact(name=" Anna   Berg ", role=" Head of\nPurchasing ", notes=" Prefers calls  \n")

    clean = raw.validated()

    assert (clean.name, clean.role, clean.notes) == (
        "Anna Berg",
        "Head of Purchasing",
        "Prefers calls",
    )
