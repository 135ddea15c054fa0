"""How recent the last contact with a partner is, measured against the expected cadence."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from portfolio_app.domain.dossier import PartnerDossier
from portfolio_app.ui.formatting import format_moment


def contact_overdue_days(last: date | None, today: date, cadence_days: int | None) -> int:
    """Days by which the next contact is overdue (0 if not, or if there is no cadence).

    Without any contact a partner is not overdue by a number of days; the overview says
    "no contact noted yet" instead.
    """
    if last is None or cadence_days is None:
        return 0
    return max((today - last).days - cadence_days, 0)


def count_text(count: int, none: str, one: str, many: str) -> str:
    """``none``, ``one`` or ``many`` (with ``%1`` replaced by ``count``)."""
    if count == 0:
        return none
    return one if count == 1 else many.replace("%1", str(count))


def cadence_text(days: int | None) -> str:
    """How often contact is expected: "every 6 weeks", "every 30 days", "not set"."""
    if days is None:
        return QCoreApplication.translate("PartnerOverview", "not set")
    if days % 7 == 0:
        weeks = days // 7
        return count_text(
            weeks,
            "",
            QCoreApplication.translate("PartnerOverview", "every week"),
            QCoreApplication.translate("PartnerOverview", "every %1 weeks"),
        )
    return count_text(
        days,
        "",
        QCoreApplication.translate("PartnerOverview", "every day"),
        QCoreApplication.translate("PartnerOverview", "every %1 days"),
    )


def span_text(days: int) -> str:
    """A number of days in words: "6 weeks", "1 week", "30 days", "1 day"."""
    if days % 7 == 0:
        return count_text(
            days // 7,
            "",
            QCoreApplication.translate("PartnerOverview", "1 week"),
            QCoreApplication.translate("PartnerOverview", "%1 weeks"),
        )
    return count_text(
        days,
        "",
        QCoreApplication.translate("PartnerOverview", "1 day"),
        QCoreApplication.translate("PartnerOverview", "%1 days"),
    )


def last_contact_day(dossier: PartnerDossier) -> date | None:
    """The local day of the newest note, if any."""
    last = max((note.when for note in dossier.notes), default=None)
    return last.astimezone().date() if last else None


def last_contact_text(dossier: PartnerDossier, today: date) -> str:
    """The newest note: "31.10.2026 14:00 — Subject (29 days ago, expected every week)"."""
    if not dossier.notes:
        return QCoreApplication.translate("PartnerOverview", "no notes yet")
    latest = max(dossier.notes, key=lambda note: note.when)
    days = (today - latest.when.astimezone().date()).days
    if days == 0:
        ago = QCoreApplication.translate("PartnerOverview", "today")
    elif days == 1:
        ago = QCoreApplication.translate("PartnerOverview", "yesterday")
    else:
        ago = QCoreApplication.translate("PartnerOverview", "%1 days ago").replace("%1", str(days))
    cadence = dossier.partner.contact_cadence_days
    expected = (
        QCoreApplication.translate("PartnerOverview", "expected %1").replace(
            "%1", cadence_text(cadence)
        )
        if cadence
        else QCoreApplication.translate("PartnerOverview", "no cadence set")
    )
    return f"{format_moment(latest.when)} — {latest.subject} ({ago}, {expected})"


def contact_due_text(dossier: PartnerDossier, today: date) -> tuple[str, bool]:
    """When the next contact is due, and whether it is overdue.

    "Overdue for contact by 12 days" (overdue), "due within 2 weeks", "no cadence set".
    """
    cadence = dossier.partner.contact_cadence_days
    last = last_contact_day(dossier)
    overdue = contact_overdue_days(last, today, cadence)
    if cadence is None:
        return QCoreApplication.translate("PartnerOverview", "no cadence set"), False
    if last is None:
        text = QCoreApplication.translate("PartnerOverview", "no contact noted yet — expected %1")
        return text.replace("%1", cadence_text(cadence)), False
    if overdue:
        text = count_text(
            overdue,
            "",
            QCoreApplication.translate("PartnerOverview", "Overdue for contact by 1 day"),
            QCoreApplication.translate("PartnerOverview", "Overdue for contact by %1 days"),
        )
        return text, True
    left = cadence - (today - last).days
    within = span_text(left) or QCoreApplication.translate("PartnerOverview", "today")
    return QCoreApplication.translate("PartnerOverview", "due within %1").replace(
        "%1", within
    ), False
