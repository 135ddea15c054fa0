"""The main window: partners (list and detail), deadlines and costs; menus and status bar."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTime, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from portfolio_app.domain.errors import PortfolioError
from portfolio_app.domain.ids import ItemKind, ItemRef, PartnerId
from portfolio_app.domain.reminders import Reminder
from portfolio_app.services.catalog import Services
from portfolio_app.services.changes import Changes
from portfolio_app.services.maintenance import MaintenanceService
from portfolio_app.services.partners import category_choices
from portfolio_app.settings import Settings
from portfolio_app.ui import confirm
from portfolio_app.ui.calendar_export import CalendarExport
from portfolio_app.ui.costs_page import CostsPage
from portfolio_app.ui.dashboard_page import DashboardPage
from portfolio_app.ui.deadlines_page import DeadlinesPage
from portfolio_app.ui.desktop_actions import DesktopActions
from portfolio_app.ui.events import AppEvents
from portfolio_app.ui.interchange_actions import InterchangeActions
from portfolio_app.ui.letter_settings import letter_settings_from
from portfolio_app.ui.maintenance_actions import MaintenanceActions
from portfolio_app.ui.partner_detail_page import PartnerDetailPage
from portfolio_app.ui.reads import Reader
from portfolio_app.ui.reminders import ReminderController
from portfolio_app.ui.report_actions import ReportActions
from portfolio_app.ui.timeline.view import TimelineView
from portfolio_app.ui.undo import UndoHistory
from portfolio_app.ui.widgets.empty_state import EmptyState
from portfolio_app.ui.widgets.partner_list_panel import PartnerListPanel
from portfolio_app.ui.widgets.reminder_banner import ReminderBanner
from portfolio_app.ui.widgets.view_switcher import ViewSwitcher

PAGE_EMPTY, PAGE_PORTFOLIO = range(2)
VIEW_OVERVIEW, VIEW_PARTNERS, VIEW_DEADLINES, VIEW_COSTS = range(4)
VIEW_TIMELINE = VIEW_COSTS + 1


def _utc_now() -> datetime:
    return datetime.now(UTC)


class MainWindow(QMainWindow):
    """Shows one open portfolio database."""

    open_demo_requested = Signal()
    open_database_requested = Signal(object)
    """The user asked to open the demo portfolio instead of this database."""

    def __init__(
        self,
        services: Services,
        database_path: Path,
        today: Callable[[], date],
        parent: QWidget | None = None,
        *,
        maintenance: MaintenanceService | None = None,
        settings: Settings | None = None,
        clock: Callable[[], datetime] = _utc_now,
        background_reads: bool = False,
    ) -> None:
        """Build the window; ``background_reads`` moves the portfolio-wide reads off it.

        With it, health, next deadlines, reminders and the overview are read on a worker
        thread, so that a large portfolio's window shows its partner list at once.
        """
        super().__init__(parent)
        self._reader = Reader(self, background=background_reads)
        self.setObjectName("mainWindow")
        self.setAccessibleName(self.tr("Partner Portfolio"))
        self.setWindowTitle(self.tr("%1 — Partner Portfolio").replace("%1", database_path.name))
        self._events = AppEvents(self)
        self._undo = UndoHistory(services, self._events, self)
        services = self._undo.services  # every edit made through them can be undone
        self._services = services
        self._database_path = database_path
        self._today = today

        self._list = PartnerListPanel(self)
        self._detail = PartnerDetailPage(
            services, self._events, today, self, letters=letter_settings_from(settings)
        )
        self._splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self._splitter.setObjectName("mainSplitter")
        self._splitter.addWidget(self._list)
        self._splitter.addWidget(self._detail)
        self._splitter.setStretchFactor(0, 0)
        self._splitter.setStretchFactor(1, 1)
        self._splitter.setSizes([620, 660])
        self._splitter.setChildrenCollapsible(False)
        self._deadlines = DeadlinesPage(services, self._events, today, self)
        self._costs = CostsPage(services, self._events, self)
        self._dashboard = DashboardPage(services, self._events, self, reader=self._reader)
        self._views = ViewSwitcher(self)
        self._views.add_view(self._dashboard, self.tr("&Overview"), "actionViewOverview")
        self._views.add_view(self._splitter, self.tr("&Partners"), "actionViewPartners")
        self._views.add_view(self._deadlines, self.tr("&Deadlines"), "actionViewDeadlines")
        self._views.add_view(self._costs, self.tr("&Costs"), "actionViewCosts")
        self._timeline = TimelineView(
            services.timeline,
            today,
            self,
            canvas_name="portfolioTimelineView",
            choices=lambda: (services.partners.categories(), services.partners.tags()),
            events=self._events,
        )
        self._views.add_view(self._timeline, self.tr("&Timeline"), "actionViewTimeline")
        self._empty = EmptyState(self)
        self._pages = QStackedWidget(self)
        self._pages.addWidget(self._empty)
        self._pages.addWidget(self._views)
        self._banner = ReminderBanner(self)
        central = QWidget(self)
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(6, 6, 6, 0)
        central_layout.addWidget(self._banner)
        central_layout.addWidget(self._pages, 1)
        self.setCentralWidget(central)
        self._reminders = ReminderController(
            services.reminders, self._events, today, self._banner, self, reader=self._reader
        )

        self.maintenance_actions = (
            MaintenanceActions(self, maintenance, settings) if maintenance else None
        )
        self._calendar_export = CalendarExport(self, services.deadlines, clock)
        self.report_actions = ReportActions(self, services, self._detail.partner_id)
        self.desktop = DesktopActions(self, database_path, self._deadlines, settings, maintenance)
        self.desktop.open_requested.connect(self.open_database_requested)
        self._create_actions()
        self._create_menus()
        self.desktop.decorate()
        self._deadlines.add_header_action(self._calendar_export.action)
        self._database_label = QLabel(self)
        self._database_label.setObjectName("databaseLabel")
        self._database_label.setTextFormat(Qt.TextFormat.PlainText)
        self._database_label.setText(str(database_path))
        self._database_label.setToolTip(self.tr("The database file in use"))
        self.statusBar().addPermanentWidget(self._database_label)

        self._list.selection_changed.connect(self._on_list_selection_changed)
        self._list.edit_requested.connect(self._on_list_edit_requested)
        self._empty.new_partner_requested.connect(self.new_partner)
        self._empty.open_demo_requested.connect(self.open_demo_requested)
        self._events.changes_applied.connect(self._on_changes_applied)
        self._deadlines.open_requested.connect(self.open_item)
        self._deadlines.act_requested.connect(self.act_on_agreement)
        self._costs.open_requested.connect(self.open_item)
        self._timeline.item_requested.connect(self.open_item)
        self._dashboard.open_requested.connect(self.show_record)
        self._views.setCurrentIndex(VIEW_PARTNERS)
        self._reminders.open_requested.connect(self._on_reminder_open_requested)
        self._banner.show_all_requested.connect(self._on_show_all_reminders)
        # Once an hour, with the reminders: "in 3 days" and urgencies move on with the clock.
        self._reminders.timer.timeout.connect(self._reload_next_deadlines)
        self._reminders.timer.timeout.connect(self._deadlines.refresh)
        self.reload()
        self._reminders.start()
        self.resize(1280, 800)
        self._saved_view, saved_partner = self.desktop.restore_layout()
        if saved_partner is not None:
            self._list.select_partner(saved_partner)

    # ---- Public API

    @property
    def events(self) -> AppEvents:
        """The window's change broadcast."""
        return self._events

    @property
    def undo_history(self) -> UndoHistory:
        """The open database's undo stack with Edit › Undo / Redo."""
        return self._undo

    @property
    def partner_list(self) -> PartnerListPanel:
        """The partner list panel."""
        return self._list

    @property
    def detail(self) -> PartnerDetailPage:
        """The partner detail page."""
        return self._detail

    @property
    def deadlines(self) -> DeadlinesPage:
        """The deadlines view."""
        return self._deadlines

    @property
    def costs(self) -> CostsPage:
        """The cost overview."""
        return self._costs

    @property
    def timeline(self) -> TimelineView:
        """The portfolio timeline view."""
        return self._timeline

    @property
    def views(self) -> ViewSwitcher:
        """Partners, Deadlines and Costs."""
        return self._views

    @property
    def reminder_banner(self) -> ReminderBanner:
        """The due reminders above the views."""
        return self._banner

    @property
    def reminders(self) -> ReminderController:
        """Looks up and acts on due reminders."""
        return self._reminders

    @property
    def calendar_export(self) -> CalendarExport:
        """File › Export Calendar…."""
        return self._calendar_export

    @property
    def empty_state(self) -> EmptyState:
        """The welcome page shown while there are no partners."""
        return self._empty

    def showing_empty_state(self) -> bool:
        """Whether the welcome page is shown instead of the list."""
        return self._pages.currentIndex() == PAGE_EMPTY

    def reload(self) -> None:
        """Read the partner list again and show it (or the welcome page)."""
        try:
            partners = self._services.partners.list_partners()
        except PortfolioError as error:
            confirm.show_error(self, self.tr("Could Not Read the Database"), error)
            return
        self._list.set_categories(category_choices(p.category for p in partners))
        self._list.set_partners(partners)
        self._reload_next_deadlines()
        self._reload_health_scores()
        self._dashboard.refresh()
        self._pages.setCurrentIndex(PAGE_PORTFOLIO if partners else PAGE_EMPTY)
        self._update_actions()

    def show_view(self, view: int) -> None:
        """Switch to Partners, Deadlines or Costs (``VIEW_…``)."""
        self._views.setCurrentIndex(view)

    def current_view(self) -> int:
        """Which view is shown (``VIEW_…``)."""
        return self._views.currentIndex()

    @Slot(object, object)
    def open_item(self, partner_id: PartnerId, ref: ItemRef) -> None:
        """Show the partner and open the item's dialog (from the deadlines or costs view)."""
        if self._show_partner_view(partner_id):
            self._detail.open_item(ref)

    def show_start_page(self) -> None:
        """Show the overview (dashboard), as the app does when it opens."""
        self.show_view(VIEW_OVERVIEW if self._saved_view is None else self._saved_view)

    @Slot()
    def quick_open(self) -> None:
        """Search everything (Ctrl+K) and open the chosen record."""
        from portfolio_app.ui.dialogs.quick_open_dialog import QuickOpenDialog

        dialog = QuickOpenDialog(self._services.search, self)
        chosen: list[tuple[PartnerId, ItemRef]] = []
        dialog.open_requested.connect(lambda partner_id, ref: chosen.append((partner_id, ref)))
        dialog.exec()
        dialog.deleteLater()
        if chosen:
            self.show_record(*chosen[0])

    @Slot(object, object)
    def show_record(self, partner_id: PartnerId, ref: ItemRef) -> None:
        """Show the partner, and open the record if it is not the partner itself."""
        if ref.kind is not ItemKind.PARTNER:
            self.open_item(partner_id, ref)
        elif self._show_partner_view(partner_id):
            self._detail.tabs.setCurrentIndex(0)

    @Slot(object, int)
    def act_on_agreement(self, partner_id: PartnerId, agreement_id: int) -> None:
        """Show the partner's agreement and the dialog to decide about its deadline."""
        if self._show_partner_view(partner_id):
            self._detail.act_on_agreement(agreement_id)

    def select_partner(self, partner_id: PartnerId) -> None:
        """Select the partner in the list (clearing filters that hide it)."""
        if not self._list.select_partner(partner_id):
            self._list.search_edit.clear()
            self._list.status_filter.setCurrentIndex(0)
            self._list.category_filter.setCurrentIndex(0)
            self._list.select_partner(partner_id)

    @Slot()
    def new_partner(self) -> None:
        """Ask for a new partner and select it once stored."""
        from portfolio_app.ui.dialogs.partner_dialog import PartnerDialog

        changes = PartnerDialog.ask(
            self,
            save=self._services.partners.add_partner,
            categories=self._services.partners.categories(),
            known_tags=self._services.partners.tags(),
        )
        if changes is not None:
            self._events.changes_applied.emit(changes)

    @Slot()
    def open_trash(self) -> None:
        """Show the trash: restore deleted items or empty it."""
        from portfolio_app.ui.dialogs.trash_dialog import TrashDialog

        TrashDialog.run(self, self._services, self._events)

    # ---- Qt overrides

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        self.desktop.save_layout(self.current_view(), self._detail.partner_id())
        self._reminders.stop()
        super().closeEvent(event)

    # ---- Slots

    @Slot(object)
    def _on_reminder_open_requested(self, reminder: Reminder) -> None:
        self.act_on_agreement(reminder.partner_id, reminder.agreement_id)

    @Slot()
    def _on_show_all_reminders(self) -> None:
        self.show_view(VIEW_DEADLINES)

    @Slot(object)
    def _on_list_selection_changed(self, partner_id: PartnerId | None) -> None:
        self._detail.show_partner(partner_id)
        self._update_actions()

    @Slot(int)
    def _on_list_edit_requested(self, _partner_id: int) -> None:
        self._detail.edit_partner()

    @Slot(object)
    def _on_changes_applied(self, changes: Changes) -> None:
        self.reload()
        created = changes.created
        if created is not None and created.kind is ItemKind.PARTNER:
            self.select_partner(PartnerId(created.id))
        time = QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
        self.statusBar().showMessage(self.tr("Saved at %1.").replace("%1", time), 8000)

    # ---- helpers

    def _show_partner_view(self, partner_id: PartnerId) -> bool:
        self.show_view(VIEW_PARTNERS)
        self.select_partner(partner_id)
        return self._detail.partner_id() == partner_id

    @Slot()
    def _reload_next_deadlines(self) -> None:
        # On an error the list stays usable; the deadlines view reports the problem.
        self._reader.read(
            "next_deadlines",
            self._services.deadlines.next_by_partner,
            lambda found: self._list.set_next_deadlines(found, self._today()),
        )

    def _reload_health_scores(self) -> None:
        # On an error the list stays usable without scores.
        self._reader.read("health", self._services.health.all_scores, self._list.set_health_scores)

    @property
    def reader(self) -> Reader:
        """Runs the portfolio-wide reads (on a worker thread in the app)."""
        return self._reader

    def _update_actions(self) -> None:
        has_partner = self._detail.partner_id() is not None
        for action in self._record_actions.values():
            action.setEnabled(has_partner)
        self._edit_partner_action.setEnabled(has_partner)
        self._delete_partner_action.setEnabled(has_partner)
        self.report_actions.set_partner_available(has_partner)

    def _action(
        self, text: str, name: str, shortcut: QKeySequence.StandardKey | str | None = None
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _create_actions(self) -> None:
        self.new_partner_action = self._action(
            self.tr("&New Partner…"), "actionNewPartner", QKeySequence.StandardKey.New
        )
        self.new_partner_action.triggered.connect(self.new_partner)
        self._record_actions = {
            ItemKind.CONTACT: self._action(
                self.tr("New &Contact…"), "actionNewContact", "Ctrl+Shift+C"
            ),
            ItemKind.AGREEMENT: self._action(
                self.tr("New &Agreement…"), "actionNewAgreement", "Ctrl+Shift+A"
            ),
            ItemKind.GOAL: self._action(self.tr("New &Goal…"), "actionNewGoal", "Ctrl+Shift+G"),
            ItemKind.NOTE: self._action(self.tr("New N&ote…"), "actionNewNote", "Ctrl+Shift+N"),
        }
        for kind, action in self._record_actions.items():
            action.triggered.connect(lambda _checked=False, k=kind: self._detail.editors.add(k))
        self._open_demo_action = self._action(self.tr("Open &Demo Portfolio"), "actionOpenDemo")
        self._open_demo_action.triggered.connect(self.open_demo_requested)
        self._quit_action = self._action(
            self.tr("&Quit"), "actionQuit", QKeySequence.StandardKey.Quit
        )
        if self._quit_action.shortcut().isEmpty():  # platforms without a Quit binding
            self._quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self._quit_action.triggered.connect(self.close)
        self.find_action = self._action(
            self.tr("&Find Partner"), "actionFind", QKeySequence.StandardKey.Find
        )
        self.find_action.triggered.connect(self._list.focus_search)
        self.quick_open_action = self._action(self.tr("&Quick Open…"), "actionQuickOpen", "Ctrl+K")
        self.quick_open_action.triggered.connect(self.quick_open)
        self._edit_partner_action = self._action(
            self.tr("&Edit Partner…"), "actionEditPartner", "Ctrl+E"
        )
        self._edit_partner_action.triggered.connect(self._detail.edit_partner)
        self._delete_partner_action = self._action(
            self.tr("&Delete Partner…"), "actionDeletePartner", QKeySequence.StandardKey.Delete
        )
        # Del deletes the partner only while the partner list has the focus.
        self._delete_partner_action.setShortcutContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        self._list.addAction(self._delete_partner_action)
        self._delete_partner_action.triggered.connect(self._detail.delete_partner)
        self._trash_action = self._action(self.tr("&Trash…"), "actionTrash")
        self._trash_action.triggered.connect(self.open_trash)
        self.interchange = InterchangeActions(self, self._services, self._events, self._today)
        self.import_action = self.interchange.import_action
        self.export_action = self.interchange.export_action
        self.undo_import_action = self.interchange.undo_import_action
        self._about_action = self._action(self.tr("&About Partner Portfolio"), "actionAbout")
        self._about_action.triggered.connect(self.desktop.show_about)

    def _create_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.new_partner_action)
        file_menu.addSeparator()
        file_menu.addAction(self.desktop.open_action)
        file_menu.addAction(self._open_demo_action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addAction(self._calendar_export.action)
        file_menu.addAction(self.report_actions.report_action)
        file_menu.addSeparator()
        if self.maintenance_actions is not None:
            for action in self.maintenance_actions.actions():
                file_menu.addAction(action)
            file_menu.addSeparator()
        file_menu.addAction(self._quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self._undo.undo_action)
        edit_menu.addAction(self._undo.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.undo_import_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addAction(self.quick_open_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self._edit_partner_action)
        edit_menu.addAction(self._delete_partner_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self._trash_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.desktop.preferences_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for action in self._views.actions_in_order():
            view_menu.addAction(action)
        partner_menu = self.menuBar().addMenu(self.tr("&Partner"))
        for action in self._record_actions.values():
            partner_menu.addAction(action)
        partner_menu.addSeparator()
        partner_menu.addActions(self.report_actions.partner_actions())
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._about_action)
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.addAction(self.new_partner_action)
        toolbar.addSeparator()
        for action in self._record_actions.values():
            toolbar.addAction(action)
