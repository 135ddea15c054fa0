"""Read contact persons from vCard files (``.vcf``) as Outlook, Thunderbird and phones write them.

Versions 2.1, 3.0 and 4.0, any number of cards per file, UTF-8 with or without BOM (also
UTF-16 with BOM; a file that is not UTF-8 is read as Windows-1252, as old Outlook writes
it). Parsing is done by ``vobject``, one card at a time, so a broken card costs only
itself: it is reported by number and name and the others are read.

What a card gives:

* name: ``FN``, else the parts of ``N`` (given, additional, family names);
* role: ``TITLE``, else ``ROLE``;
* e-mail: the preferred one (``PREF`` in 2.1/3.0, the lowest ``PREF=n`` in 4.0), else a
  work address, else the first;
* phone: work, then mobile, then any other number, fax last; the preferred one wins
  among equals; a 4.0 ``tel:`` URI loses its scheme;
* notes: every ``NOTE``, one paragraph each.

``vobject`` does not join quoted-printable soft line breaks (a line ending in ``=``, as
vCard 2.1 writers fold long values); they are joined here before parsing.
"""

from __future__ import annotations

import codecs
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from portfolio_app.domain.contact import ContactPerson
from portfolio_app.domain.errors import ValidationError
from portfolio_app.domain.ids import PartnerId
from portfolio_app.interchange.rows import (
    ImportFileError,
    ImportKind,
    ParsedRow,
    ParseResult,
    RowError,
)

logger = logging.getLogger(__name__)

MAX_VCARD_BYTES = 50 * 1024 * 1024
"""Larger files are refused; contact photos make real exports a few megabytes at most."""
INVALID = "import.vcard.invalid"
"""The code of every :class:`ImportFileError` raised here."""
UNCLOSED = "import.vcard.unclosed"
UNREADABLE = "import.vcard.unreadable"
NO_NAME = "import.vcard.no_name"
MAPPING = {
    "FN / N": "name",
    "TITLE / ROLE": "role",
    "EMAIL": "email",
    "TEL": "phone",
    "NOTE": "notes",
}
"""What feeds which field, as ``ParseResult.mapping`` reports it."""

_NO_PARTNER = PartnerId(0)
_BEGIN = re.compile(r"^BEGIN\s*:\s*VCARD\s*$", re.IGNORECASE)
_END = re.compile(r"^END\s*:\s*VCARD\s*$", re.IGNORECASE)
_QUOTED_PRINTABLE = re.compile(r"^[^:]*QUOTED-PRINTABLE[^:]*:", re.IGNORECASE)
_PHONE_RANK = (("FAX", 3), ("WORK", 0), ("CELL", 1))
_OTHER_PHONE = 2


@dataclass(frozen=True, slots=True)
class _Card:
    number: int
    """1-based position in the file."""
    text: str
    closed: bool


def read_vcards(path: Path) -> tuple[list[ContactPerson], list[str]]:
    """The contact persons in a vCard file, and one English message per card left out.

    Contacts carry ``partner_id = PartnerId(0)``; the caller picks the partner. They are
    validated (``ContactPerson.validated``); a card that breaks a rule is left out. A
    message reads like ``card 3: no name (FN or N)``.

    Raises:
        ImportFileError: ``import.vcard.invalid``: the file cannot be read, is too large,
            or holds no vCard at all.
    """
    result = parse_vcards(path)
    contacts = [row.record for row in result.rows if isinstance(row.record, ContactPerson)]
    return contacts, [f"card {error.row}: {error.detail}" for error in result.errors]


def parse_vcards(path: Path) -> ParseResult:
    """The file's cards as a contacts :class:`ParseResult` for the import service.

    ``row`` is the card's 1-based position in the file; no card names a partner, so the
    import needs one for all of them. Error codes: ``import.vcard.unclosed``,
    ``import.vcard.unreadable``, ``import.vcard.no_name``, or the validation code (e.g.
    ``contact.email.invalid``, with the field as ``column``).

    Raises:
        ImportFileError: ``import.vcard.invalid``, as for :func:`read_vcards`.
    """
    cards = _split_cards(_unfold_quoted_printable(_read_text(path)))
    if not cards:
        raise ImportFileError(INVALID, f"{path.name}: no vCard found")
    rows: list[ParsedRow] = []
    errors: list[RowError] = []
    for card in cards:
        try:
            rows.append(ParsedRow(card.number, _contact(card), partner_name=None))
        except _CardError as error:
            errors.append(RowError(card.number, error.field, error.code, str(error)))
    logger.info("read %d contacts from %s, %d cards left out", len(rows), path, len(errors))
    return ParseResult(ImportKind.CONTACTS, tuple(rows), tuple(errors), dict(MAPPING))


class _CardError(Exception):
    """One card cannot be used; the message says why (English, for logs and the CLI)."""

    def __init__(self, code: str, detail: str, field: str = "") -> None:
        super().__init__(detail)
        self.code = code
        self.field = field


