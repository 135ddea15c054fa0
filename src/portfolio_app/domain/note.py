"""Communication notes: meetings, calls, decisions, misunderstandings, follow-ups."""

from __future__ import annotations

import dataclasses
import enum
from dataclasses import dataclass
from datetime import UTC, date, datetime

from portfolio_app.domain.errors import ValidationError
from portfolio_app.domain.ids import NoteId, PartnerId
from portfolio_app.domain.text import free_text, optional_line, required_line


class Channel(enum.StrEnum):
    """How the communication happened."""

    MEETING = "meeting"
    CALL = "call"
    EMAIL = "email"
    VIDEO = "video"
    CHAT = "chat"
    ON_SITE = "on_site"


class Mood(enum.StrEnum):
    """How the exchange felt."""

    GOOD = "good"
    NEUTRAL = "neutral"
    TENSE = "tense"


@dataclass(frozen=True, slots=True)
class FollowUp:
    """Something to do after the exchange, and who does it (``owner``, may be empty)."""

    text: str
    due: date | None = None
    done: bool = False
    owner: str = ""


@dataclass(frozen=True, slots=True)
class CommunicationNote:
    """A record of one exchange with a partner. ``when`` is timezone-aware."""

    id: NoteId | None
    partner_id: PartnerId
    when: datetime
    subject: str
    channel: Channel = Channel.MEETING
    participants: str = ""
    body: str = ""
    outcome: str = ""
    mood: Mood = Mood.NEUTRAL
    misunderstanding: bool = False
    resolution: str = ""
    follow_up: FollowUp | None = None

    def validated(self) -> CommunicationNote:
        """Return a cleaned copy with ``when`` in UTC.

        Raises:
            ValidationError: A field breaks a rule; ``field`` names it.
        """
        if self.when.tzinfo is None:
            raise ValidationError("note.when.naive", str(self.when), field="when")
        follow_up = self.follow_up
        if follow_up is not None:
            text = free_text(follow_up.text, "note.follow_up", "follow_up_text")
            if not text:
                if follow_up.due is not None:
                    raise ValidationError(
                        "note.follow_up.empty", "due date without text", field="follow_up_text"
                    )
                follow_up = None
            else:
                owner = optional_line(follow_up.owner, "note.follow_up_owner", "follow_up_owner")
                follow_up = dataclasses.replace(follow_up, text=text, owner=owner)
        return dataclasses.replace(
            self,
            when=self.when.astimezone(UTC),
            subject=required_line(self.subject, "note.subject", "subject", 300),
            participants=optional_line(self.participants, "note.participants", "participants", 500),
            body=free_text(self.body, "note.body", "body"),
            outcome=free_text(self.outcome, "note.outcome", "outcome"),
            resolution=free_text(self.resolution, "note.resolution", "resolution"),
            follow_up=follow_up,
        )
