"""The History tab: the audit trail shown plainly, with values in the user's locale."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from portfolio_app.domain.audit import AuditAction, AuditEntry, FieldChange
from portfolio_app.domain.ids import AuditEntryId, ItemKind, ItemRef, PartnerId
from portfolio_app.runtime import Runtime, open_runtime
from portfolio_app.ui.formatting import format_moment
from portfolio_app.ui.history_text import changes_summary, headline, value_text
from portfolio_app.ui.models.history_model import HistoryColumn, HistoryModel
from portfolio_app.ui.partner_detail_page import TAB_HISTORY
from portfolio_app.ui.widgets.history_view import HistoryView
from tests.conftest import FIXED_NOW
from tests.ui.dialogs.support import type_text
from tests.ui.modal import while_modal

P = PartnerId(1)
AT = datetime(2026, 11, 20, 9, 15, tzinfo=UTC)
EVIL = "<b>Fett</b> & <img src='file:///etc/passwd'>"
LEASE = ItemRef(ItemKind.AGREEMENT, 7)


def entry(
    action: AuditAction,
    changes: tuple[FieldChange, ...] = (),
    *,
    item: ItemRef = LEASE,
    title: str = "Leasing Kopierer",
    entry_id: int = 1,
) -> AuditEntry:
    return AuditEntry(AuditEntryId(entry_id), AT, P, item, action, title, changes)


VALUE_CHANGE = entry(AuditAction.UPDATED, (FieldChange("value", "249.90 EUR", "279.00 EUR"),))


@pytest.fixture
def german() -> Iterator[QLocale]:
    previous = QLocale()
    locale = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    QLocale.setDefault(locale)
    yield locale
    QLocale.setDefault(previous)


# --- wording ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("action", "text"),
    [
        (AuditAction.CREATED, "Agreement “Leasing Kopierer” added"),
        (AuditAction.UPDATED, "Agreement “Leasing Kopierer” changed"),
        (AuditAction.DELETED, "Agreement “Leasing Kopierer” moved to the trash"),
        (AuditAction.RESTORED, "Agreement “Leasing Kopierer” restored from the trash"),
    ],
)
def test_the_headline_says_what_happened_to_which_record(action: AuditAction, text: str) -> None:
    assert headline(entry(action)) == text


def test_a_changed_amount_reads_in_the_users_locale(german: QLocale) -> None:
    assert changes_summary(VALUE_CHANGE) == "Value: 249,90\u00a0€ → 279,00\u00a0€"


@pytest.mark.parametrize(
    ("kind", "field", "stored", "shown"),
    [
        (ItemKind.AGREEMENT, "status", "terminated", "Terminated"),
        (ItemKind.PARTNER, "status", "paused", "Paused"),
        (ItemKind.GOAL, "status", "at_risk", "At risk"),
        (ItemKind.PARTNER, "category", "fleet", "Fleet / leasing"),
        (ItemKind.PARTNER, "category", "Catering", "Catering"),
        (ItemKind.AGREEMENT, "kind", "lease", "Lease"),
        (ItemKind.AGREEMENT, "notice_period", "3 months", "3 months"),
        (ItemKind.AGREEMENT, "billing_period", "yearly", "per year"),
        (ItemKind.AGREEMENT, "end_date", "2026-12-31", "31.12.2026"),
        (ItemKind.GOAL, "kpi.current", "12.50", "12,5"),
        (ItemKind.CONTACT, "is_primary", "true", "yes"),
        (ItemKind.NOTE, "misunderstanding", "false", "no"),
        (ItemKind.NOTE, "mood", "tense", "Tense"),
        (ItemKind.NOTE, "channel", "email", "E-mail"),
        (ItemKind.CONTACT, "email", "", "—"),
        (ItemKind.AGREEMENT, "status", "no-such-status", "no-such-status"),
        (ItemKind.AGREEMENT, "value", "garbage", "garbage"),
        (ItemKind.PARTNER, "unknown_field", "as stored", "as stored"),
        (ItemKind.NOTE, "body", "first line\nsecond line", "first line …"),
        (ItemKind.NOTE, "body", "x" * 80, "x" * 59 + "…"),
    ],
)
def test_known_fields_are_worded_nicely_and_others_shown_as_stored(
    german: QLocale, kind: ItemKind, field: str, stored: str, shown: str
) -> None:
    assert value_text(kind, field, stored) == shown


def test_a_moment_is_shown_in_local_time(german: QLocale) -> None:
    value = "2026-03-02T09:30:00+00:00"

    assert value_text(ItemKind.NOTE, "when", value) == format_moment(datetime.fromisoformat(value))


def test_a_new_records_summary_skips_its_title_and_stops_after_four_values() -> None:
    created = entry(
        AuditAction.CREATED,
        (
            FieldChange("title", "", "Leasing Kopierer"),
            FieldChange("kind", "", "lease"),
            FieldChange("status", "", "active"),
            FieldChange("notice_anchor", "", "end_of_month"),
            FieldChange("billing_period", "", "yearly"),
            FieldChange("notes", "", "Wartung"),
        ),
    )

    assert changes_summary(created) == (
        "Type: Lease · Status: Active · Notice to: to the end of a month · Billing: per year · …"
    )


def test_an_edit_lists_one_line_per_change() -> None:
    edit = entry(
        AuditAction.UPDATED,
        (FieldChange("title", "Leasing", "Leasing Kopierer"), FieldChange("notes", "", "neu")),
    )

    assert changes_summary(edit) == "Title: Leasing → Leasing Kopierer\nNotes: — → neu"


# --- model ------------------------------------------------------------------------------


def test_model_satisfies_the_qt_model_contract(qtmodeltester: ModelTester) -> None:
    model = HistoryModel()
    model.set_entries([VALUE_CHANGE, entry(AuditAction.CREATED, title=EVIL, entry_id=2)])

    qtmodeltester.check(model)

    model.set_entries([])
    qtmodeltester.check(model)


def test_model_shows_when_what_and_changes() -> None:
    model = HistoryModel()
    model.set_entries([VALUE_CHANGE])

    assert model.rowCount() == 1
    assert model.index(0, HistoryColumn.WHEN).data() == format_moment(AT)
    assert model.index(0, HistoryColumn.WHAT).data() == "Agreement “Leasing Kopierer” changed"
    assert "→" in model.index(0, HistoryColumn.CHANGES).data()
    assert model.headerData(0, Qt.Orientation.Horizontal) == "When"


def test_user_text_is_never_interpreted_as_html() -> None:
    model = HistoryModel()
    model.set_entries([entry(AuditAction.UPDATED, (FieldChange("notes", EVIL, "ok"),), title=EVIL)])

    what = model.index(0, HistoryColumn.WHAT)
    changes = model.index(0, HistoryColumn.CHANGES)

    assert EVIL in what.data()
    assert "<b>" not in what.data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;Fett&lt;/b&gt;" in what.data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;img" in changes.data(Qt.ItemDataRole.ToolTipRole)


# --- view -------------------------------------------------------------------------------


def test_the_view_shows_a_hint_while_there_is_no_history(qtbot: QtBot) -> None:
    view = HistoryView()
    qtbot.addWidget(view)

    view.set_entries([])

    assert view.showing_empty_state()
    assert "No changes recorded yet" in view.empty_state.text()
    assert view.table.objectName() == "historyView"
    assert view.table.accessibleName()

    view.set_entries([VALUE_CHANGE])

    assert not view.showing_empty_state()
    assert view.row_texts()[0][1] == "Agreement “Leasing Kopierer” changed"


# --- the History tab in the main window -------------------------------------------------


@pytest.fixture
def runtime(qtbot: QtBot, db_path: Path) -> Iterator[Runtime]:
    runtime = open_runtime(db_path, create=True, clock=lambda: FIXED_NOW)
    qtbot.addWidget(runtime.window)
    runtime.window.show()
    qtbot.waitExposed(runtime.window)
    yield runtime
    runtime.database.close()
    runtime.guard.release()


W = TypeVar("W", bound=QWidget)


def _child(parent: QWidget, kind: type[W], name: str) -> W:
    found = parent.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name!r}"
    return found


def test_an_edit_through_the_dialog_appears_in_the_history_with_old_and_new_value(
    qtbot: QtBot, runtime: Runtime
) -> None:
    window = runtime.window

    def partner(modal: QWidget) -> None:
        type_text(_child(modal, QLineEdit, "partnerName"), "Kopierwerk Süd GmbH")
        _child(modal, QPushButton, "dialogSave").click()

    def agreement(modal: QWidget) -> None:
        type_text(_child(modal, QLineEdit, "agreementTitle"), "Leasing Kopierer")
        qtbot.keyClicks(_child(modal, QLineEdit, "agreementValue"), "249.90")
        _child(modal, QPushButton, "dialogSave").click()

    def raise_value(modal: QWidget) -> None:
        value = _child(modal, QLineEdit, "agreementValue")
        value.selectAll()
        qtbot.keyClicks(value, "279.00")
        _child(modal, QPushButton, "dialogSave").click()

    while_modal(window.new_partner_action.trigger, partner)
    panel = window.detail.editors.panel(ItemKind.AGREEMENT)
    while_modal(panel.add_button.click, agreement)
    panel.select(panel.records()[0].id)
    while_modal(panel.edit_button.click, raise_value)
    window.detail.tabs.setCurrentIndex(TAB_HISTORY)

    rows = window.detail.history.row_texts()
    assert window.detail.tabs.tabText(TAB_HISTORY) == "History"
    assert [what for _when, what, _changes in rows] == [
        "Agreement “Leasing Kopierer” changed",
        "Agreement “Leasing Kopierer” added",
        "Partner “Kopierwerk Süd GmbH” added",
    ]
    assert rows[0][2] == "Value: " + value_text(
        ItemKind.AGREEMENT, "value", "249.90 EUR"
    ) + " → " + value_text(ItemKind.AGREEMENT, "value", "279.00 EUR")
    assert rows[0][0] == format_moment(FIXED_NOW)
