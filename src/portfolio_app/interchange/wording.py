"""How files name things: folding of headers and labels, and the wording of enum values.

Files from German offices say "Dienstleistungsvertrag", "monatlich" or "Telefonat" where the
domain says ``service_contract``, ``monthly`` or ``call``. Every value is accepted in its
domain spelling, its English label and the German words listed here, ignoring case, spaces,
punctuation and the spelling of umlauts ("Buero" = "Büro", "Strasse" = "Straße").
"""

from __future__ import annotations

import enum
import unicodedata

from portfolio_app.domain.agreement import (
    AgreementKind,
    AgreementStatus,
    BillingPeriod,
    Decision,
    NoticeForm,
    PeriodUnit,
)
from portfolio_app.domain.note import Channel, Mood
from portfolio_app.domain.partner import Criticality, PartnerCategory, PartnerStatus

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})


def fold(text: str) -> str:
    """The comparable form of a header or label: lower case, umlauts spelled out, only a-z0-9.

    >>> fold("Kündigungs-Frist") == fold("kuendigungsfrist")
    True
    """
    folded = unicodedata.normalize("NFC", text).casefold().translate(_UMLAUTS)
    plain = unicodedata.normalize("NFKD", folded)  # "é" -> "e" + accent, dropped below
    return "".join(char for char in plain if char.isascii() and char.isalnum())


WORDS: dict[enum.Enum, tuple[str, ...]] = {
    PartnerStatus.PROSPECT: ("Prospect", "Interessent", "potenziell", "Akquise", "Lead"),
    PartnerStatus.ACTIVE: ("Active", "Aktiv"),
    PartnerStatus.PAUSED: ("Paused", "Pausiert", "ruhend", "inaktiv", "inactive"),
    PartnerStatus.ENDED: ("Ended", "Beendet", "ehemalig", "former"),
    Criticality.LOW: ("Low", "Niedrig", "gering"),
    Criticality.MEDIUM: ("Medium", "Mittel", "normal"),
    Criticality.HIGH: ("High", "Hoch", "kritisch", "critical"),
    PartnerCategory.MARKETING: ("Marketing", "Werbung", "Werbeagentur", "Agentur"),
    PartnerCategory.IT_SERVICES: ("IT services", "IT", "IT-Dienstleistungen", "IT-Service"),
    PartnerCategory.PRINT: ("Print", "Druck", "Druckerei"),
    PartnerCategory.FACILITY: (
        "Facility / cleaning",
        "Facility",
        "Cleaning",
        "Facility Management",
        "Reinigung",
        "Gebäudereinigung",
        "Gebäudeservice",
    ),
    PartnerCategory.FLEET: ("Fleet / leasing", "Fleet", "Fuhrpark", "Fahrzeuge"),
    PartnerCategory.OFFICE_EQUIPMENT: (
        "Office equipment",
        "Büroausstattung",
        "Bürotechnik",
        "Bürobedarf",
    ),
    PartnerCategory.CONSULTING: ("Consulting", "Beratung", "Unternehmensberatung"),
    PartnerCategory.STARTUP: ("Start-up cooperation", "Start-up", "Startup-Kooperation"),
    PartnerCategory.OTHER: ("Other", "Sonstige", "Sonstiges", "Andere"),
    AgreementKind.SERVICE_CONTRACT: (
        "Service contract",
        "Dienstleistungsvertrag",
        "Dienstvertrag",
        "Servicevertrag",
        "Wartungsvertrag",
    ),
    AgreementKind.LEASE: ("Lease", "Leasing", "Leasingvertrag", "Miete", "Mietvertrag"),
    AgreementKind.SLA: ("SLA", "Service Level Agreement", "Service-Level-Vereinbarung"),
    AgreementKind.FRAMEWORK: (
        "Framework agreement",
        "Framework",
        "Rahmenvertrag",
        "Rahmenvereinbarung",
    ),
    AgreementKind.COOPERATION: (
        "Cooperation",
        "Kooperation",
        "Kooperationsvertrag",
        "Kooperationsvereinbarung",
    ),
    AgreementKind.NDA: (
        "NDA",
        "Non-disclosure agreement",
        "Geheimhaltungsvereinbarung",
        "Vertraulichkeitsvereinbarung",
    ),
    AgreementKind.OTHER: ("Other", "Sonstige", "Sonstiges", "Andere"),
    AgreementStatus.DRAFT: ("Draft", "Entwurf", "in Verhandlung"),
    AgreementStatus.ACTIVE: ("Active", "Aktiv", "laufend", "gültig"),
    AgreementStatus.TERMINATED: ("Terminated", "Gekündigt"),
    AgreementStatus.EXPIRED: ("Expired", "Abgelaufen", "beendet", "ausgelaufen"),
    BillingPeriod.ONE_OFF: ("One-off", "once", "einmalig", "Einmalzahlung"),
    BillingPeriod.MONTHLY: ("Monthly", "per month", "monatlich", "pro Monat", "mtl"),
    BillingPeriod.QUARTERLY: (
        "Quarterly",
        "per quarter",
        "vierteljährlich",
        "quartalsweise",
        "pro Quartal",
    ),
    BillingPeriod.YEARLY: (
        "Yearly",
        "annually",
        "annual",
        "per year",
        "jährlich",
        "pro Jahr",
        "jhrl",
    ),
    NoticeForm.WRITTEN: ("Written", "Written form", "schriftlich", "Schriftform"),
    NoticeForm.TEXT: ("Text", "Text form", "Textform", "E-Mail"),
    PeriodUnit.DAYS: ("Days", "Tage", "Kalendertage"),
    PeriodUnit.WEEKS: ("Weeks", "Wochen"),
    PeriodUnit.MONTHS: ("Months", "Monate"),
    Decision.RENEW: ("Renew", "verlängern", "Verlängerung"),
    Decision.RENEGOTIATE: ("Renegotiate", "nachverhandeln", "neu verhandeln"),
    Decision.SWITCH: ("Switch partner", "switch", "wechseln", "Anbieterwechsel"),
    Decision.CANCEL: ("Cancel", "kündigen", "Kündigung"),
    Channel.MEETING: ("Meeting", "Besprechung", "Treffen", "Termin", "Sitzung"),
    Channel.CALL: ("Call", "Phone call", "Telefonat", "Anruf", "Telefon", "Phone"),
    Channel.EMAIL: ("E-mail", "Mail", "E-Mail"),
    Channel.VIDEO: ("Video call", "Video", "Videocall", "Videokonferenz", "Teams", "Zoom"),
    Channel.CHAT: ("Chat", "Messenger"),
    Channel.ON_SITE: ("On site", "vor Ort", "Besuch", "Vor-Ort-Termin"),
    Mood.GOOD: ("Good", "gut", "positiv", "positive"),
    Mood.NEUTRAL: ("Neutral", "normal"),
    Mood.TENSE: ("Tense", "angespannt", "schwierig", "negativ", "negative", "kritisch"),
}
"""English label first (as the UI shows it), then German and other common words."""


