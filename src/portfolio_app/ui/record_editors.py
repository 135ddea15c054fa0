"""The contact, agreement, goal, note and promise tabs: panels wired to dialogs and services."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QObject, Signal, Slot
from PySide6.QtWidgets import QPushButton, QWidget

from portfolio_app.domain.dossier import PartnerDossier
from portfolio_app.domain.ids import ItemKind, ItemRef, PartnerId
from portfolio_app.domain.promise import Promise
from portfolio_app.services.catalog import Services
from portfolio_app.services.changes import Changes
from portfolio_app.services.records import RecordService
from portfolio_app.ui import confirm
from portfolio_app.ui.dialogs.promise_dialog import PromiseDialog, promise_preview
from portfolio_app.ui.formatting import from_qdate
from portfolio_app.ui.models.columns import (
    CONTACT_COLUMNS,
    NOTE_COLUMNS,
    agreement_columns,
    goal_columns,
    promise_columns,
)
from portfolio_app.ui.previews import agreement_preview, contact_preview, goal_preview, note_preview
from portfolio_app.ui.promise_actions import PromiseActions, promise_panel_texts
from portfolio_app.ui.widgets.goal_panel import GoalsTab
from portfolio_app.ui.widgets.record_list_panel import RecordListPanel

DialogRunner = Callable[[Callable[[], Changes | None]], None]
DeleteRunner = Callable[[Callable[[], Changes]], None]
Ask = Callable[..., Changes | None]


@dataclass(frozen=True, slots=True)
class _Kind:
    """Everything that differs between the four record tabs."""

    kind: ItemKind
    panel: RecordListPanel
    service: RecordService[Any]
    ask: Ask
    keyword: str
    records: Callable[[PartnerDossier], Sequence[Any]]
    title: Callable[[int], str]
    describe: Callable[[Any], str]


def _system_today() -> date:
    return from_qdate(QDate.currentDate())


class RecordEditors(QObject):
    """Owns the four record panels and turns their intents into dialogs and service calls."""

    act_requested = Signal(int)
    """The user wants to act on an agreement's deadline; payload: the agreement's id."""

    def __init__(
        self,
        services: Services,
        run_dialog: DialogRunner,
        run_delete: DeleteRunner,
        parent: QWidget,
        today: Callable[[], date] = _system_today,
    ) -> None:
        super().__init__(parent)
        self._run_dialog = run_dialog
        self._run_delete = run_delete
        self._partner_id: PartnerId | None = None
        self._parent = parent
        self._today = today
        self._services = services
        self._promises: list[Promise] = []
        self._kinds = [
            _Kind(
                ItemKind.CONTACT,
                self._panel(
                    parent, "contact", CONTACT_COLUMNS, contact_preview, self._contact_texts()
                ),
                services.contacts,
                _ask_contact,
                "contact",
                lambda d: d.contacts,
                lambda n: self.tr("Contacts (%1)").replace("%1", str(n)),
                lambda r: r.name,
            ),
            _Kind(
                ItemKind.AGREEMENT,
                self._panel(
                    parent,
                    "agreement",
                    agreement_columns(today),
                    lambda a: agreement_preview(a, today()),
                    self._agreement_texts(),
                ),
                services.agreements,
                self._ask_agreement,
                "agreement",
                lambda d: d.agreements,
                lambda n: self.tr("Agreements (%1)").replace("%1", str(n)),
                lambda r: r.title,
            ),
            _Kind(
                ItemKind.GOAL,
                self._panel(parent, "goal", goal_columns(today), goal_preview, self._goal_texts()),
                services.goals,
                _ask_goal,
                "goal",
                lambda d: d.goals,
                lambda n: self.tr("Goals (%1)").replace("%1", str(n)),
                lambda r: r.title,
            ),
            _Kind(
                ItemKind.NOTE,
                self._panel(parent, "note", NOTE_COLUMNS, note_preview, self._note_texts()),
                services.notes,
                self._ask_note,
                "note",
                lambda d: d.notes,
                lambda n: self.tr("Notes (%1)").replace("%1", str(n)),
                lambda r: r.subject,
            ),
            _Kind(
                ItemKind.PROMISE,
                self._panel(
                    parent,
                    "promise",
                    promise_columns(today),
                    promise_preview,
                    promise_panel_texts(),
                ),
                services.promises,
                PromiseDialog.ask,
                "promise",
                lambda _d: self._promises,
                lambda n: self.tr("Promises (%1)").replace("%1", str(n)),
                lambda r: r.text,
            ),
        ]
        self._act = self.panel(ItemKind.AGREEMENT).add_selection_button(
            "agreementAct", self.tr("Act on &deadline…")
        )
        self._act.setToolTip(
            self.tr("Decide whether to renew, renegotiate, switch or cancel, and record the notice")
        )
        self._goals = services.goals
        self._progress = self.panel(ItemKind.GOAL).add_selection_button(
            "goalRecordProgress", self.tr("Record &progress…")
        )
        self._progress.setToolTip(self.tr("Record a new KPI value, status or comment"))
        self._goals_tab = GoalsTab(self.panel(ItemKind.GOAL), today, parent)
        self._progress.clicked.connect(self.record_progress)
        self._promise_actions = PromiseActions(
            services.promises,
            (self.panel(ItemKind.NOTE), self.panel(ItemKind.PROMISE)),
            lambda: self._partner_id,
            run_dialog,
            run_delete,
            parent,
        )
        for spec in self._kinds:
            spec.panel.add_requested.connect(self._add_slot(spec))
            spec.panel.edit_requested.connect(self._edit_slot(spec))
            spec.panel.delete_requested.connect(self._delete_slot(spec))
        self._act.clicked.connect(self._on_act_clicked)

    # ---- Public API

    @property
    def act_button(self) -> QPushButton:
        """The agreements tab's "Act on deadline…" button."""
        return self._act

    @property
    def promise_actions(self) -> PromiseActions:
        """The promises tab's "Mark kept" and the notes tab's "Promise from Note…"."""
        return self._promise_actions

    def panels(self) -> list[RecordListPanel]:
        """Contacts, agreements, goals and notes panels, in tab order."""
        return [spec.panel for spec in self._kinds]

    def pages(self) -> list[QWidget]:
        """What each tab shows, in tab order: the panels, the goals one with its goal panel."""
        return [
            self._goals_tab if spec.kind is ItemKind.GOAL else spec.panel for spec in self._kinds
        ]

    @property
    def goals_tab(self) -> GoalsTab:
        """The goals list with the selected goal's progress, chart and history."""
        return self._goals_tab

    @property
    def progress_button(self) -> QPushButton:
        """The goals tab's "Record progress…" button."""
        return self._progress

    @Slot()
    def record_progress(self) -> None:
        """Ask for a progress update of the selected goal and record it."""
        goal_id = self.panel(ItemKind.GOAL).selected_id()
        goal = next((g for g in self.panel(ItemKind.GOAL).records() if g.id == goal_id), None)
        if goal is None:
            return
        from portfolio_app.ui.dialogs.goal_progress_dialog import GoalProgressDialog

        self._run_dialog(
            lambda: GoalProgressDialog.ask(
                self._parent,
                goal=goal,
                today=self._today(),
                save=lambda update: self._goals.record_progress(
                    update.goal_id,
                    update.on,
                    value=update.value,
                    status=update.status,
                    comment=update.comment,
                ),
            )
        )

    def panel(self, kind: ItemKind) -> RecordListPanel:
        """The panel for one kind of record."""
        return self._spec(kind).panel

    def set_dossier(self, dossier: PartnerDossier) -> None:
        """Show this partner's records."""
        first = self._partner_id != dossier.partner.id
        self._partner_id = dossier.partner.id
        partner_id = dossier.partner.id
        self._promises = (
            [] if partner_id is None else self._services.promises.for_partner(partner_id)
        )
        for spec in self._kinds:
            spec.panel.set_records(spec.records(dossier))
            if first:
                spec.panel.resize_columns()
        self._goals_tab.set_updates(dossier.goal_updates)

    def tab_titles(self, dossier: PartnerDossier) -> dict[int, str]:
        """Tab captions with counts, by position among the four tabs."""
        return {i: spec.title(len(spec.records(dossier))) for i, spec in enumerate(self._kinds)}

    def add(self, kind: ItemKind) -> None:
        """Ask for a new record of ``kind`` for the shown partner."""
        spec = self._spec(kind)
        if self._partner_id is None:
            return
        partner_id = self._partner_id
        self._run_dialog(
            lambda: spec.ask(self._parent, save=spec.service.add, partner_id=partner_id)
        )

    def open(self, ref: ItemRef) -> None:
        """Select the record and open its dialog."""
        spec = self._spec(ref.kind)
        spec.panel.select(ref.id)
        self._edit(spec, ref.id)

    # ---- helpers

    @Slot()
    def _on_act_clicked(self) -> None:
        selected = self.panel(ItemKind.AGREEMENT).selected_id()
        if selected is not None:
            self.act_requested.emit(selected)

    def _ask_agreement(self, parent: QWidget, **arguments: Any) -> Changes | None:
        from portfolio_app.ui.dialogs.agreement_dialog import AgreementDialog

        return AgreementDialog.ask(parent, today=self._today(), **arguments)

    def _ask_note(self, parent: QWidget, **arguments: Any) -> Changes | None:
        from portfolio_app.ui.dialogs.note_dialog import NoteDialog

        return NoteDialog.ask(parent, take_promises=self._services.promises.from_note, **arguments)

    def _spec(self, kind: ItemKind) -> _Kind:
        return next(spec for spec in self._kinds if spec.kind is kind)

    def _add_slot(self, spec: _Kind) -> Callable[[], None]:
        @Slot()
        def slot() -> None:
            self.add(spec.kind)

        return slot

    def _edit_slot(self, spec: _Kind) -> Callable[[int], None]:
        @Slot(int)
        def slot(record_id: int) -> None:
            self._edit(spec, record_id)

        return slot

    def _delete_slot(self, spec: _Kind) -> Callable[[int], None]:
        @Slot(int)
        def slot(record_id: int) -> None:
            self._delete(spec, record_id)

        return slot

    def _edit(self, spec: _Kind, record_id: int) -> None:
        if self._partner_id is None:
            return
        record = next((r for r in spec.panel.records() if r.id == record_id), None)
        if record is None:
            return
        partner_id = self._partner_id
        self._run_dialog(
            lambda: spec.ask(
                self._parent,
                save=spec.service.update,
                partner_id=partner_id,
                **{spec.keyword: record},
            )
        )

    def _delete(self, spec: _Kind, record_id: int) -> None:
        record = next((r for r in spec.panel.records() if r.id == record_id), None)
        if record is None:
            return
        title, question = self._delete_texts(spec.kind)
        text = question.replace("%1", spec.describe(record))
        if confirm.ask_confirmation(self._parent, title, text, self.tr("Delete")):
            self._run_delete(lambda: spec.service.delete(record_id))

    def _panel(
        self,
        parent: QWidget,
        name: str,
        columns: Sequence[Any],
        preview: Callable[[Any], str],
        texts: dict[str, str],
    ) -> RecordListPanel:
        return RecordListPanel(name, columns, texts, preview, parent)

    def _delete_texts(self, kind: ItemKind) -> tuple[str, str]:
        restorable = self.tr(
            "It goes to the trash (Edit › Trash…), from where you can restore it for 30 days."
        )
        texts = {
            ItemKind.CONTACT: (self.tr("Delete Contact"), self.tr("Delete the contact “%1”?")),
            ItemKind.AGREEMENT: (
                self.tr("Delete Agreement"),
                self.tr("Delete the agreement “%1”?"),
            ),
            ItemKind.GOAL: (
                self.tr("Delete Goal"),
                self.tr("Delete the goal “%1” with its history?"),
            ),
            ItemKind.NOTE: (self.tr("Delete Note"), self.tr("Delete the note “%1”?")),
            ItemKind.PROMISE: (self.tr("Delete Promise"), self.tr("Delete the promise “%1”?")),
        }
        title, question = texts[kind]
        return title, f"{question}\n\n{restorable}"

    def _contact_texts(self) -> dict[str, str]:
        return {
            "list": self.tr("Contact persons"),
            "add": self.tr("&Add contact…"),
            "edit": self.tr("Edit…"),
            "delete": self.tr("Delete…"),
            "empty": self.tr("No contact persons yet. Who do you talk to at this partner?"),
            "preview": self.tr("Contact details"),
            "preview_hint": self.tr("Select a contact to see the details here."),
        }

    def _agreement_texts(self) -> dict[str, str]:
        return {
            "list": self.tr("Agreements"),
            "add": self.tr("&Add agreement…"),
            "edit": self.tr("Edit…"),
            "delete": self.tr("Delete…"),
            "empty": self.tr("No agreements yet. Add contracts, leases and SLAs with their terms."),
            "preview": self.tr("Agreement details"),
            "preview_hint": self.tr("Select an agreement to see its terms here."),
        }

    def _goal_texts(self) -> dict[str, str]:
        return {
            "list": self.tr("Shared goals"),
            "add": self.tr("&Add goal…"),
            "edit": self.tr("Edit…"),
            "delete": self.tr("Delete…"),
            "empty": self.tr("No shared goals yet. What do you want to achieve together?"),
            "preview": self.tr("Goal details"),
            "preview_hint": self.tr("Select a goal to see it here."),
        }

    def _note_texts(self) -> dict[str, str]:
        return {
            "list": self.tr("Communication notes"),
            "add": self.tr("&Add note…"),
            "edit": self.tr("Edit…"),
            "delete": self.tr("Delete…"),
            "empty": self.tr("No notes yet. Record meetings, calls and decisions here."),
            "preview": self.tr("Note"),
            "preview_hint": self.tr("Select a note to read it here."),
        }


# The record dialogs are imported when one is first opened, not with the window.


def _ask_contact(parent: QWidget, **arguments: Any) -> Changes | None:
    from portfolio_app.ui.dialogs.contact_dialog import ContactDialog

    return ContactDialog.ask(parent, **arguments)


def _ask_goal(parent: QWidget, **arguments: Any) -> Changes | None:
    from portfolio_app.ui.dialogs.goal_dialog import GoalDialog

    return GoalDialog.ask(parent, **arguments)
