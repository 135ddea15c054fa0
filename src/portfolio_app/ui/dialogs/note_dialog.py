"""Create or edit a communication note: a meeting, call or message and what came of it."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QLocale, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QWidget,
)
from typing_extensions import override

from portfolio_app.domain.action_items import ACTION_HEADINGS, ActionItem, parse_action_items
from portfolio_app.domain.ids import ItemKind, NoteId, PartnerId
from portfolio_app.domain.note import Channel, CommunicationNote, FollowUp, Mood
from portfolio_app.domain.promise import Promise
from portfolio_app.services.changes import Changes
from portfolio_app.ui import confirm
from portfolio_app.ui.accessibility import describe, describe_tabs
from portfolio_app.ui.dialogs.action_items_dialog import ActionItemsDialog
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


TakePromises = Callable[[NoteId, Sequence[Promise]], Changes]
"""Stores promises taken from a saved note (``PromiseService.from_note``)."""


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
        take_promises: TakePromises | None = None,
    ) -> None:
        super().__init__(parent, save=save, object_name="noteDialog")
        self._take_promises = take_promises
        self._offer_all = False
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
        self._template.clicked.connect(self.insert_meeting_template)
        self._action_items.clicked.connect(self._on_action_items_clicked)
        describe(
            self,
            {
                "noteWhen": self.tr("When the conversation took place"),
                "noteChannel": self.tr("How you talked: meeting, call, e-mail …"),
                "noteSubject": self.tr("A short subject line; required"),
                "noteParticipants": self.tr("Who took part, separated by commas"),
                "noteMood": self.tr("How the conversation went"),
                "noteBody": self.tr("What was said"),
                "noteOutcome": self.tr("What was agreed or decided"),
                "noteMisunderstanding": self.tr(
                    "Check when the note records a misunderstanding to clear up"
                ),
                "noteResolution": self.tr("How the misunderstanding was resolved"),
                "noteMeetingTemplate": self.tr(
                    "Fills the note with the headings of a meeting template"
                ),
                "noteActionItems": self.tr(
                    "Opens a list to turn the agreed actions into follow-ups"
                ),
                "noteFollowUpText": self.tr("What needs to be done next"),
                "noteFollowUpOwner": self.tr("Who does it"),
                "noteFollowUpDue": self.tr("By when it must be done"),
                "noteFollowUpDueSet": self.tr("Check when the follow-up has a due date"),
                "noteFollowUpDone": self.tr("Check when the follow-up is done"),
            },
        )
        describe_tabs(
            self._tabs,
            self.tr("Note sections"),
            self.tr("The conversation, its follow-up and action items"),
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        *,
        save: Callable[[CommunicationNote], Changes],
        partner_id: PartnerId,
        note: CommunicationNote | None = None,
        now: datetime | None = None,
        take_promises: TakePromises | None = None,
    ) -> Changes | None:
        """Let the user record or edit a communication note and save it through ``save``.

        Args:
            parent: The window the dialog belongs to.
            save: Stores the note; its errors keep the dialog open.
            partner_id: The partner a new note belongs to.
            note: The note to edit, or ``None`` for a new one.
            now: The moment a new note is dated by default (aware); the current time if
                ``None``.
            take_promises: Stores promises taken from the note's action items; without
                it, action items are not offered as promises.

        Returns:
            What ``save`` changed, or ``None`` if the user cancelled.
        """
        dialog = cls(
            parent,
            save=save,
            partner_id=partner_id,
            note=note,
            now=now,
            take_promises=take_promises,
        )
        return cls._run(dialog)

    def meeting_template(self) -> str:
        """The body of a meeting note: agenda, decisions and action items, with bullets."""
        headings = (self.tr("Agenda"), self.tr("Decisions"), self.tr("Action items"))
        return "\n\n".join(f"{heading}\n- " for heading in headings)

    @Slot()
    def insert_meeting_template(self) -> None:
        """Fill an empty body with the meeting template, or append it after confirmation."""
        body = self._body.toPlainText()
        if not body.strip():
            self._body.setPlainText(self.meeting_template())
            return
        question = self.tr("The note already has text. Append the meeting template to it?")
        if confirm.ask_confirmation(self, self.tr("Meeting Template"), question, self.tr("Append")):
            self._body.setPlainText(f"{body.rstrip()}\n\n{self.meeting_template()}")

    def action_items(self, body: str | None = None) -> list[ActionItem]:
        """The action items of ``body`` (default: the body as typed)."""
        headings = {*ACTION_HEADINGS, self.tr("Action items")}
        text = self._body.toPlainText() if body is None else body
        return parse_action_items(text, headings)

    @override
    def accept(self) -> None:
        """After a successful save, offer the (new) action items as promises."""
        changes = self.changes
        note_id = self._saved_note_id()
        if self._take_promises is not None and changes is not None and note_id is not None:
            items = self.action_items()
            if not self._offer_all:
                known = self.action_items(self._original.body)
                items = [item for item in items if item not in known]
            if items:
                take = self._take_promises
                more = ActionItemsDialog.ask(
                    self,
                    items=items,
                    partner_id=self._original.partner_id,
                    save=lambda promises: take(note_id, promises),
                )
                if more is not None:
                    self._changes = changes | more
        super().accept()

    def _saved_note_id(self) -> NoteId | None:
        if self._original.id is not None:
            return self._original.id
        created = self.changes.created if self.changes else None
        if created is not None and created.kind is ItemKind.NOTE:
            return NoteId(created.id)
        return None

    @Slot()
    def _on_action_items_clicked(self) -> None:
        if not self.action_items():
            self._show_text(
                self.tr("There are no action items: list them as bullets under “%1”.").replace(
                    "%1", self.tr("Action items")
                ),
                error=False,
            )
            return
        self._offer_all = True
        self._on_save_requested()
        self._offer_all = False

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

        tools = QWidget(page)
        row = QHBoxLayout(tools)
        row.setContentsMargins(0, 0, 0, 0)
        self._template = QPushButton(self.tr("Meeting &Template"), tools)
        self._template.setObjectName("noteMeetingTemplate")
        self._template.setAccessibleName(self.tr("Meeting template"))
        self._template.setToolTip(self.tr("Agenda, decisions and action items"))
        self._action_items = QPushButton(self.tr("Action &Items…"), tools)
        self._action_items.setObjectName("noteActionItems")
        self._action_items.setAccessibleName(self.tr("Action items"))
        self._action_items.setToolTip(
            self.tr("Save the note and turn its action items into promises")
        )
        self._action_items.setVisible(self._take_promises is not None)
        row.addWidget(self._template)
        row.addWidget(self._action_items)
        row.addStretch(1)
        form.addRow("", tools)
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
        self._follow_owner = QLineEdit(group)
        self._follow_owner.setObjectName("noteFollowUpOwner")
        self._follow_owner.setPlaceholderText(self.tr("Who does it"))
        self._add_row(follow_form, self.tr("O&wner:"), self._follow_owner, field="follow_up_owner")
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
        self._follow_owner.setText(follow_up.owner)
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
        return FollowUp(
            text=text,
            due=due,
            done=self._follow_done.isChecked(),
            owner=self._follow_owner.text(),
        )

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
