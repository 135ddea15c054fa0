"""Tab from the first field of every dialog visits each field once, in reading order.

Reading order is top to bottom, and left to right among widgets on the same row. Every
dialog the app shows is opened here the way the app builds it; Tab is pressed from the
field that has the focus when it opens until the focus comes back to that field.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QPlainTextEdit,
    QRadioButton,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from portfolio_app.domain.action_items import ActionItem
from portfolio_app.domain.agreement import Agreement, Decision, NoticePeriod, PeriodUnit
from portfolio_app.domain.contact import ContactPerson
from portfolio_app.domain.deadlines import schedule
from portfolio_app.domain.goal import GoalStatus, GoalUpdate, Kpi, SharedGoal
from portfolio_app.domain.ids import AgreementId, GoalId, NoteId, PartnerId, PromiseId
from portfolio_app.domain.maintenance import BackupReason, BackupSummary
from portfolio_app.domain.note import CommunicationNote, FollowUp
from portfolio_app.domain.partner import Partner
from portfolio_app.domain.promise import Promise
from portfolio_app.interchange.report_content import briefing_document
from portfolio_app.services.catalog import Services
from portfolio_app.ui.about_dialog import AboutDialog
from portfolio_app.ui.dialogs.action_items_dialog import ActionItemsDialog
from portfolio_app.ui.dialogs.agreement_dialog import AgreementDialog
from portfolio_app.ui.dialogs.briefing_dialog import BriefingDialog
from portfolio_app.ui.dialogs.contact_dialog import ContactDialog
from portfolio_app.ui.dialogs.decision_dialog import DecisionDialog, DecisionInput
from portfolio_app.ui.dialogs.export_dialog import ExportDialog
from portfolio_app.ui.dialogs.goal_dialog import GoalDialog
from portfolio_app.ui.dialogs.goal_progress_dialog import GoalProgressDialog
from portfolio_app.ui.dialogs.import_wizard import ImportWizard
from portfolio_app.ui.dialogs.note_dialog import NoteDialog
from portfolio_app.ui.dialogs.partner_dialog import PartnerDialog
from portfolio_app.ui.dialogs.preferences_dialog import Preferences, PreferencesDialog
from portfolio_app.ui.dialogs.promise_dialog import PromiseDialog
from portfolio_app.ui.dialogs.quick_open_dialog import QuickOpenDialog
from portfolio_app.ui.dialogs.resolve_dialog import ResolveDialog
from portfolio_app.ui.dialogs.restore_dialog import RestoreDialog
from portfolio_app.ui.dialogs.trash_dialog import TrashDialog
from portfolio_app.ui.events import AppEvents
from portfolio_app.ui.letter_settings import SessionLetterSettings
from portfolio_app.ui.report_actions import promise_lines
from portfolio_app.ui.report_wording import report_format
from portfolio_app.ui.theme import Theme
from tests.ui.dialogs.support import SaveSpy, open_dialog
from tests.ui.portfolio_support import fill_portfolio

TODAY = date(2026, 11, 29)
NOW = datetime(2026, 11, 29, 9, tzinfo=UTC)
PARTNER = Partner(PartnerId(3), "Kopierwerk Süd GmbH", address="Industriestraße 5")
LEASING = Agreement(
    AgreementId(4),
    PartnerId(3),
    "Leasing Kopierer",
    start_date=date(2025, 3, 1),
    minimum_term_months=24,
    notice_period=NoticePeriod(3, PeriodUnit.MONTHS),
    renewal_months=12,
)
GOAL = SharedGoal(
    GoalId(5),
    PartnerId(3),
    "Altpapier recyceln",
    status=GoalStatus.ON_TRACK,
    kpi=Kpi("t", Decimal(0), Decimal(60), Decimal(20)),
)
NOTE = CommunicationNote(NoteId(6), PartnerId(3), NOW, "Rechnung März", misunderstanding=True)
FULL_PARTNER = dataclasses.replace(PARTNER, partner_since=date(2019, 4, 1), website="kw.de")
FULL_AGREEMENT = dataclasses.replace(LEASING, end_date=date(2027, 2, 28))
FULL_GOAL = dataclasses.replace(GOAL, target_date=date(2027, 6, 30))
FULL_NOTE = dataclasses.replace(
    NOTE, follow_up=FollowUp("Gutschrift prüfen", date(2026, 12, 4), owner="Jana")
)
FULL_PROMISE = Promise(PromiseId(7), PartnerId(3), "Angebot", due=date(2026, 12, 15))


@dataclass(frozen=True)
class Context:
    """What the dialogs of a running app get: real services on a temporary file."""

    services: Services
    folder: Path


def _action_items(context: Context) -> QDialog:
    items = [ActionItem("Angebot schicken", "Jürgen"), ActionItem("Zahlen liefern", "Zoë")]
    save = SaveSpy[Sequence[Promise]]()
    return ActionItemsDialog(None, items=items, partner_id=PartnerId(3), save=save)


def _briefing(context: Context) -> QDialog:
    portfolio = fill_portfolio(context.services)
    report = context.services.reports.dossier(portfolio.kopierwerk)
    document = briefing_document(report, report_format(), promise_lines(report))
    return BriefingDialog(document, "Briefing.pdf")


def _decision_to_give_notice(context: Context) -> QDialog:
    dialog = _decision(context)
    dialog.choose(Decision.CANCEL)
    sent = dialog.findChild(QCheckBox, "decisionSentOnSet")
    assert sent is not None
    sent.setChecked(True)
    return dialog


def _decision(_context: Context) -> DecisionDialog:
    return DecisionDialog(
        agreement=LEASING,
        partner=PARTNER,
        schedule=schedule(LEASING, TODAY),
        today=TODAY,
        save=SaveSpy[DecisionInput](),
        letters=SessionLetterSettings(),
    )


def _trash_with_items(context: Context) -> QDialog:
    portfolio = fill_portfolio(context.services)
    context.services.partners.delete_partner(portfolio.druckhaus)
    context.services.agreements.delete(portfolio.leasing)
    return TrashDialog(context.services, AppEvents())


def _import_wizard_on(page: int) -> Callable[[Context], QDialog]:
    """The import wizard on its ``page`` (1 = columns, 2 = check) for a small CSV file."""

    def build(context: Context) -> QDialog:
        path = context.folder / "Partner.csv"
        path.write_text("Firma;Ort\r\nMüller GmbH;München\r\n", encoding="utf-8")
        wizard = ImportWizard(context.services, AppEvents())
        wizard.show()
        wizard.source_page.file_edit.setText(str(path))
        for _ in range(page):
            wizard.next()
        assert wizard.currentId() == page
        return wizard

    return build


def _restore(context: Context) -> QDialog:
    backups = [
        BackupSummary(context.folder / "a.sqlite3", NOW, BackupReason.MANUAL, {"partners": 3}),
        BackupSummary(context.folder / "b.sqlite3", NOW, BackupReason.AUTO, {"partners": 2}),
    ]
    return RestoreDialog(backups, context.folder)


DIALOGS: dict[str, Callable[[Context], QDialog]] = {
    "partner": lambda _: PartnerDialog(save=SaveSpy[Partner]()),
    "agreement": lambda _: AgreementDialog(save=SaveSpy[Agreement](), partner_id=PartnerId(3)),
    "note": lambda _: NoteDialog(
        save=SaveSpy[CommunicationNote](), partner_id=PartnerId(3), now=NOW
    ),
    "contact": lambda _: ContactDialog(save=SaveSpy[ContactPerson](), partner_id=PartnerId(3)),
    "goal": lambda _: GoalDialog(save=SaveSpy[SharedGoal](), partner_id=PartnerId(3)),
    "goal progress": lambda _: GoalProgressDialog(
        goal=GOAL, today=TODAY, save=SaveSpy[GoalUpdate]()
    ),
    "promise": lambda _: PromiseDialog(save=SaveSpy[Promise](), partner_id=PartnerId(3)),
    "partner, filled in": lambda _: PartnerDialog(save=SaveSpy[Partner](), partner=FULL_PARTNER),
    "agreement, filled in": lambda _: AgreementDialog(
        save=SaveSpy[Agreement](), partner_id=PartnerId(3), agreement=FULL_AGREEMENT
    ),
    "note, filled in": lambda _: NoteDialog(
        save=SaveSpy[CommunicationNote](), partner_id=PartnerId(3), note=FULL_NOTE
    ),
    "goal, filled in": lambda _: GoalDialog(
        save=SaveSpy[SharedGoal](), partner_id=PartnerId(3), goal=FULL_GOAL
    ),
    "promise, filled in": lambda _: PromiseDialog(
        save=SaveSpy[Promise](), partner_id=PartnerId(3), promise=FULL_PROMISE
    ),
    "decision": _decision,
    "decision to give notice": _decision_to_give_notice,
    "resolve": lambda _: ResolveDialog(note=NOTE, save=SaveSpy[CommunicationNote]()),
    "action items": _action_items,
    "empty trash": lambda context: TrashDialog(context.services, AppEvents()),
    "trash": _trash_with_items,
    "restore": _restore,
    "export": lambda _: ExportDialog(),
    "preferences": lambda context: PreferencesDialog(
        Preferences(None, Theme.SYSTEM, 90, None), context.folder / "p.sqlite3", None
    ),
    "about": lambda context: AboutDialog(context.folder / "p.sqlite3"),
    "quick open": lambda context: QuickOpenDialog(context.services.search),
    "briefing": _briefing,
    "import wizard": lambda context: ImportWizard(context.services, AppEvents()),
    "import wizard, columns": _import_wizard_on(1),
    "import wizard, check": _import_wizard_on(2),
}

_COMPOSITES = (QAbstractSpinBox, QComboBox, QAbstractItemView, QTextEdit, QPlainTextEdit)
"""Widgets whose inner parts Qt builds and focuses for them."""


def focusable(dialog: QDialog) -> list[QWidget]:
    """Visible, enabled widgets that take the focus with Tab (tab bars aside)."""
    found = []
    for widget in dialog.findChildren(QWidget):
        policy = widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value
        if not (policy and widget.isVisible() and widget.isEnabled()):
            continue
        if widget.focusProxy() is not None or isinstance(widget, QTabBar):
            continue
        if _inside_composite(widget, dialog):
            continue
        found.append(widget)
    return found


def _inside_composite(widget: QWidget, dialog: QDialog) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not dialog:
        if isinstance(parent, _COMPOSITES):
            return True
        parent = parent.parentWidget()
    return False


def _named(widget: QWidget) -> str:
    return widget.objectName() or type(widget).__name__


def tab_through(qtbot: QtBot, dialog: QDialog) -> list[QWidget]:
    """Press Tab from the focused field until the focus comes back to it: the Tab cycle."""
    first = dialog.focusWidget()
    assert first is not None, "no field has the focus when the dialog opens"
    visited = [first]
    current = first
    for _ in range(200):
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        current = dialog.focusWidget()
        assert current is not None
        if (current is first and len(visited) > 1) or focusable(dialog) == [first]:
            return [w for w in visited if not isinstance(w, QTabBar)]
        if current is not visited[-1]:  # date edits step through their sections first
            visited.append(current)
    raise AssertionError(f"Tab never returned to {_named(first)}: {[_named(w) for w in visited]}")


def _position(widget: QWidget, dialog: QDialog) -> tuple[int, int]:
    point = widget.mapTo(dialog, QPoint(0, 0))
    return point.y(), point.x()


def _stop(widget: QWidget) -> QWidget:
    """The widget Tab stops at for ``widget``: one per group of radio buttons."""
    if not isinstance(widget, QRadioButton):
        return widget
    group: QButtonGroup | None = widget.group()
    if group is not None:
        return group.buttons()[0]
    parent: QWidget | None = widget.parentWidget()
    if parent is None or not widget.autoExclusive():
        return widget
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    return next(r for r in parent.findChildren(QRadioButton, options=direct) if r.autoExclusive())


def check_reading_order(qtbot: QtBot, dialog: QDialog) -> None:
    """Tab visits every focusable widget once, in reading order (the cycle may wrap)."""
    cycle = tab_through(qtbot, dialog)
    names = [_named(w) for w in cycle]
    stops = [_stop(w) for w in cycle]
    order = list(zip(names, [_position(w, dialog) for w in cycle], strict=True))
    assert len(set(map(id, stops))) == len(stops), f"a field is visited twice: {order}"
    missed = [_named(w) for w in focusable(dialog) if _stop(w) not in stops]
    assert not missed, f"Tab never reaches {missed}: {order}"
    rotations = [cycle[start:] + cycle[:start] for start in range(len(cycle))]
    problems = [_out_of_order(rotation, dialog) for rotation in rotations]
    assert "" in problems, f"{problems[0]} comes out of reading order: {order}"


def _out_of_order(visited: list[QWidget], dialog: QDialog) -> str:
    """The first widget that Tab reaches out of reading order ("" if none).

    Reading order: top to bottom, left to right on the same row; a widget may also
    start a new column to the right of everything visited at or below its height
    (side-by-side group boxes are read one after the other).
    """
    boxes = [QRect(widget.mapTo(dialog, QPoint(0, 0)), widget.size()) for widget in visited]
    for index in range(1, len(visited)):
        before, box = boxes[index - 1], boxes[index]
        if _reads_after((before.y(), before.x()), (box.y(), box.x())):
            continue
        beside = [earlier for earlier in boxes[:index] if earlier.bottom() >= box.top()]
        if all(earlier.right() < box.left() for earlier in beside):
            continue  # the top of a new column
        return _named(visited[index])
    return ""


def _reads_after(before: tuple[int, int], after: tuple[int, int]) -> bool:
    """Whether a widget at ``after`` (y, x) comes later in reading order than ``before``."""
    row_before, column_before = before
    row_after, column_after = after
    same_row = abs(row_after - row_before) < 8
    return (same_row and column_after > column_before) or (not same_row and row_after > row_before)


@pytest.mark.parametrize("kind", list(DIALOGS))
def test_tab_visits_every_field_once_in_reading_order(
    qtbot: QtBot, services: Services, tmp_path: Path, kind: str
) -> None:
    dialog = DIALOGS[kind](Context(services, tmp_path))
    open_dialog(qtbot, dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    tabs = dialog.findChild(QTabWidget)
    pages = range(tabs.count()) if tabs is not None else range(1)

    for page in pages:
        if tabs is not None:
            tabs.setCurrentIndex(page)
            tabs.tabBar().setFocus()
            qtbot.keyClick(tabs.tabBar(), Qt.Key.Key_Tab)  # into the page
        check_reading_order(qtbot, dialog)
