"""Every detail table model keeps Qt's model contract and shows user text literally."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from portfolio_app.domain.agreement import Agreement, BillingPeriod
from portfolio_app.domain.contact import ContactPerson
from portfolio_app.domain.goal import GoalStatus, Kpi, SharedGoal
from portfolio_app.domain.ids import AgreementId, ContactId, GoalId, NoteId, PartnerId
from portfolio_app.domain.money import Money
from portfolio_app.domain.note import CommunicationNote, FollowUp, Mood
from portfolio_app.domain.partner import Partner
from portfolio_app.services.catalog import Services
from portfolio_app.ui.events import AppEvents
from portfolio_app.ui.models import record_table_model
from portfolio_app.ui.models.columns import (
    AGREEMENT_COLUMNS,
    CONTACT_COLUMNS,
    GOAL_COLUMNS,
    NOTE_COLUMNS,
    PARTNER_COLUMNS,
)
from portfolio_app.ui.models.partner_filter_proxy import PartnerFilterProxy
from portfolio_app.ui.models.record_table_model import ALIGN_RIGHT, Column, RecordTableModel
from portfolio_app.ui.models.roles import ID_ROLE, RECORD_ROLE, SORT_KEY_ROLE
from portfolio_app.ui.partner_detail_page import PartnerDetailPage

P = PartnerId(1)
EVIL = "<b>Fett</b> & <img src='file:///etc/passwd'>"
CASES: list[tuple[str, tuple[Column, ...], list[object]]] = [
    ("partners", PARTNER_COLUMNS, [Partner(P, EVIL), Partner(PartnerId(2), "Zeta")]),
    (
        "contacts",
        CONTACT_COLUMNS,
        [
            ContactPerson(ContactId(1), P, "Jürgen Weiß", "CEO", "jw@example.de", is_primary=True),
            ContactPerson(ContactId(2), P, EVIL),
        ],
    ),
    (
        "agreements",
        AGREEMENT_COLUMNS,
        [
            Agreement(
                AgreementId(1),
                P,
                "Leasing",
                start_date=date(2024, 1, 1),
                value=Money.of("249.90"),
                billing_period=BillingPeriod.MONTHLY,
            ),
            Agreement(AgreementId(2), P, EVIL),
        ],
    ),
    (
        "goals",
        GOAL_COLUMNS,
        [
            SharedGoal(
                GoalId(1),
                P,
                "Reaktionszeit",
                status=GoalStatus.AT_RISK,
                kpi=Kpi("h", Decimal(24), Decimal(4), Decimal(8)),
            ),
            SharedGoal(GoalId(2), P, EVIL),
        ],
    ),
    (
        "notes",
        NOTE_COLUMNS,
        [
            CommunicationNote(
                NoteId(1),
                P,
                datetime(2026, 3, 1, 9, 0, tzinfo=UTC),
                "Jahresgespräch",
                mood=Mood.TENSE,
                misunderstanding=True,
                follow_up=FollowUp("Angebot schicken", date(2026, 3, 8)),
            ),
            CommunicationNote(NoteId(2), P, datetime(2026, 2, 1, tzinfo=UTC), EVIL),
        ],
    ),
]


@pytest.mark.parametrize(("name", "columns", "records"), CASES, ids=[c[0] for c in CASES])
def test_model_keeps_the_qt_contract(qtmodeltester, name, columns, records) -> None:
    model = RecordTableModel(columns)
    model.set_records(records)
    qtmodeltester.check(model)
    model.set_records(records[:1])
    qtmodeltester.check(model)


def test_partner_filter_proxy_keeps_the_qt_contract(qtmodeltester) -> None:
    model = RecordTableModel(PARTNER_COLUMNS)
    model.set_records(CASES[0][2])
    proxy = PartnerFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_search_text("zeta")
    qtmodeltester.check(proxy)


@pytest.mark.parametrize(("name", "columns", "records"), CASES, ids=[c[0] for c in CASES])
def test_tooltips_escape_user_text(name, columns, records) -> None:
    model = RecordTableModel(columns)
    model.set_records(records)

    tooltips = [
        model.index(r, c).data(Qt.ItemDataRole.ToolTipRole)
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    ]

    assert any(t and "&lt;b&gt;Fett&lt;/b&gt; &amp; &lt;img" in t for t in tooltips)
    assert not any(t and "<img" in t for t in tooltips)


def test_note_flags_and_kpi_are_shown() -> None:
    notes = RecordTableModel(NOTE_COLUMNS)
    notes.set_records(CASES[4][2])
    goals = RecordTableModel(GOAL_COLUMNS)
    goals.set_records(CASES[3][2])

    assert notes.index(0, 3).data() == "Tense"
    assert notes.index(0, 4).data() == "Misunderstanding, Follow-up open"
    assert goals.index(0, 4).data() == "8 / 4 h"


def test_partner_name_with_markup_is_shown_literally_in_the_detail(
    qtbot: QtBot, services: Services
) -> None:
    changes = services.partners.add_partner(Partner(None, EVIL, description=EVIL))
    assert changes.created is not None
    page = PartnerDetailPage(services, AppEvents(), lambda: date(2026, 11, 29))
    qtbot.addWidget(page)

    page.show_partner(PartnerId(changes.created.id))

    labels = [w for w in page.findChildren(QLabel) if EVIL in w.text()]
    assert len(labels) >= 2
    assert all(w.textFormat() == Qt.TextFormat.PlainText for w in labels)
    assert page.title_text == EVIL


# ---- column features the trash, history, deadline and partner models rely on

RED = QColor("#b91c1c")
TINT = QColor("#fdecea")
RICH_COLUMNS = (
    Column(
        "Name",
        lambda p: p.name,
        colour=lambda p: RED,
        background=lambda p: TINT if p.id == 1 else None,
        alignment=ALIGN_RIGHT,
    ),
    Column(
        "Lines",
        lambda p: p.name,
        tooltip=lambda p: [p.name, "second line"] if p.id == 1 else [],
    ),
    Column("Only for the first", lambda p: "first" if p.id == 1 else None),
)
RICH_RECORDS = [Partner(P, EVIL), Partner(PartnerId(2), "Zeta")]


def test_model_with_every_column_feature_keeps_the_qt_contract(qtmodeltester) -> None:
    model = RecordTableModel(RICH_COLUMNS)
    model.set_records(RICH_RECORDS)
    qtmodeltester.check(model)


def test_background_colour_and_alignment_come_from_the_column() -> None:
    model = RecordTableModel(RICH_COLUMNS)
    model.set_records(RICH_RECORDS)

    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) == TINT
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) == RED
    assert model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) == int(ALIGN_RIGHT)
    assert model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) is None


def test_a_tooltip_of_its_own_shows_its_lines_literally() -> None:
    model = RecordTableModel(RICH_COLUMNS)
    model.set_records(RICH_RECORDS)

    tooltip = model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)

    assert tooltip == (
        "<p>&lt;b&gt;Fett&lt;/b&gt; &amp; &lt;img src=&#x27;file:///etc/passwd&#x27;&gt;"
        "<br>second line</p>"
    )
    assert model.index(1, 1).data(Qt.ItemDataRole.ToolTipRole) is None


def test_a_cell_without_text_has_no_text_and_no_tooltip() -> None:
    model = RecordTableModel(RICH_COLUMNS)
    model.set_records(RICH_RECORDS)

    assert model.index(0, 2).data() == "first"
    assert model.index(1, 2).data() is None
    assert model.index(1, 2).data(Qt.ItemDataRole.ToolTipRole) is None
    assert model.index(1, 2).data(SORT_KEY_ROLE) is None


def test_records_without_an_id_answer_no_id() -> None:
    model = RecordTableModel(RICH_COLUMNS, id_of=None)
    model.set_records(RICH_RECORDS)

    assert model.index(0, 0).data(ID_ROLE) is None
    assert model.index(0, 0).data(RECORD_ROLE) == RICH_RECORDS[0]
    assert model.row_of(1) is None


def test_an_id_function_finds_rows_by_another_key() -> None:
    model = RecordTableModel(RICH_COLUMNS, id_of=lambda p: p.id * 10)
    model.set_records(RICH_RECORDS)

    assert model.index(1, 0).data(ID_ROLE) == 20
    assert model.row_of(20) == 1
    assert model.row_of(2) is None


def test_headers_are_translated_in_the_models_context(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[tuple[str, str]] = []

    class FakeApplication:
        @staticmethod
        def translate(context: str, text: str) -> str:
            asked.append((context, text))
            return text.upper()

    monkeypatch.setattr(record_table_model, "QCoreApplication", FakeApplication)
    default = RecordTableModel(RICH_COLUMNS)
    own = RecordTableModel(RICH_COLUMNS, header_context="TrashModel")

    assert default.headerData(0, Qt.Orientation.Horizontal) == "NAME"
    assert own.headerData(1, Qt.Orientation.Horizontal) == "LINES"
    assert asked == [("Columns", "Name"), ("TrashModel", "Lines")]
    assert own.headerData(0, Qt.Orientation.Vertical) is None
