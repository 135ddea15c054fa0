"""Contact persons at a partner."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from portfolio_app.domain.ids import ContactId, PartnerId
from portfolio_app.domain.text import email_address, free_text, optional_line, required_line


@dataclass(frozen=True, slots=True)
class ContactPerson:
    """Someone we deal with at a partner."""

    id: ContactId | None
    partner_id: PartnerId
    name: str
    role: str = ""
    email: str = ""
    phone: str = ""
    is_primary: bool = False
    notes: str = ""

    def validated(self) -> ContactPerson:
        """Return a cleaned copy.

        Raises:
            ValidationError: A field breaks a rule; ``field`` names it.
        """
        return dataclasses.replace(
            self,
            name=required_line(self.name, "contact.name", "name"),
            role=optional_line(self.role, "contact.role", "role"),
            email=email_address(self.email, "contact.email", "email"),
            phone=optional_line(self.phone, "contact.phone", "phone", 60),
            notes=free_text(self.notes, "contact.notes", "notes"),
        )
