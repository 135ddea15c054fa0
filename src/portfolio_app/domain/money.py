"""Money as an exact decimal amount with a currency code."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from portfolio_app.domain.errors import ValidationError

_CURRENCY = re.compile(r"^[A-Z]{3}$")
_CENT = Decimal("0.01")
MAX_AMOUNT = Decimal("999999999999.99")


@dataclass(frozen=True, slots=True)
class Money:
    """An amount in a currency; never a float."""

    amount: Decimal
    currency: str = "EUR"

    @classmethod
    def of(cls, amount: Decimal | int | str, currency: str = "EUR") -> Money:
        """Build a validated amount rounded to cents.

        Raises:
            ValidationError: ``money.invalid``, ``money.negative``, ``money.too_large`` or
                ``money.currency``.
        """
        try:
            value = Decimal(amount)
        except (InvalidOperation, ValueError) as error:
            raise ValidationError("money.invalid", str(amount)) from error
        if not value.is_finite():
            raise ValidationError("money.invalid", str(amount))
        if value.is_zero():
            value = abs(value)  # "-0" is zero, not a negative amount
        if value < 0:
            raise ValidationError("money.negative", str(amount))
        if value > MAX_AMOUNT:
            raise ValidationError("money.too_large", str(amount))
        code = currency.strip().upper()
        if not _CURRENCY.match(code):
            raise ValidationError("money.currency", currency)
        return cls(value.quantize(_CENT, rounding=ROUND_HALF_UP), code)

    @property
    def minor_units(self) -> int:
        """The amount in cents, as stored."""
        return int(self.amount * 100)

    @classmethod
    def from_minor_units(cls, cents: int, currency: str) -> Money:
        """Rebuild an amount from stored cents."""
        return cls((Decimal(cents) / 100).quantize(_CENT), currency)

    def times(self, factor: int) -> Money:
        """This amount multiplied by a whole number."""
        return Money(self.amount * factor, self.currency)
