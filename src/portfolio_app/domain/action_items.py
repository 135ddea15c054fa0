"""Action items in a meeting note's body: the bullet lines under an "Action items" heading.

Each bullet may name its owner with ``@Name`` and end with a due date, German or ISO,
optionally after a keyword: ``- Send the offer @Jürgen bis 15.12.2026`` or
``- Send the offer @Jürgen due 2026-12-15``.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

ACTION_HEADINGS = frozenset({"action items", "action item", "aufgaben", "to-dos", "todos"})
"""Headings (case-folded, without a trailing colon) that open the action-item section."""

BULLET = "- "
"""How the meeting template starts a bullet line."""

_BULLET = re.compile(r"^\s*(?:[-*•–]|\d+[.)])\s*(?:\[[ xX]?\]\s*)?")
_OWNER = re.compile(r"(?<![\w@])@([^\W\d_][\w.\-]*)")
_DUE = re.compile(
    r"[\s,;(]*(?:\b(?:bis(?:\s+zum)?|due|by|until|fällig(?:\s+am)?|am)\b:?\s*)?"
    r"(?:(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})"
    r"|(?P<iso>\d{4}-\d{2}-\d{2}))\)?[\s.]*$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class ActionItem:
    """One parsed action item: what to do, who does it (may be empty), until when."""

    text: str
    owner: str = ""
    due: date | None = None


def parse_action_items(body: str, headings: Collection[str] = ACTION_HEADINGS) -> list[ActionItem]:
    """The action items of ``body``, in order; empty bullets are left out.

    The section starts at a line holding only one of ``headings`` (case ignored, an
    optional ``#`` prefix and ``:`` suffix allowed) and ends at the next line that is
    neither blank nor a bullet.
    """
    wanted = {heading.casefold() for heading in headings}
    items: list[ActionItem] = []
    inside = False
    for line in body.splitlines():
        if _heading(line) in wanted:
            inside = True
            continue
        if not inside or not line.strip():
            continue
        bullet = _BULLET.match(line)
        if bullet is None:
            inside = False
            continue
        item = parse_item(line[bullet.end() :])
        if item.text:
            items.append(item)
    return items


def parse_item(raw: str) -> ActionItem:
    """One bullet's text split into text, ``@owner`` and trailing due date."""
    text = raw.strip()
    due: date | None = None
    found = _DUE.search(text)
    if found is not None:
        due = _date_of(found)
        if due is not None:
            text = text[: found.start()]
    owner = ""
    mention = _OWNER.search(text)
    if mention is not None:
        owner = mention.group(1).rstrip(".-").replace("_", " ")
        text = text[: mention.start()] + text[mention.end() :]
    return ActionItem(" ".join(text.split()).strip(" ,;:–-"), owner, due)


def _heading(line: str) -> str:
    """The line as a heading candidate: trimmed, without ``#`` and ``:``, case-folded."""
    return line.strip().lstrip("#").strip().rstrip(":").strip().casefold()


def _date_of(found: re.Match[str]) -> date | None:
    """The matched date, or ``None`` if it does not exist (31.02.)."""
    try:
        if found.group("iso"):
            return date.fromisoformat(found.group("iso"))
        return date(int(found.group("year")), int(found.group("month")), int(found.group("day")))
    except ValueError:
        return None