def _read_text(path: Path) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_VCARD_BYTES:
            raise ImportFileError(INVALID, f"{path.name}: {size} bytes > {MAX_VCARD_BYTES}")
        data = path.read_bytes()
    except OSError as error:
        raise ImportFileError(INVALID, f"{path.name}: {error.strerror or error}") from error
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise ImportFileError(INVALID, f"{path.name}: {error}") from error
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        logger.info("%s is not UTF-8; reading it as Windows-1252", path)
        return data.decode("cp1252", errors="replace")


def _unfold_quoted_printable(text: str) -> list[str]:
    """The file's lines, with quoted-printable soft line breaks joined."""
    lines: list[str] = []
    pending: str | None = None
    for line in text.splitlines():
        if pending is not None:
            pending = pending[:-1] + line
        elif _QUOTED_PRINTABLE.match(line):
            pending = line
        else:
            lines.append(line)
            continue
        if not pending.endswith("="):
            lines.append(pending)
            pending = None
    if pending is not None:
        lines.append(pending)
    return lines


def _split_cards(lines: list[str]) -> list[_Card]:
    """Top-level ``BEGIN:VCARD`` … ``END:VCARD`` blocks (a 2.1 AGENT may nest one)."""
    cards: list[_Card] = []
    current: list[str] = []
    depth = 0
    for line in lines:
        if _BEGIN.match(line):
            depth += 1
        if depth > 0:
            current.append(line)
        if depth > 0 and _END.match(line):
            depth -= 1
            if depth == 0:
                cards.append(_Card(len(cards) + 1, "\r\n".join(current) + "\r\n", closed=True))
                current = []
    if current:
        cards.append(_Card(len(cards) + 1, "\r\n".join(current) + "\r\n", closed=False))
    return cards


def _contact(card: _Card) -> ContactPerson:
    if not card.closed:
        raise _CardError(UNCLOSED, "END:VCARD is missing (the file may be cut off)")
    import vobject  # only when a vCard file is read

    try:
        component = vobject.readOne(card.text)
        contact = _from_component(component)
    except _CardError:
        raise
    except Exception as error:
        # vobject is lenient and raises many kinds of errors on odd input (ParseError,
        # but also ValueError, UnicodeError, binascii.Error …); any of them spoils only
        # this card.
        raise _CardError(UNREADABLE, f"not readable ({type(error).__name__}: {error})") from error
    try:
        return contact.validated()
    except ValidationError as error:
        detail = f"{contact.name}: {error.code} ({error.detail})"
        raise _CardError(error.code, detail, error.field or "") from error


def _from_component(card: Any) -> ContactPerson:
    name = _name(card)
    if not name:
        raise _CardError(NO_NAME, "no name (FN or N)")
    return ContactPerson(
        id=None,
        partner_id=_NO_PARTNER,
        name=name,
        role=_first_text(card, "title") or _first_text(card, "role"),
        email=_best(card, "email", _email_order),
        phone=_phone_number(_best(card, "tel", _phone_order)),
        notes="\n\n".join(text for text in _texts(card, "note") if text),
    )


def _name(card: Any) -> str:
    formatted = _first_text(card, "fn")
    if formatted:
        return formatted
    for line in card.contents.get("n", []):
        value = line.value
        parts = [value.prefix, value.given, value.additional, value.family, value.suffix]
        words = [" ".join(part) if isinstance(part, list) else str(part) for part in parts]
        joined = " ".join(word.strip() for word in words if word and word.strip())
        if joined:
            return joined
    return ""


def _texts(card: Any, key: str) -> list[str]:
    return [str(line.value).strip() for line in card.contents.get(key, [])]


def _first_text(card: Any, key: str) -> str:
    return next((text for text in _texts(card, key) if text), "")


def _best(card: Any, key: str, order: Callable[[Any], tuple[int, int]]) -> str:
    """The non-empty ``key`` value that comes first in ``order`` (file order among equals)."""
    candidates = [
        (order(line), position, text)
        for position, line in enumerate(card.contents.get(key, []))
        if (text := str(line.value).strip())
    ]
    return min(candidates)[2] if candidates else ""


def _email_order(line: Any) -> tuple[int, int]:
    """Preferred first, then work addresses."""
    return _preference(line), 0 if "WORK" in _types(line) else 1


def _phone_order(line: Any) -> tuple[int, int]:
    """Work, mobile, other, fax; the preferred one first among equals."""
    types = _types(line)
    rank = next((rank for kind, rank in _PHONE_RANK if kind in types), _OTHER_PHONE)
    return rank, _preference(line)


def _types(line: Any) -> frozenset[str]:
    """TYPE values in upper case: ``TYPE=a,b``, ``TYPE="a,b"``, 2.1 bare ``;WORK;PREF``."""
    values = [*line.params.get("TYPE", []), *getattr(line, "singletonparams", [])]
    return frozenset(
        part.strip().upper() for value in values for part in str(value).split(",") if part
    )


def _preference(line: Any) -> int:
    """4.0 ``PREF=n`` (1 is most preferred), 2.1/3.0 ``PREF`` type (as 1); else 100."""
    for value in line.params.get("PREF", []):
        if str(value).isdigit():
            return int(value)
    return 1 if "PREF" in _types(line) else 100


def _phone_number(value: str) -> str:
    return value[4:].strip() if value.lower().startswith("tel:") else value
