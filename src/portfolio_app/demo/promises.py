"""Promises of the demo: a meeting whose action items became promises, and a few more.

Everything is dated relative to ``today``; nothing depends on the seed. Two promises are
overdue (one each way), so the promises factor of the health score shows in the demo.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from portfolio_app.demo import company
from portfolio_app.domain.action_items import parse_action_items
from portfolio_app.domain.ids import NoteId, PartnerId
from portfolio_app.domain.note import Channel, CommunicationNote, Mood
from portfolio_app.domain.promise import Promise, PromiseDirection, PromiseState
from portfolio_app.services.catalog import Services

MEETING_PARTNER = "Druckerei Haußmann GmbH"
MEETING_DAYS_AGO = 12


@dataclass(frozen=True, slots=True)
class PromiseSpec:
    """A promise entered directly: partner, text, who owes, owner, due (days from today)."""

    partner: str
    text: str
    direction: PromiseDirection
    owner: str
    due_in_days: int | None
    state: PromiseState = PromiseState.OPEN


PROMISES = (
    PromiseSpec(
        "Systemhaus Albrecht GmbH & Co. KG",
        "Neue Mitarbeitende für die Benutzerkonten melden",
        PromiseDirection.WE_OWE,
        company.IT,
        -6,
    ),
    PromiseSpec(
        "Mobilitas Flottenleasing AG",
        "Angebot für zwei E-Transporter",
        PromiseDirection.THEY_OWE,
        company.PURCHASING,
        10,
    ),
    PromiseSpec(
        "Mobilitas Flottenleasing AG",
        "Ersatzwagen während des Werkstattaufenthalts",
        PromiseDirection.THEY_OWE,
        company.PURCHASING,
        -40,
        PromiseState.KEPT,
    ),
    PromiseSpec(
        "Kreativhaus Neckar GmbH",
        "Entwürfe für die Frühjahrskampagne",
        PromiseDirection.THEY_OWE,
        company.MARKETING,
        14,
    ),
    PromiseSpec(
        "Kreativhaus Neckar GmbH",
        "Rückmeldung zu den Logo-Varianten",
        PromiseDirection.WE_OWE,
        company.MARKETING,
        None,
    ),
)


def meeting_body(today: date) -> str:
    """The meeting note's body, written with the meeting template (German headings)."""

    def day(days: int) -> str:
        return (today + timedelta(days=days)).strftime("%d.%m.%Y")

    return (
        "Tagesordnung\n"
        "- Papierpreise 2027\n"
        "- Liefertermine Weihnachtsmailing\n\n"
        "Entscheidungen\n"
        "- Rahmenvertrag läuft zu den bisherigen Konditionen weiter\n\n"
        "Aufgaben\n"
        f"- Druckfreigabe für das Mailing erteilen @Melanie_Özdemir bis {day(5)}\n"
        f"- Aktualisierte Preisliste schicken @Gerd_Haußmann bis {day(-3)}\n"
        f"- Papiermuster FSC-Recycling vorlegen @Gerd_Haußmann bis {day(20)}"
    )


def store_promises(services: Services, set_day: Callable[[date], None], today: date) -> None:
    """Store the meeting note with its promises and the other promises of the demo."""
    ids = {p.name: p.id for p in services.partners.list_partners() if p.id is not None}
    _store_meeting(services, set_day, today, ids[MEETING_PARTNER])
    for spec in PROMISES:
        due = None if spec.due_in_days is None else today + timedelta(days=spec.due_in_days)
        set_day(min(today, (due or today) - timedelta(days=21)))
        services.promises.add(
            Promise(
                id=None,
                partner_id=ids[spec.partner],
                text=spec.text,
                direction=spec.direction,
                owner=spec.owner,
                due=due,
                state=spec.state,
            )
        )
    set_day(today)


def _store_meeting(
    services: Services, set_day: Callable[[date], None], today: date, partner_id: PartnerId
) -> None:
    day = today - timedelta(days=MEETING_DAYS_AGO)
    set_day(day)
    note = CommunicationNote(
        id=None,
        partner_id=partner_id,
        when=datetime.combine(day, time(10)).astimezone(),
        subject="Jahresgespräch Preise und Mailing",
        channel=Channel.MEETING,
        participants=f"Gerd Haußmann, {company.PURCHASING}, {company.MARKETING}",
        body=meeting_body(today),
        outcome="Preise bleiben 2027 stabil; Mailing geht Mitte Dezember in Druck.",
        mood=Mood.GOOD,
    )
    created = services.notes.add(note).created
    assert created is not None
    items = parse_action_items(note.body)
    promises = [
        Promise(
            id=None,
            partner_id=partner_id,
            text=item.text,
            direction=PromiseDirection.WE_OWE if index == 0 else PromiseDirection.THEY_OWE,
            owner=item.owner,
            due=item.due,
        )
        for index, item in enumerate(items)
    ]
    services.promises.from_note(NoteId(created.id), promises)
