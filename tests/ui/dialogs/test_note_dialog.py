from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
)
from pytestqt.qtbot import QtBot

from portfolio_app.domain.ids import NoteId, PartnerId
from portfolio_app.domain.note import Channel, CommunicationNote, FollowUp, Mood
from portfolio_app.ui.dialogs.note_dialog import NoteDialog
from tests.ui.dialogs.support import (
    SaveSpy,
    child,
    click_save,
    is_marked,
    open_dialog,
    tick,
    type_text,
)

NOW = datetime(2026, 11, 29, 10, 0, tzinfo=UTC)
STORED = CommunicationNote(
    id=NoteId(41),
    partner_id=PartnerId(3),
    when=datetime(2026, 11, 20, 9, 30, 15, 123456, tzinfo=UTC),
    subject="Jahresgespräch",
    channel=Channel.VIDEO,
    participants="Jürgen Weiß, Anna Schäfer",
    body="Preise für 2027.",
    outcome="3 % mehr ab März.",
    mood=Mood.TENSE,
    misunderstanding=True,
    resolution="Papierqualität geklärt.",
    follow_up=FollowUp("Angebot anfordern", date(2026, 12, 15), done=True),
)


def make_dialog(
    qtbot: QtBot, spy: SaveSpy[CommunicationNote], note: CommunicationNote | None = None
) -> NoteDialog:
    dialog = NoteDialog(save=spy, partner_id=PartnerId(3), note=note, now=NOW)
    open_dialog(qtbot, dialog)
    return dialog


def show_outcome_tab(dialog: NoteDialog) -> None:
    child(dialog, QTabWidget, "noteTabs").setCurrentIndex(1)


def test_new_note_is_saved_with_what_was_entered(qtbot: QtBot) -> None:
    spy: SaveSpy[CommunicationNote] = SaveSpy()
    dialog = make_dialog(qtbot, spy)
    channel = child(dialog, QComboBox, "noteChannel")
    channel.setCurrentIndex(channel.findData(Channel.CALL))
    qtbot.keyClicks(child(dialog, QLineEdit, "noteParticipants"), "Anna, Ben")
    qtbot.keyClicks(child(dialog, QLineEdit, "noteSubject"), "Delivery dates")
    mood = child(dialog, QComboBox, "noteMood")
    mood.setCurrentIndex(mood.findData(Mood.GOOD))
    qtbot.keyClicks(child(dialog, QPlainTextEdit, "noteBody"), "All on time")
    show_outcome_tab(dialog)
    qtbot.keyClicks(child(dialog, QPlainTextEdit, "noteOutcome"), "Keep the plan")
    qtbot.keyClicks(child(dialog, QLineEdit, "noteFollowUpText"), "Send minutes")
    tick(qtbot, child(dialog, QCheckBox, "noteFollowUpDueSet"))
    child(dialog, QDateEdit, "noteFollowUpDue").setDate(QDate(2026, 12, 1))

    click_save(qtbot, dialog)

    assert spy.received == [
        CommunicationNote(
            id=None,
            partner_id=PartnerId(3),
            when=NOW,
            subject="Delivery dates",
            channel=Channel.CALL,
            participants="Anna, Ben",
            body="All on time",
            outcome="Keep the plan",
            mood=Mood.GOOD,
            follow_up=FollowUp("Send minutes", date(2026, 12, 1)),
        )
    ]
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_chosen_local_time_is_stored_as_utc(qtbot: QtBot) -> None:
    spy: SaveSpy[CommunicationNote] = SaveSpy()
    dialog = make_dialog(qtbot, spy)
    qtbot.keyClicks(child(dialog, QLineEdit, "noteSubject"), "Call")

    child(dialog, QDateTimeEdit, "noteWhen").setDateTime(
        QDateTime(QDate(2026, 7, 3), QTime(14, 15))
    )
    click_save(qtbot, dialog)

    [saved] = spy.received
    assert saved.when == datetime(2026, 7, 3, 14, 15).astimezone(UTC)
    assert saved.when.tzinfo is UTC


def test_editing_shows_every_field_and_saves_it_unchanged(qtbot: QtBot) -> None:
    spy: SaveSpy[CommunicationNote] = SaveSpy()
    dialog = make_dialog(qtbot, spy, STORED)

    assert dialog.windowTitle() == "Edit Note"
    when = child(dialog, QDateTimeEdit, "noteWhen").dateTime()
    assert when.toSecsSinceEpoch() == int(STORED.when.timestamp())
    assert child(dialog, QComboBox, "noteChannel").currentText() == "Video call"
    assert child(dialog, QLineEdit, "noteParticipants").text() == STORED.participants
    assert child(dialog, QLineEdit, "noteSubject").text() == "Jahresgespräch"
    assert child(dialog, QComboBox, "noteMood").currentText() == "Tense"
    assert child(dialog, QPlainTextEdit, "noteBody").toPlainText() == STORED.body
    assert child(dialog, QPlainTextEdit, "noteOutcome").toPlainText() == STORED.outcome
    assert child(dialog, QCheckBox, "noteMisunderstanding").isChecked()
    assert child(dialog, QPlainTextEdit, "noteResolution").toPlainText() == STORED.resolution
    assert child(dialog, QLineEdit, "noteFollowUpText").text() == "Angebot anfordern"
    assert child(dialog, QDateEdit, "noteFollowUpDue").date() == QDate(2026, 12, 15)
    assert child(dialog, QCheckBox, "noteFollowUpDone").isChecked()

    click_save(qtbot, dialog)

    assert spy.received == [STORED]


def test_empty_subject_keeps_the_dialog_open_with_the_field_marked(qtbot: QtBot) -> None:
    spy: SaveSpy[CommunicationNote] = SaveSpy()
    dialog = make_dialog(qtbot, spy)

    click_save(qtbot, dialog)

    assert spy.received == []
    assert dialog.isVisible()
    assert dialog.message == "Please enter a subject."
    assert is_marked(child(dialog, QLineEdit, "noteSubject"))


def test_follow_up_due_date_without_text_is_refused_on_its_tab(qtbot: QtBot) -> None:
    spy: SaveSpy[CommunicationNote] = SaveSpy()
    dialog = make_dialog(qtbot, spy)
    qtbot.keyClicks(child(dialog, QLineEdit, "noteSubject"), "Call")
    show_outcome_tab(dialog)
    tick(qtbot, child(dialog, QCheckBox, "noteFollowUpDueSet"))
    child(dialog, QTabWidget, "noteTabs").setCurrentIndex(0)

    click_save(qtbot, dialog)

    assert spy.received == []
    assert dialog.message == "Please describe the follow-up, or clear its due date."
    assert is_marked(child(dialog, QLineEdit, "noteFollowUpText"))
    assert child(dialog, QTabWidget, "noteTabs").currentIndex() == 1


def test_resolution_is_editable_only_for_a_misunderstanding(qtbot: QtBot) -> None:
    spy: SaveSpy[CommunicationNote] = SaveSpy()
    dialog = make_dialog(qtbot, spy)
    qtbot.keyClicks(child(dialog, QLineEdit, "noteSubject"), "Call")
    show_outcome_tab(dialog)
    resolution = child(dialog, QPlainTextEdit, "noteResolution")
    assert not resolution.isEnabled()

    tick(qtbot, child(dialog, QCheckBox, "noteMisunderstanding"))
    type_text(resolution, "Geklärt: Lieferung ab Werk.")
    click_save(qtbot, dialog)

    assert resolution.isEnabled()
    assert [(n.misunderstanding, n.resolution) for n in spy.received] == [
        (True, "Geklärt: Lieferung ab Werk.")
    ]
