"""The main window's views (Partners, Deadlines, Costs) as tabs with Ctrl+1, Ctrl+2, …."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QTabWidget, QWidget

from portfolio_app.ui.accessibility import describe_tabs


class ViewSwitcher(QTabWidget):
    """Tabs of whole views; each has a checkable action with a Ctrl+number shortcut."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("mainViews")
        self.setAccessibleName(self.tr("Views"))
        describe_tabs(
            self,
            self.tr("Views"),
            self.tr("Overview, partners, deadlines, costs and timeline; Ctrl+1 to Ctrl+5"),
        )
        self.setDocumentMode(True)
        self._actions = QActionGroup(self)
        self._actions.setExclusive(True)
        self.currentChanged.connect(self._on_current_changed)

    def add_view(self, widget: QWidget, text: str, action_name: str) -> QAction:
        """Add a view; ``text`` has a menu mnemonic ("&Deadlines"); returns its action.

        The action belongs to ``parent`` (the window) so that its shortcut works everywhere.
        """
        index = self.addTab(widget, text.replace("&", ""))
        owner = self.parentWidget() or self
        action = QAction(text, owner)
        action.setObjectName(action_name)
        action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
        action.setCheckable(True)
        action.setChecked(index == self.currentIndex())
        action.setData(index)
        action.triggered.connect(self._on_action_triggered)
        self._actions.addAction(action)
        owner.addAction(action)
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.setTabToolTip(index, f"{text.replace('&', '')} ({shortcut})")
        return action

    def actions_in_order(self) -> list[QAction]:
        """One action per view, in tab order (for the View menu)."""
        return self._actions.actions()

    @Slot()
    def _on_action_triggered(self) -> None:
        checked = self._actions.checkedAction()
        if checked is not None:
            self.setCurrentIndex(int(checked.data()))

    @Slot(int)
    def _on_current_changed(self, index: int) -> None:
        actions = self._actions.actions()
        if 0 <= index < len(actions):
            actions[index].setChecked(True)