def _lookup(enum_type: type[enum.Enum]) -> dict[str, enum.Enum]:
    table: dict[str, enum.Enum] = {}
    for member in enum_type:
        for word in (str(member.value), *WORDS.get(member, ())):
            table.setdefault(fold(word), member)
    return table


_LOOKUPS: dict[type[enum.Enum], dict[str, enum.Enum]] = {
    enum_type: _lookup(enum_type)
    for enum_type in (
        PartnerStatus,
        PartnerCategory,
        Criticality,
        AgreementKind,
        AgreementStatus,
        BillingPeriod,
        NoticeForm,
        PeriodUnit,
        Decision,
        Channel,
        Mood,
    )
}


def member_for(enum_type: type[enum.Enum], text: str) -> enum.Enum | None:
    """The member of ``enum_type`` that ``text`` names in English or German, if any."""
    table = _LOOKUPS.get(enum_type) or _lookup(enum_type)
    return table.get(fold(text))


def words_for(member: enum.Enum) -> tuple[str, ...]:
    """The accepted words for ``member``, for documentation and tests."""
    return (str(member.value), *WORDS.get(member, ()))


def label_for(member: enum.Enum) -> str:
    """The English label of ``member`` as the application shows it."""
    return WORDS.get(member, (str(member.value),))[0]


def quoted(text: str, limit: int = 60) -> str:
    """``text`` quoted for an error detail, shortened when long: ``'31.13.2026'``."""
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")
