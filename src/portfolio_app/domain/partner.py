"""Partners: the companies and start-ups a business works with."""

from __future__ import annotations

import dataclasses
import enum
from dataclasses import dataclass
from datetime import date, datetime

from portfolio_app.domain.errors import ValidationError
from portfolio_app.domain.ids import PartnerId
from portfolio_app.domain.text import free_text, optional_line, required_line

MAX_TAG_LENGTH = 40
MAX_CADENCE_DAYS = 730
"""The longest expected contact cadence: two years."""


class PartnerStatus(enum.StrEnum):
    """Where a relationship stands."""

    PROSPECT = "prospect"
    ACTIVE = "active"
    PAUSED = "paused"
    ENDED = "ended"


class PartnerCategory(enum.StrEnum):
    """Built-in areas of outsourcing; users may type their own besides these."""

    MARKETING = "marketing"
    IT_SERVICES = "it_services"
    PRINT = "print"
    FACILITY = "facility"
    FLEET = "fleet"
    OFFICE_EQUIPMENT = "office_equipment"
    CONSULTING = "consulting"
    STARTUP = "startup"
    OTHER = "other"


class Criticality(enum.StrEnum):
    """How much the business depends on a partner."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


@dataclass(frozen=True, slots=True)
class Partner:
    """A partner company as the rest of the application sees it.

    ``category`` is the value of a :class:`PartnerCategory` or a user's own wording.
    ``internal_owner`` is the person in one's own company who looks after the partner;
    ``contact_cadence_days`` is how often one expects to be in touch (``None``: not set).
    """

    id: PartnerId | None
    name: str
    category: str = PartnerCategory.OTHER.value
    status: PartnerStatus = PartnerStatus.ACTIVE
    partner_since: date | None = None
    website: str = ""
    address: str = ""
    description: str = ""
    values_expectations: str = ""
    tags: tuple[str, ...] = ()
    archived: bool = False
    internal_owner: str = ""
    criticality: Criticality = Criticality.MEDIUM
    contact_cadence_days: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def validated(self) -> Partner:
        """Return a cleaned copy.

        Raises:
            ValidationError: A field breaks a rule; ``field`` names it.
        """
        return dataclasses.replace(
            self,
            name=required_line(self.name, "partner.name", "name"),
            category=optional_line(self.category, "partner.category", "category", 80)
            or PartnerCategory.OTHER.value,
            website=optional_line(self.website, "partner.website", "website", 500),
            address=free_text(self.address, "partner.address", "address"),
            description=free_text(self.description, "partner.description", "description"),
            values_expectations=free_text(
                self.values_expectations, "partner.values", "values_expectations"
            ),
            tags=clean_tags(self.tags),
            internal_owner=optional_line(self.internal_owner, "partner.owner", "internal_owner"),
            contact_cadence_days=_checked_cadence(self.contact_cadence_days),
        )


def _checked_cadence(days: int | None) -> int | None:
    """``days`` if it is a sensible contact cadence.

    Raises:
        ValidationError: ``partner.cadence.invalid`` outside 1 to 730 days.
    """
    if days is not None and not 1 <= days <= MAX_CADENCE_DAYS:
        raise ValidationError(
            "partner.cadence.invalid",
            f"{days} not in 1..{MAX_CADENCE_DAYS}",
            field="contact_cadence_days",
        )
    return days


def name_key(name: str) -> str:
    """The form of a partner name that must be unique (case and spacing ignored)."""
    return " ".join(name.split()).casefold()


def clean_tags(tags: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Trim, de-duplicate (ignoring case) and sort tags.

    Raises:
        ValidationError: ``partner.tag.too_long`` if a tag is too long.
    """
    seen: dict[str, str] = {}
    for raw in tags:
        tag = " ".join(raw.split())
        if not tag:
            continue
        if len(tag) > MAX_TAG_LENGTH:
            raise ValidationError("partner.tag.too_long", tag, field="tags")
        seen.setdefault(tag.casefold(), tag)
    return tuple(sorted(seen.values(), key=str.casefold))


def parse_tags(text: str) -> tuple[str, ...]:
    """Split a comma-separated tag list as typed by a user.

    Raises:
        ValidationError: ``partner.tag.too_long`` if a tag is too long.
    """
    return clean_tags(text.split(","))
