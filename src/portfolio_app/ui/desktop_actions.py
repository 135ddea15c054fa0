"""File › Open Database…, Edit › Preferences…, Help › About, and the remembered layout."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QToolBar

from portfolio_app.services.maintenance import MaintenanceService
from portfolio_app.settings import Settings
from portfolio_app.ui import window_state
from portfolio_app.ui.accessibility import describe_toolbar
from portfolio_app.ui.deadlines_page import DEFAULT_HORIZON, DeadlinesPage
from portfolio_app.ui.icons import apply_application_identity, icon
from portfolio_app.ui.theme import apply_theme, theme_from

if TYPE_CHECKING:
    from portfolio_app.ui.dialogs.preferences_dialog import Preferences

# The About and Preferences dialogs are imported when first opened, not at start.

ACTION_ICONS = {
    "actionNewPartner": "new-partner",
    "actionEditPartner": "edit",
    "actionDeletePartner": "delete",
    "actionImport": "import",
    "actionExport": "export",
    "actionFind": "search",
    "actionQuickOpen": "search",
    "actionBackUp": "backup",
    "actionViewOverview": "view-overview",
    "actionViewPartners": "view-partners",
    "actionViewDeadlines": "view-deadlines",
    "actionViewCosts": "view-costs",
    "actionViewTimeline": "view-timeline",
}
"""Which icon each of the window's actions (by object name) shows."""


class DesktopActions(QObject):
    """Owns the Open, Preferences and About actions of one main window and its saved layout.

    Signals:
        open_requested(Path): the user chose a database file to open instead.
    """

    open_requested = Signal(object)

    def __init__(
        self,
        window: QMainWindow,
        database_path: Path,
        deadlines: DeadlinesPage,
        settings: Settings | None,
        maintenance: MaintenanceService | None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._database_path = database_path
        self._deadlines = deadlines
        self._settings = settings
        self._maintenance = maintenance
        apply_application_identity()
        self.preferences_action = QAction(icon("preferences"), self.tr("&Preferences…"), window)
        self.preferences_action.setObjectName("actionPreferences")
        shortcuts = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
        self.preferences_action.setShortcuts(shortcuts or [QKeySequence("Ctrl+,")])
        self.preferences_action.setEnabled(settings is not None)
        self.preferences_action.triggered.connect(self.edit_preferences)
        self.open_action = QAction(self.tr("&Open Database…"), window)
        self.open_action.setObjectName("actionOpenDatabase")
        self.open_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Open))
        self.open_action.setStatusTip(self.tr("Open another Partner Portfolio database file"))
        self.open_action.triggered.connect(self.choose_database)
        if settings is not None:
            apply_theme(theme_from(settings.theme()))
            days = settings.horizon_days()
            if days is not None:
                deadlines.set_horizon_days(days)

    @Slot()
    def choose_database(self) -> None:
        """Ask for a database file; the application opens it in place of this one."""
        chosen, _filter = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Open Database"),
            str(self._database_path.parent),
            self.tr("Partner Portfolio databases (*.sqlite3 *.db);;All files (*)"),
        )
        if chosen:
            self.open_requested.emit(Path(chosen))

    def decorate(self) -> None:
        """Give the window's main actions their icons (see :data:`ACTION_ICONS`)."""
        for action in self._window.findChildren(QAction):
            name = ACTION_ICONS.get(action.objectName())
            if name is not None:
                action.setIcon(icon(name))
        for toolbar in self._window.findChildren(QToolBar):
            # Some toolbar actions have no icon: text beside icons keeps every button labelled.
            toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            describe_toolbar(toolbar, self._toolbar_description)

    def _toolbar_description(self, text: str, shortcut: str) -> str:
        if not shortcut:
            return self.tr("Same as the menu command %1").replace("%1", text)
        return (
            self.tr("Same as the menu command %1 (%2)").replace("%1", text).replace("%2", shortcut)
        )

    def current(self) -> Preferences | None:
        """The preferences as stored now (``None`` without settings)."""
        if self._settings is None:
            return None
        from portfolio_app.ui.dialogs.preferences_dialog import Preferences

        return Preferences(
            language=self._settings.language(),
            theme=theme_from(self._settings.theme()),
            horizon_days=self._settings.horizon_days() or DEFAULT_HORIZON,
            backup_folder=self._settings.backup_folder(),
        )

    @Slot()
    def edit_preferences(self) -> None:
        """Show the Preferences dialog and apply what the user accepted, all at once."""
        current = self.current()
        if current is None or self._settings is None:
            return
        default_folder = None
        if self._maintenance is not None and self._settings.backup_folder() is None:
            default_folder = self._maintenance.backup_folder
        from portfolio_app.ui.dialogs.preferences_dialog import PreferencesDialog

        chosen = PreferencesDialog.ask(self._window, current, self._database_path, default_folder)
        if chosen is not None:
            self.apply(chosen)

    def apply(self, chosen: Preferences) -> None:
        """Store ``chosen`` and apply it to the running app (the language on restart)."""
        if self._settings is None:
            return
        self._settings.set_language(chosen.language)
        self._settings.set_theme(chosen.theme.value)
        self._settings.set_horizon_days(chosen.horizon_days)
        self._settings.set_backup_folder(chosen.backup_folder)
        apply_theme(chosen.theme)
        self._deadlines.set_horizon_days(chosen.horizon_days)

    @Slot()
    def show_about(self) -> None:
        """Help › About."""
        from portfolio_app.ui.about_dialog import AboutDialog

        AboutDialog.show_for(self._window, self._database_path)

    def restore_layout(self) -> tuple[int | None, int | None]:
        """Restore the saved layout; returns the saved view and partner (or ``None``)."""
        if self._settings is None or not window_state.restore_window_state(
            self._window, self._settings
        ):
            return None, None
        return (
            window_state.saved_view(self._settings),
            window_state.saved_partner(self._settings, self._database_path),
        )

    def save_layout(self, view: int, partner_id: int | None) -> None:
        """Remember the layout, the view and the selected partner for the next start."""
        if self._settings is None:
            return
        window_state.save_selection(self._settings, self._database_path, view, partner_id)
        window_state.save_window_state(self._window, self._settings)
