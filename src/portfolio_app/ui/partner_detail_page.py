"""The partner detail: header, overview, records, timeline and history (audit trail)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from portfolio_app.domain.dossier import PartnerDossier
from portfolio_app.domain.errors import NotFoundError, PortfolioError
from portfolio_app.domain.ids import ItemKind, ItemRef, PartnerId
from portfolio_app.services.catalog import Services
from portfolio_app.services.changes import Changes
from portfolio_app.ui import confirm
from portfolio_app.ui.accessibility import describe_tabs
from portfolio_app.ui.decision_flow import decide_about_agreement
from portfolio_app.ui.events import AppEvents
from portfolio_app.ui.formatting import format_date
from portfolio_app.ui.labels import category_label, label
from portfolio_app.ui.letter_settings import LetterSettings, SessionLetterSettings
from portfolio_app.ui.record_editors import RecordEditors
from portfolio_app.ui.timeline.view import TimelineView
from portfolio_app.ui.widgets.history_view import HistoryView
from portfolio_app.ui.widgets.partner_overview import PartnerOverview, header_font, plain_label

TAB_OVERVIEW, TAB_CONTACTS, TAB_AGREEMENTS, TAB_GOALS, TAB_NOTES, TAB_PROMISES = range(6)
TAB_TIMELINE, TAB_HISTORY = 6, 7


class PartnerDetailPage(QWidget):
    """Controller for one partner: shows its dossier and carries out the user's edits."""

    partner_deleted = Signal(int)
    """The shown partner was deleted by the user; payload: its id."""

    def __init__(
        self,
        services: Services,
        events: AppEvents,
        today: Callable[[], date],
        parent: QWidget | None = None,
        *,
        letters: LetterSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("partnerDetail")
        self.setAccessibleName(self.tr("Partner detail"))
        self._services = services
        self._events = events
        self._today = today
        self._letters = letters or SessionLetterSettings()
        self._dossier: PartnerDossier | None = None

        self._placeholder = QLabel(
            self.tr(
                "Select a partner on the left to see its contacts, agreements, goals and notes."
            ),
            self,
        )
        self._placeholder.setObjectName("detailPlaceholder")
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setWordWrap(True)
        self._placeholder.setEnabled(False)

        content = QWidget(self)
        self._title = plain_label(content, "partnerTitle")
        self._title.setFont(header_font(self.font()))
        self._subtitle = plain_label(content, "partnerSubtitle")
        self._edit = QPushButton(self.tr("&Edit partner…"), content)
        self._edit.setObjectName("partnerEdit")
        self._edit.setAccessibleName(self.tr("Edit partner"))
        self._edit.setAccessibleDescription(self.tr("Opens the partner's details for editing"))
        self._delete = QPushButton(self.tr("Delete partner…"), content)
        self._delete.setObjectName("partnerDelete")
        self._delete.setAccessibleName(self.tr("Delete partner"))
        self._delete.setAccessibleDescription(
            self.tr("Deletes the partner after asking; it can be restored from the trash")
        )

        self._overview = PartnerOverview(today(), content)
        self._editors = RecordEditors(
            services, self._run_dialog, self._delete_record, content, today
        )
        self._timeline = TimelineView(services.timeline, today, content)
        self._history = HistoryView(content)
        self._tabs = QTabWidget(content)
        self._tabs.setObjectName("detailTabs")
        self._tabs.setAccessibleName(self.tr("Partner sections"))
        describe_tabs(
            self._tabs,
            self.tr("Partner sections"),
            self.tr("Overview, contacts, agreements, goals, notes, timeline and history"),
        )
        self._tabs.addTab(self._overview, self.tr("Overview"))
        for page in self._editors.pages():
            self._tabs.addTab(page, "")
        self._tabs.addTab(self._timeline, self.tr("Timeline"))
        self._tabs.addTab(self._history, self.tr("History"))

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self._title)
        titles.addWidget(self._subtitle)
        header.addLayout(titles, 1)
        header.addWidget(self._edit, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self._delete, 0, Qt.AlignmentFlag.AlignTop)
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(header)
        content_layout.addWidget(self._tabs, 1)

        self._stack = QStackedWidget(self)
        self._stack.addWidget(self._placeholder)
        self._stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)

        self._edit.clicked.connect(self.edit_partner)
        self._delete.clicked.connect(self.delete_partner)
        self._timeline.open_requested.connect(self.open_item)
        self._overview.open_requested.connect(self.open_item)
        self._overview.resolve_requested.connect(self.resolve_misunderstanding)
        self._editors.act_requested.connect(self.act_on_agreement)
        self._events.changes_applied.connect(self._on_changes_applied)

    # ---- Public API

    @property
    def tabs(self) -> QTabWidget:
        """The section tabs."""
        return self._tabs

    @property
    def editors(self) -> RecordEditors:
        """The contact, agreement, goal and note panels with their actions."""
        return self._editors

    @property
    def overview(self) -> PartnerOverview:
        """The overview tab."""
        return self._overview

    @property
    def timeline(self) -> TimelineView:
        """The timeline tab."""
        return self._timeline

    @property
    def history(self) -> HistoryView:
        """The history tab (the partner's audit trail)."""
        return self._history

    @property
    def title_text(self) -> str:
        """The partner name shown in the header."""
        return self._title.text()

    def partner_id(self) -> PartnerId | None:
        """The partner shown, if any."""
        return self._dossier.partner.id if self._dossier else None

    def show_partner(self, partner_id: PartnerId | None) -> None:
        """Load and show a partner, or the placeholder for ``None``."""
        if partner_id is None:
            self._clear()
            return
        try:
            dossier = self._services.partners.dossier(partner_id)
        except NotFoundError:
            self._clear()
            return
        self._show(dossier)

    @Slot()
    def edit_partner(self) -> None:
        """Open the partner dialog for the shown partner."""
        if self._dossier is None:
            return
        from portfolio_app.ui.dialogs.partner_dialog import PartnerDialog  # when first needed

        self._run_dialog(
            lambda: PartnerDialog.ask(
                self,
                save=self._services.partners.update_partner,
                partner=self._dossier.partner if self._dossier else None,
                categories=self._services.partners.categories(),
                known_tags=self._services.partners.tags(),
            )
        )

    @Slot()
    def delete_partner(self) -> None:
        """Move the shown partner to the trash after confirmation."""
        if self._dossier is None:
            return
        partner = self._dossier.partner
        partner_id = partner.id
        if partner_id is None:
            return
        question = self.tr(
            "Delete “%1” with all its contacts, agreements, goals and notes?\n\n"
            "It goes to the trash (Edit › Trash…), from where you can restore it with "
            "everything that belonged to it for 30 days."
        ).replace("%1", partner.name)
        if not confirm.ask_confirmation(
            self, self.tr("Delete Partner"), question, self.tr("Delete")
        ):
            return
        if self._run(lambda: self._services.partners.delete_partner(partner_id)):
            self.partner_deleted.emit(partner_id)

    @Slot(int)
    def act_on_agreement(self, agreement_id: int) -> None:
        """Show the agreements tab and the decision dialog for one of the shown agreements."""
        if self._dossier is None:
            return
        self._tabs.setCurrentIndex(TAB_AGREEMENTS)
        self._editors.panel(ItemKind.AGREEMENT).select(agreement_id)
        self._run_dialog(
            lambda: decide_about_agreement(
                self, self._services, agreement_id, self._today(), self._letters
            )
        )

    @Slot(int)
    def resolve_misunderstanding(self, note_id: int) -> None:
        """Ask how the misunderstanding of one of the shown notes was resolved, and store it."""
        note = (
            next((n for n in self._dossier.notes if n.id == note_id), None)
            if self._dossier
            else None
        )
        if note is not None:
            from portfolio_app.ui.dialogs.resolve_dialog import ResolveDialog  # when first needed

            self._run_dialog(
                lambda: ResolveDialog.ask(self, note=note, save=self._services.notes.update)
            )

    @Slot(object)
    def open_item(self, ref: ItemRef) -> None:
        """Show the tab holding ``ref`` and open its dialog (the partner's own for a partner)."""
        if ref.kind is ItemKind.PARTNER:
            self.edit_partner()
            return
        tab = {
            ItemKind.CONTACT: TAB_CONTACTS,
            ItemKind.AGREEMENT: TAB_AGREEMENTS,
            ItemKind.GOAL: TAB_GOALS,
            ItemKind.NOTE: TAB_NOTES,
            ItemKind.PROMISE: TAB_PROMISES,
        }.get(ref.kind)
        if tab is not None:
            self._tabs.setCurrentIndex(tab)
            self._editors.open(ref)

    # ---- Slots

    @Slot(object)
    def _on_changes_applied(self, changes: Changes) -> None:
        current = self.partner_id()
        if current is not None and current in changes.partners:
            self.show_partner(current)

    # ---- helpers

    def _show(self, dossier: PartnerDossier) -> None:
        self._dossier = dossier
        partner = dossier.partner
        self._title.setText(partner.name)
        parts = [category_label(partner.category), label(partner.status)]
        if partner.partner_since:
            parts.append(
                self.tr("partner since %1").replace("%1", format_date(partner.partner_since))
            )
        if partner.archived:
            parts.append(self.tr("archived"))
        self._subtitle.setText(" · ".join(parts))
        self._overview.set_dossier(dossier, self._services.health.score(dossier))
        if partner.id is not None:
            self._overview.set_health_history(self._services.health.history_of(dossier, 365))
        self._editors.set_dossier(dossier)
        for index, title in self._editors.tab_titles(dossier).items():
            self._tabs.setTabText(index + TAB_CONTACTS, title)
        self._timeline.show_partner(partner.id)
        if partner.id is not None:
            self._history.set_entries(self._services.history.for_partner(partner.id))
        self._stack.setCurrentIndex(1)

    def _clear(self) -> None:
        self._dossier = None
        self._stack.setCurrentIndex(0)

    def _run_dialog(self, dialog: Callable[[], Changes | None]) -> None:
        changes = dialog()
        if changes is not None:
            self._events.changes_applied.emit(changes)

    def _delete_record(self, operation: Callable[[], Changes]) -> None:
        self._run(operation)

    def _run(self, operation: Callable[[], Changes]) -> bool:
        try:
            changes = operation()
        except PortfolioError as error:
            confirm.show_error(self, self.tr("Could Not Save"), error)
            self.show_partner(self.partner_id())
            return False
        self._events.changes_applied.emit(changes)
        return True
