"""The promise actions of the partner view: "Mark kept" and "Promise from Note…"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Slot
from PySide6.QtWidgets import QPushButton, QWidget

from portfolio_app.domain.ids import PartnerId, PromiseId
from portfolio_app.domain.note import CommunicationNote
from portfolio_app.domain.promise import PromiseState
from portfolio_app.services.changes import Changes
from portfolio_app.services.promises import PromiseService, promise_from_note
from portfolio_app.ui.widgets.record_list_panel import RecordListPanel

_CONTEXT = "PromiseActions"

_PANEL_TEXTS = {
    "list": QT_TRANSLATE_NOOP("PromiseActions", "Promises"),
    "add": QT_TRANSLATE_NOOP("PromiseActions", "&Add promise…"),
    "edit": QT_TRANSLATE_NOOP("PromiseActions", "Edit…"),
    "delete": QT_TRANSLATE_NOOP("PromiseActions", "Delete…"),
    "empty": QT_TRANSLATE_NOOP(
        "PromiseActions",
        "No promises yet. What did you promise the partner, and what did it promise you?",
    ),
    "preview": QT_TRANSLATE_NOOP("PromiseActions", "Promise"),
    "preview_hint": QT_TRANSLATE_NOOP("PromiseActions", "Select a promise to see it here."),
}


def promise_panel_texts() -> dict[str, str]:
    """The translated texts of the promises panel (see :class:`RecordListPanel`)."""
    return {
        key: QCoreApplication.translate(_CONTEXT, str(text)) for key, text in _PANEL_TEXTS.items()
    }


class PromiseActions(QObject):
    """Adds "Mark kept" to the promises panel and "Promise from Note…" to the notes panel."""

    def __init__(
        self,
        promises: PromiseService,
        panels: tuple[RecordListPanel, RecordListPanel],
        partner_id: Callable[[], PartnerId | None],
        run_dialog: Callable[[Callable[[], Changes | None]], None],
        run_operation: Callable[[Callable[[], Changes]], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._promises = promises
        self._notes_panel, self._promises_panel = panels
        self._partner_id = partner_id
        self._run_dialog = run_dialog
        self._run_operation = run_operation
        self._parent = parent
        self._mark_kept = self._promises_panel.add_selection_button(
            "promiseMarkKept",
            self.tr("Mark &kept"),
            lambda promise: getattr(promise, "state", None) is not PromiseState.KEPT,
        )
        self._mark_kept.setToolTip(self.tr("The selected promise has been kept"))
        self._from_note = self._notes_panel.add_selection_button(
            "notePromise", self.tr("&Promise from Note…")
        )
        self._from_note.setToolTip(self.tr("Record a promise made in the selected note"))
        self._mark_kept.clicked.connect(self.mark_kept)
        self._from_note.clicked.connect(self.promise_from_note)

    @property
    def mark_kept_button(self) -> QPushButton:
        """The promises tab's "Mark kept" button."""
        return self._mark_kept

    @property
    def from_note_button(self) -> QPushButton:
        """The notes tab's "Promise from Note…" button."""
        return self._from_note

    @Slot()
    def mark_kept(self) -> None:
        """Mark the selected promise as kept."""
        selected = self._promises_panel.selected_id()
        if selected is not None:
            promise_id = PromiseId(selected)
            self._run_operation(lambda: self._promises.mark(promise_id, PromiseState.KEPT))

    @Slot()
    def promise_from_note(self) -> None:
        """Ask for a promise prefilled with the selected note's subject, linked to it."""
        selected = self._notes_panel.selected_id()
        note: CommunicationNote | None = next(
            (r for r in self._notes_panel.records() if r.id == selected), None
        )
        partner_id = self._partner_id()
        if note is None or partner_id is None:
            return
        prefilled = promise_from_note(partner_id, note.id, note.subject)
        from portfolio_app.ui.dialogs.promise_dialog import PromiseDialog  # when first needed

        self._run_dialog(
            lambda: PromiseDialog.ask(
                self._parent,
                save=self._promises.add,
                partner_id=partner_id,
                promise=prefilled,
                source=note.subject,
            )
        )
