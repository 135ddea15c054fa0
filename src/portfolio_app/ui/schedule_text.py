"""Plain-language wording of computed dates: agreement summaries, reminders, "in 3 days"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from portfolio_app.domain.agreement import Agreement, AgreementStatus
from portfolio_app.domain.deadlines import AgreementSchedule, Urgency, urgency
from portfolio_app.domain.reminders import Reminder
from portfolio_app.ui.formatting import format_date

_CONTEXT = "Schedule"


def _tr(text: object) -> str:
    return QCoreApplication.translate(_CONTEXT, str(text))


_ARGUMENT = re.compile(r"%([1-9])")


def fill(text: str, *values: str) -> str:
    """Replace %1, %2 … in one pass, so that a value containing "%2" stays as it is."""
    return _ARGUMENT.sub(
        lambda match: (
            values[int(match.group(1)) - 1]
            if int(match.group(1)) <= len(values)
            else match.group(0)
        ),
        text,
    )


def months_text(months: int) -> str:
    """The number of months in words: "1 month", "12 months"."""
    if months == 1:
        return _tr(QT_TRANSLATE_NOOP("Schedule", "1 month"))
    return _tr(QT_TRANSLATE_NOOP("Schedule", "%1 months")).replace("%1", str(months))


def relative_day(day: date, today: date) -> str:
    """How far ``day`` is from today: "today", "in 5 days", "3 days overdue"."""
    days = (day - today).days
    if days == 0:
        return _tr(QT_TRANSLATE_NOOP("Schedule", "today"))
    if days == 1:
        return _tr(QT_TRANSLATE_NOOP("Schedule", "tomorrow"))
    if days > 1:
        return _tr(QT_TRANSLATE_NOOP("Schedule", "in %1 days")).replace("%1", str(days))
    if days == -1:
        return _tr(QT_TRANSLATE_NOOP("Schedule", "1 day overdue"))
    return _tr(QT_TRANSLATE_NOOP("Schedule", "%1 days overdue")).replace("%1", str(-days))


def schedule_summary(
    agreement: Agreement, schedule: AgreementSchedule, today: date | None = None
) -> str:
    """One or two sentences on what happens next with the agreement.

    E.g. "Renews on 28.02.2027 for 12 months unless cancelled by 30.11.2026. Send the
    notice by 25.11.2026 so that it arrives in time." With ``today`` past the send-by day,
    the second sentence says to send it at once.
    """
    status_text = _status_summary(agreement, schedule)
    if status_text is not None:
        return status_text
    if schedule.ended:
        end = schedule.next_end or schedule.term_end
        if end is None:
            return _tr(QT_TRANSLATE_NOOP("Schedule", "Ended; nothing more to do."))
        return _tr(QT_TRANSLATE_NOOP("Schedule", "Ended on %1; nothing more to do.")).replace(
            "%1", format_date(end)
        )
    sentences = [_next_step(agreement, schedule)]
    late = (
        today is not None
        and schedule.send_by is not None
        and schedule.send_by < today <= (schedule.last_notice_day or today)
    )
    if late:
        sentences.append(
            _tr(
                QT_TRANSLATE_NOOP(
                    "Schedule",
                    "The usual send-by day has passed: to cancel, send the notice today by a "
                    "way that arrives in time.",
                )
            )
        )
    elif schedule.send_by is not None and schedule.last_notice_day is not None:
        sentences.append(
            _tr(
                QT_TRANSLATE_NOOP("Schedule", "Send the notice by %1 so that it arrives in time.")
            ).replace("%1", format_date(schedule.send_by))
        )
    if schedule.has_renewed and schedule.term_start and schedule.term_end:
        sentences.append(
            _tr(
                QT_TRANSLATE_NOOP(
                    "Schedule", "It has renewed before; the current term runs from %1 to %2."
                )
            )
            .replace("%1", format_date(schedule.term_start))
            .replace("%2", format_date(schedule.term_end))
        )
    return " ".join(sentences)


def _status_summary(agreement: Agreement, schedule: AgreementSchedule) -> str | None:
    if agreement.status is AgreementStatus.DRAFT:
        return _tr(
            QT_TRANSLATE_NOOP(
                "Schedule", "Draft: no dates are watched until the agreement is active."
            )
        )
    if agreement.status is AgreementStatus.EXPIRED:
        return _tr(QT_TRANSLATE_NOOP("Schedule", "Expired: nothing more to do."))
    if agreement.status is not AgreementStatus.TERMINATED:
        return None
    end = agreement.end_date or schedule.next_end
    if end is None:
        text = _tr(QT_TRANSLATE_NOOP("Schedule", "Terminated; no reminders any more."))
    else:
        text = _tr(
            QT_TRANSLATE_NOOP("Schedule", "Terminated: ends on %1; no reminders any more.")
        ).replace("%1", format_date(end))
    sent = termination_record(agreement)
    return f"{text} {sent}" if sent else text


def termination_record(agreement: Agreement) -> str:
    """How notice was given ("Notice sent on 20.11.2026 (Fax); …"), or "" if it was not."""
    if agreement.notice_sent_on is None:
        return ""
    text = _tr(QT_TRANSLATE_NOOP("Schedule", "Notice sent on %1")).replace(
        "%1", format_date(agreement.notice_sent_on)
    )
    if agreement.notice_sent_via:
        text += f" ({agreement.notice_sent_via})"
    if agreement.receipt_confirmed_on is not None:
        text += _tr(QT_TRANSLATE_NOOP("Schedule", "; receipt confirmed on %1")).replace(
            "%1", format_date(agreement.receipt_confirmed_on)
        )
    else:
        text += _tr(QT_TRANSLATE_NOOP("Schedule", "; receipt not confirmed yet"))
    return text + "."


def _next_step(agreement: Agreement, schedule: AgreementSchedule) -> str:
    end, notice = schedule.next_end, schedule.last_notice_day
    if end is not None and notice is not None and schedule.renewal_months:
        return _renewal_step(schedule, end, notice, schedule.renewal_months)
    if end is not None and notice is not None:
        return (
            _tr(
                QT_TRANSLATE_NOOP(
                    "Schedule", "Can end on %1 at the earliest if notice is given by %2."
                )
            )
            .replace("%1", format_date(end))
            .replace("%2", format_date(notice))
        )
    if end is not None:
        return _tr(QT_TRANSLATE_NOOP("Schedule", "Ends on %1; no notice needed.")).replace(
            "%1", format_date(end)
        )
    if agreement.notice_period is None:
        return _tr(
            QT_TRANSLATE_NOOP(
                "Schedule",
                "Open-ended without a notice period: there are no dates to watch.",
            )
        )
    return _tr(
        QT_TRANSLATE_NOOP(
            "Schedule",
            "No dates can be worked out yet: enter the start date and the term.",
        )
    )


def _renewal_step(schedule: AgreementSchedule, end: date, notice: date, months: int) -> str:
    term_end, renews_on = schedule.term_end, schedule.renews_on
    if term_end is None or renews_on is None or end == term_end:
        return fill(
            _tr(QT_TRANSLATE_NOOP("Schedule", "Renews on %1 for %2 unless cancelled by %3.")),
            format_date(end),
            months_text(months),
            format_date(notice),
        )
    if end > term_end:
        return fill(
            _tr(
                QT_TRANSLATE_NOOP(
                    "Schedule",
                    "Renews on %1 for %2: the last notice day for the current term has "
                    "passed. To end it on %3, cancel by %4.",
                )
            ),
            format_date(renews_on),
            months_text(months),
            format_date(end),
            format_date(notice),
        )
    return fill(
        _tr(
            QT_TRANSLATE_NOOP(
                "Schedule", "Can end on %1 if cancelled by %2; otherwise it renews on %3 for %4."
            )
        ),
        format_date(end),
        format_date(notice),
        format_date(renews_on),
        months_text(months),
    )


@dataclass(frozen=True, slots=True)
class NextDate:
    """The next date that matters for an agreement, with what it is."""

    day: date
    text: str
    urgency: Urgency


def next_date(agreement: Agreement, schedule: AgreementSchedule, today: date) -> NextDate | None:
    """The last notice day if there is one, else the end of the agreement."""
    if schedule.ended or agreement.status in (AgreementStatus.DRAFT, AgreementStatus.EXPIRED):
        return None
    if agreement.status is not AgreementStatus.TERMINATED and schedule.last_notice_day:
        day = schedule.last_notice_day
        text = _tr(QT_TRANSLATE_NOOP("Schedule", "Notice by %1"))
    elif schedule.next_end is not None:
        day = schedule.next_end
        text = _tr(QT_TRANSLATE_NOOP("Schedule", "Ends %1"))
    else:
        return None
    return NextDate(day, text.replace("%1", format_date(day)), urgency(day, today))


def schedule_lines(agreement: Agreement, schedule: AgreementSchedule) -> list[tuple[str, str]]:
    """Caption and value of every computed date (for previews and the decision dialog)."""
    rows: list[tuple[object, str]] = []
    if schedule.term_start and schedule.term_end:
        rows.append(
            (
                QT_TRANSLATE_NOOP("Schedule", "Current term"),
                f"{format_date(schedule.term_start)} – {format_date(schedule.term_end)}",
            )
        )
    if not schedule.ended and agreement.status is AgreementStatus.ACTIVE:
        rows += [
            (QT_TRANSLATE_NOOP("Schedule", "Next possible end"), format_date(schedule.next_end)),
            (
                QT_TRANSLATE_NOOP("Schedule", "Last notice day"),
                format_date(schedule.last_notice_day),
            ),
            (QT_TRANSLATE_NOOP("Schedule", "Send notice by"), format_date(schedule.send_by)),
        ]
        if schedule.renews_on is not None and schedule.renewal_months:
            rows.append(
                (
                    QT_TRANSLATE_NOOP("Schedule", "Next renewal"),
                    _tr(QT_TRANSLATE_NOOP("Schedule", "from %1 for %2"))
                    .replace("%1", format_date(schedule.renews_on))
                    .replace("%2", months_text(schedule.renewal_months)),
                )
            )
    return [(_tr(caption), value) for caption, value in rows if value]


def reminder_text(reminder: Reminder, today: date) -> str:
    """One sentence on a due reminder.

    E.g. "Notice for “Leasing Kopierer” (Kopierwerk Süd) must arrive by 30.11.2026 (in 1 day)
    — send by 25.11.2026 · deputy: Jana Kühn".
    """
    text = fill(
        _tr(QT_TRANSLATE_NOOP("Schedule", "Notice for “%1” (%2) must arrive by %3 (%4)")),
        reminder.title,
        reminder.partner_name,
        format_date(reminder.last_notice_day),
        relative_day(reminder.last_notice_day, today),
    )
    if reminder.send_by is not None:
        text += " — " + _tr(QT_TRANSLATE_NOOP("Schedule", "send by %1")).replace(
            "%1", format_date(reminder.send_by)
        )
    if reminder.deputy:
        text += " · " + _tr(QT_TRANSLATE_NOOP("Schedule", "deputy: %1")).replace(
            "%1", reminder.deputy
        )
    return text
