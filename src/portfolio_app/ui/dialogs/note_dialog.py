"""Create or edit a communication note: a meeting, call or message and what came of it."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QGroupBox,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from portfolio_app.domain.ids import PartnerId
from portfolio_app.domain.note import Channel, CommunicationNote, FollowUp, Mood
from portfolio_app.services.changes import Changes
from portfolio_app.ui.dialogs.fields import (
    OptionalDateEdit,
    TextArea,
    current_enum,
    date_format,
    enum_combo,
    select_data,
)
from portfolio_app.ui.dialogs.record_dialog import RecordDialog


def _local(moment: datetime) -> QDateTime:
    """An aware moment as a ``QDateTime`` in the computer's time zone."""
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))


def _utc(moment: QDateTime) -> datetime:
    """A ``QDateTime`` as an aware UTC moment."""
    return datetime.fromtimestamp(moment.toSecsSinceEpoch(), UTC)


class NoteDialog(RecordDialog[CommunicationNote]):
    """When, how, who, what was said and what follows; callers use :meth:`ask`."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        save: Callable[[CommunicationNote], Changes],
        partner_id: PartnerId,
        note: CommunicationNote | None = None,
        now: datetime | None = None,
    ) -> None:
        super().__init__(parent, save=save, object_name="noteDialog")
        self.setWindowTitle(self.tr("Edit Note") if note else self.tr("New Note"))
        moment = (now or datetime.now(UTC)).replace(second=0, microsecond=0)
        self._original = note or CommunicationNote(
            id=None, partner_id=partner_id, when=moment, subject=""
        )

        self._tabs = QTabWidget(self)
        self._tabs.setObjectName("noteTabs")
        self._tabs.setAccessibleName(self.tr("Note sections"))
        self._tabs.addTab(self._exchange_page(), self.tr("E&xchange"))
        self._tabs.addTab(self._outcome_page(), self.tr("&Outcome && follow-up"))
        self._add_page(self._tabs, 1)
        self._fill(self._original)
        self.setMinimumWidth(600)

        self._misunderstanding.toggled.connect(self._resolution.setEnabled)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        *,
        save: Callable[[CommunicationNote], Changes],
        partner_id: PartnerId,
        note: CommunicationNote | None = None,
        now: datetime | None = None,
    ) -> Changes | None:
        """Let the user record or edit a communication note and save it through ``save``.

        Args:
            parent: The window the dialog belongs to.
            save: Stores the note; its errors keep the dialog open.
            partner_id: The partner a new note belongs to.
            note: The note to edit, or ``None`` for a new one.
            now: The moment a new note is dated by default (aware); the current time if
                ``None``.

        Returns:
            What ``save`` changed, or ``None`` if the user cancelled.
        """
        return cls._run(cls(parent, save=save, partner_id=partner_id, note=note, now=now))

    def _exchange_page(self) -> QWidget:
        page = QWidget(self)
        form = self._new_form(page)

        self._when = QDateTimeEdit(page)
        self._when.setObjectName("noteWhen")
        self._when.setCalendarPopup(True)
        locale = self._when.locale()
        self._when.setDisplayFormat(
            f"{date_format(locale)} {locale.timeFormat(QLocale.FormatType.ShortFormat)}"
        )
        self._add_row(form, self.tr("&When:"), self._when, field="when")

        self._channel = enum_combo(page, Channel, "noteChannel")
        self._add_row(form, self.tr("C&hannel:"), self._channel)

        self._participants = QLineEdit(page)
        self._participants.setObjectName("noteParticipants")
        self._participants.setPlaceholderText(self.tr("Who took part"))
        self._add_row(form, self.tr("&Participants:"), self._participants, field="participants")

        self._subject = QLineEdit(page)
        self._subject.setObjectName("noteSubject")
        self._add_row(form, self.tr("&Subject:"), self._subject, field="subject")

        self._mood = enum_combo(page, Mood, "noteMood")
        self._add_row(form, self.tr("&Mood:"), self._mood)

        self._body = TextArea(page, "noteBody", lines=7)
        self._body.setPlaceholderText(self.tr("What was discussed"))
        self._add_row(form, self.tr("&Notes:"), self._body, field="body")
        return page

    def _outcome_page(self) -> QWidget:
        page = QWidget(self)
        form = self._new_form(page)

        self._outcome = TextArea(page, "noteOutcome", lines=4)
        self._outcome.setPlaceholderText(self.tr("What was agreed or decided"))
        self._add_row(form, self.tr("Outcome && &decisions:"), self._outcome, field="outcome")

        self._misunderstanding = QCheckBox(self.tr("There was a m&isunderstanding"), page)
        self._misunderstanding.setObjectName("noteMisunderstanding")
        self._add_check(form, self._misunderstanding)

        self._resolution = TextArea(page, "noteResolution", lines=3)
        self._resolution.setPlaceholderText(self.tr("How it was cleared up"))
        self._add_row(form, self.tr("&Resolution:"), self._resolution, field="resolution")

        group = QGroupBox(self.tr("Follow-up"), page)
        group.setObjectName("noteFollowUp")
        follow_form = self._new_form(group)
        self._follow_text = QLineEdit(group)
        self._follow_text.setObjectName("noteFollowUpText")
        self._follow_text.setPlaceholderText(self.tr("What is to be done next"))
        self._add_row(follow_form, self.tr("&To do:"), self._follow_text, field="follow_up_text")
        self._follow_due = OptionalDateEdit(
            group,
            object_name="noteFollowUpDue",
            check_text=self.tr("The follow-up has a due date"),
            empty_text=self.tr("no date"),
        )
        self._add_row(follow_form, self.tr("D&ue:"), self._follow_due, field="follow_up_due")
        self._follow_done = QCheckBox(self.tr("Do&ne"), group)
        self._follow_done.setObjectName("noteFollowUpDone")
        self._add_check(follow_form, self._follow_done)
        form.addRow(group)
        return page

    def _fill(self, note: CommunicationNote) -> None:
        self._initial_when = _local(note.when)
        self._when.setDateTime(self._initial_when)
        select_data(self._channel, note.channel)
        self._participants.setText(note.participants)
        self._subject.setText(note.subject)
        select_data(self._mood, note.mood)
        self._body.setPlainText(note.body)
        self._outcome.setPlainText(note.outcome)
        self._misunderstanding.setChecked(note.misunderstanding)
        self._resolution.setPlainText(note.resolution)
        self._resolution.setEnabled(note.misunderstanding)
        follow_up = note.follow_up or FollowUp(text="")
        self._follow_text.setText(follow_up.text)
        self._follow_due.set_value(follow_up.due)
        self._follow_done.setChecked(follow_up.done)

    def _built_when(self) -> datetime:
        """The moment chosen; the original one, to the microsecond, if left unchanged."""
        chosen = self._when.dateTime()
        if chosen == self._initial_when:
            return self._original.when
        return _utc(chosen)

    def _built_follow_up(self) -> FollowUp | None:
        text = self._follow_text.text()
        due = self._follow_due.value()
        if not text.strip() and due is None:
            return None
        return FollowUp(text=text, due=due, done=self._follow_done.isChecked())

    def _build(self) -> CommunicationNote:
        flagged = self._misunderstanding.isChecked()
        return dataclasses.replace(
            self._original,
            when=self._built_when(),
            channel=current_enum(self._channel, Channel),
            participants=self._participants.text(),
            subject=self._subject.text(),
            mood=current_enum(self._mood, Mood),
            body=self._body.toPlainText(),
            outcome=self._outcome.toPlainText(),
            misunderstanding=flagged,
            resolution=self._resolution.toPlainText() if flagged else "",
            follow_up=self._built_follow_up(),
        )
