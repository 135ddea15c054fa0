"""Small validation helpers shared by the entities."""

from __future__ import annotations

import re
import unicodedata

from portfolio_app.domain.errors import ValidationError

MAX_NAME_LENGTH = 200
MAX_TEXT_LENGTH = 100_000

_EMAIL = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>.]{2,}$")


def single_line(raw: str) -> str:
    """Collapse runs of white space (including line breaks) to single spaces."""
    return " ".join(raw.split())


def required_line(raw: str, code: str, field: str, max_length: int = MAX_NAME_LENGTH) -> str:
    """Return ``raw`` cleaned to one line.

    Raises:
        ValidationError: ``<code>.empty`` if blank, ``<code>.too_long`` if too long.
    """
    value = single_line(raw)
    if not value:
        raise ValidationError(f"{code}.empty", f"{field} is blank", field=field)
    return optional_line(value, code, field, max_length)


def optional_line(raw: str, code: str, field: str, max_length: int = MAX_NAME_LENGTH) -> str:
    """Return ``raw`` cleaned to one line, possibly empty.

    Raises:
        ValidationError: ``<code>.too_long`` if longer than ``max_length``.
    """
    value = single_line(raw)
    if len(value) > max_length:
        raise ValidationError(
            f"{code}.too_long", f"{field}: {len(value)} > {max_length}", field=field
        )
    return value


def free_text(raw: str, code: str, field: str) -> str:
    """Return multi-line text with trailing white space removed.

    Raises:
        ValidationError: ``<code>.too_long`` if the text is unreasonably long.
    """
    value = "\n".join(line.rstrip() for line in raw.strip().splitlines())
    if len(value) > MAX_TEXT_LENGTH:
        raise ValidationError(f"{code}.too_long", f"{field} too long", field=field)
    return value


def email_address(raw: str, code: str, field: str) -> str:
    """Return a trimmed e-mail address, or an empty string.

    Raises:
        ValidationError: ``<code>.invalid`` if the address is malformed.
    """
    value = raw.strip()
    if value and (not _EMAIL.match(value) or ".." in value):
        raise ValidationError(f"{code}.invalid", f"malformed e-mail {value!r}", field=field)
    return value


def collation_key(text: str) -> str:
    """Sort key for German users (DIN 5007-1): case and accents ignored, "ä" sorts as "a".

    ``"Ärzte"`` sorts among the A, not after Z as plain code points (or ``casefold``) would.
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))
