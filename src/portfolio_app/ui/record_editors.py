"""The contact, agreement, goal and note tabs: their panels wired to dialogs and services."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QObject, Signal, Slot
from PySide6.QtWidgets import QPushButton, QWidget

from portfolio_app.domain.dossier import PartnerDossier
from portfolio_app.domain.ids import ItemKind, ItemRef, PartnerId
from portfolio_app.services.catalog import Services
from portfolio_app.services.changes import Changes
from portfolio_app.services.records import RecordService
from portfolio_app.ui import confirm
from portfolio_app.ui.dialogs.agreement_dialog import AgreementDialog
from portfolio_app.ui.dialogs.contact_dialog import ContactDialog
from portfolio_app.ui.dialogs.goal_dialog import GoalDialog
from portfolio_app.ui.dialogs.note_dialog import NoteDialog
from portfolio_app.ui.formatting import from_qdate
from portfolio_app.ui.models.columns import (
    CONTACT_COLUMNS,
    GOAL_COLUMNS,
    NOTE_COLUMNS,
    agreement_columns,
)
from portfolio_app.ui.previews import agreement_preview, contact_preview, goal_preview, note_preview
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
        self._kinds = [
            _Kind(
                ItemKind.CONTACT,
                self._panel(
                    parent, "contact", CONTACT_COLUMNS, contact_preview, self._contact_texts()
                ),
                services.contacts,
                ContactDialog.ask,
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
                self._panel(parent, "goal", GOAL_COLUMNS, goal_preview, self._goal_texts()),
                services.goals,
                GoalDialog.ask,
                "goal",
                lambda d: d.goals,
                lambda n: self.tr("Goals (%1)").replace("%1", str(n)),
                lambda r: r.title,
            ),
            _Kind(
                ItemKind.NOTE,
                self._panel(parent, "note", NOTE_COLUMNS, note_preview, self._note_texts()),
                services.notes,
                NoteDialog.ask,
                "note",
                lambda d: d.notes,
                lambda n: self.tr("Notes (%1)").replace("%1", str(n)),
                lambda r: r.subject,
            ),
        ]
        self._act = self.panel(ItemKind.AGREEMENT).add_selection_button(
            "agreementAct", self.tr("Act on &deadline…")
        )
        self._act.setToolTip(
            self.tr("Decide whether to renew, renegotiate, switch or cancel, and record the notice")
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

    def panels(self) -> list[RecordListPanel]:
        """Contacts, agreements, goals and notes panels, in tab order."""
        return [spec.panel for spec in self._kinds]

    def panel(self, kind: ItemKind) -> RecordListPanel:
        """The panel for one kind of record."""
        return self._spec(kind).panel

    def set_dossier(self, dossier: PartnerDossier) -> None:
        """Show this partner's records."""
        first = self._partner_id != dossier.partner.id
        self._partner_id = dossier.partner.id
        for spec in self._kinds:
            spec.panel.set_records(spec.records(dossier))
            if first:
                spec.panel.resize_columns()

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
        return AgreementDialog.ask(parent, today=self._today(), **arguments)

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
