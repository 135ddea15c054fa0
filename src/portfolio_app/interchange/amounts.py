"""Amounts as offices write them: ``1.234,50 €``, ``1,234.50``, ``1 234,50 EUR``, ``CHF 99.90``.

Which mark is the decimal one is decided per cell where the cell shows it (both marks: the
last one; a mark followed by other than three digits, or after a lone ``0``: that mark) and
otherwise by the column's style (:func:`decimal_comma_in`): if any cell of the column shows a
decimal comma, dots are thousands separators, and the other way round. A cell such as
``1.234`` or ``1,234`` in a column that shows nothing counts as thousands — an amount of
money with three decimals is far less likely than a thousands separator.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

from portfolio_app.domain.errors import ValidationError
from portfolio_app.interchange.wording import fold, quoted

_SYMBOLS = {"€": "EUR", "$": "USD", "£": "GBP"}
_CURRENCY_WORDS = {
    "eur": "EUR",
    "euro": "EUR",
    "usd": "USD",
    "dollar": "USD",
    "usdollar": "USD",
    "chf": "CHF",
    "fr": "CHF",
    "sfr": "CHF",
    "franken": "CHF",
    "gbp": "GBP",
    "pfund": "GBP",
}
_AFFIX = re.compile(
    r"(?P<pre>[€$£]|[^\W\d_]{2,9}\.?)?\s*(?P<num>.*?)\s*(?P<post>[€$£]|[^\W\d_]{2,9}\.?)?", re.S
)
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009'’]+")
_NUMBER = re.compile(r"[+-]?[\d.,]*\d[\d.,]*")
_PLAIN = re.compile(r"-?\d+(?:\.\d+)?")
MAX_AMOUNT_CHARS = 64
"""Longer cells are no amount (and would slow the patterns down)."""


def is_plain_number(text: str) -> bool:
    """Whether ``text`` looks like a spreadsheet's own number cell (``1234.5``)."""
    return _PLAIN.fullmatch(text) is not None


def parse_currency(text: str) -> str | None:
    """A currency code from ``EUR``, ``€``, ``Euro``, ``CHF`` …; unknown text upper-cased.

    The code is checked later by :meth:`Money.of` (``money.currency``).
    """
    stripped = text.strip()
    if not stripped:
        return None
    if stripped in _SYMBOLS:
        return _SYMBOLS[stripped]
    return _CURRENCY_WORDS.get(fold(stripped), stripped.upper())


def parse_amount(text: str, decimal_comma: bool | None = None) -> tuple[Decimal, str | None] | None:
    """An amount and the currency written next to it, if any.

    Args:
        text: E.g. ``1.234,50 €``, ``EUR 99``, ``1,234.50``, ``-12,5``.
        decimal_comma: The column's style from :func:`decimal_comma_in`; ``None`` unknown.

    Raises:
        ValidationError: ``import.number.invalid``.
    """
    if not fold(text) and not any(char.isdigit() for char in text):
        return None
    number, currency = _split_currency(text)
    return _to_decimal(number, decimal_comma, text), currency


def parse_decimal(text: str, decimal_comma: bool | None = None) -> Decimal | None:
    """An amount without currency (a ``€`` or ``EUR`` next to it is ignored).

    Raises:
        ValidationError: ``import.number.invalid``.
    """
    parsed = parse_amount(text, decimal_comma)
    return None if parsed is None else parsed[0]


def decimal_comma_in(cells: Iterable[str]) -> bool | None:
    """The decimal style a column shows: ``True`` comma, ``False`` dot, ``None`` can't tell."""
    dot = False
    for cell in cells:
        try:
            number, _currency = _split_currency(cell)
        except ValidationError:
            continue
        mark = _evident_mark(_SPACES.sub("", number).lstrip("+-"))
        if mark == ",":
            return True
        dot = dot or mark == "."
    return False if dot else None


def _split_currency(text: str) -> tuple[str, str | None]:
    if len(text) > MAX_AMOUNT_CHARS:
        raise ValidationError("import.number.invalid", f"{quoted(text)} is too long for an amount")
    match = _AFFIX.fullmatch(text.strip())
    assert match is not None  # every part of the pattern is optional
    affixes = [part for part in (match["pre"], match["post"]) if part]
    if len(affixes) > 1:
        raise ValidationError("import.number.invalid", f"{quoted(text)} is not an amount")
    if not affixes:
        return match["num"], None
    code = parse_currency(affixes[0].rstrip("."))
    if code is None or (len(code) != 3 and fold(affixes[0]) not in _CURRENCY_WORDS):
        raise ValidationError("import.number.invalid", f"{quoted(text)} is not an amount")
    return match["num"], code


def _evident_mark(number: str) -> str | None:
    commas, dots = number.count(","), number.count(".")
    if commas and dots:
        return "," if number.rfind(",") > number.rfind(".") else "."
    for mark, other in ((",", "."), (".", ",")):
        count = number.count(mark)
        if count > 1:
            return other
        if count == 1:
            whole, fraction = number.split(mark)
            if len(fraction) != 3 or whole.strip("0") == "":
                return mark
    return None


def _to_decimal(raw: str, decimal_comma: bool | None, text: str) -> Decimal:
    number = _SPACES.sub("", raw)
    if not _NUMBER.fullmatch(number):
        raise ValidationError("import.number.invalid", f"{quoted(text)} is not an amount")
    sign = "-" if number.startswith("-") else ""
    number = number.lstrip("+-")
    mark, group = _marks(number, decimal_comma)
    whole, _, fraction = number.rpartition(mark) if mark else (number, "", "")
    if group and not re.fullmatch(rf"\d{{1,3}}(?:\{group}\d{{3}})+", whole):
        raise ValidationError("import.number.invalid", f"{quoted(text)}: odd digit grouping")
    whole = whole.replace(group, "") if group else whole
    if not (whole or fraction) or not re.fullmatch(r"\d*", whole + fraction):
        raise ValidationError("import.number.invalid", f"{quoted(text)} is not an amount")
    return Decimal(f"{sign}{whole or '0'}.{fraction}" if fraction else f"{sign}{whole}")


def _marks(number: str, decimal_comma: bool | None) -> tuple[str, str]:
    """The decimal mark and the thousands separator of ``number`` ("" for none)."""
    commas, dots = number.count(","), number.count(".")
    if commas and dots:
        return (",", ".") if number.rfind(",") > number.rfind(".") else (".", ",")
    if commas > 1 or dots > 1:
        return "", "," if commas else "."
    if not commas and not dots:
        return "", ""
    mark = "," if commas else "."
    whole, fraction = number.split(mark)
    looks_grouped = len(fraction) == 3 and re.fullmatch(r"[1-9]\d{0,2}", whole) is not None
    style_mark = {True: ",", False: ".", None: ""}[decimal_comma]
    return ("", mark) if looks_grouped and style_mark != mark else (mark, "")
