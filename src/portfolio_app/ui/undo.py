"""Undo and redo for every edit: one ``QUndoStack`` per open database.

The main window owns one :class:`UndoHistory` and hands its pages
:attr:`UndoHistory.services`: the same use cases, except that every add, change and
delete made through them also pushes a command onto the stack. A command's undo and redo
call the plain services again (deletes go to the trash and come back from it with the
same id) and broadcast the resulting ``Changes`` on ``AppEvents`` so that every view
refreshes. Recording a goal's progress is undone by removing the entry again (redo stores
it anew); restoring from the trash by moving the records back to the trash.

Edits that cannot be taken back exactly clear the stack instead of leaving it to lie:
emptying the trash (and purging what is too old), which makes earlier deletes final;
and an import or undoing one. An import is not a step on this stack on purpose: it has
its own Edit › Undo Import (one transaction over every row it touched, records it made
deleted for good), and after it the records of earlier steps may have changed, so it
starts a new history.

A new database gets a new window, hence a new, empty stack.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget
from typing_extensions import override

from portfolio_app.domain.errors import PortfolioError
from portfolio_app.domain.ids import ItemKind, ItemRef, PartnerId
from portfolio_app.services.catalog import Services
from portfolio_app.services.changes import Changes
from portfolio_app.services.records import RecordService
from portfolio_app.ui import confirm
from portfolio_app.ui.events import AppEvents
from portfolio_app.ui.undo_services import recording_services

UNDO_LIMIT = 100
"""How many edits can be undone."""

TITLE_LENGTH = 40
"""Longer record titles are shortened in the Edit menu."""

Operation = Callable[[], Changes]

_KIND_NAMES = {
    ItemKind.PARTNER: str(QT_TRANSLATE_NOOP("UndoHistory", "Partner")),
    ItemKind.CONTACT: str(QT_TRANSLATE_NOOP("UndoHistory", "Contact")),
    ItemKind.AGREEMENT: str(QT_TRANSLATE_NOOP("UndoHistory", "Agreement")),
    ItemKind.GOAL: str(QT_TRANSLATE_NOOP("UndoHistory", "Goal")),
    ItemKind.NOTE: str(QT_TRANSLATE_NOOP("UndoHistory", "Note")),
    ItemKind.PROMISE: str(QT_TRANSLATE_NOOP("UndoHistory", "Promise")),
}
_TITLE_FIELDS = {
    ItemKind.PARTNER: "name",
    ItemKind.CONTACT: "name",
    ItemKind.AGREEMENT: "title",
    ItemKind.GOAL: "title",
    ItemKind.NOTE: "subject",
    ItemKind.PROMISE: "text",
}
_TIMESTAMPS = frozenset({"created_at", "updated_at"})


class _StaleError(Exception):
    """The record was changed elsewhere since the edit; undoing would overwrite that."""


class _ServiceCommand(QUndoCommand):
    """One edit: its undo and redo are service calls; the first redo (on push) was done."""

    def __init__(
        self, history: UndoHistory, text: str, undo: Operation, redo: Operation, changes: Changes
    ) -> None:
        super().__init__(text)
        self._history = history
        self._undo = undo
        self._redo = redo
        self._changes = changes
        self._pushed = False

    @override
    def undo(self) -> None:
        self._history.carry_out(self._undo, self._changes, redo=False)

    @override
    def redo(self) -> None:
        if not self._pushed:  # QUndoStack.push() redoes; the edit itself did that already
            self._pushed = True
            return
        self._history.carry_out(self._redo, self._changes, redo=True)


class UndoHistory(QObject):
    """The window's undo stack, its Edit › Undo / Redo actions and the recording services."""

    _invalidated = Signal()
    """An edit that cannot be undone was made (possibly on a worker thread)."""

    def __init__(self, services: Services, events: AppEvents, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("undoHistory")
        self._raw = services
        self._events = events
        self._window = parent
        self._stack = QUndoStack(self)
        self._stack.setObjectName("undoStack")
        self._stack.setUndoLimit(UNDO_LIMIT)
        # Own actions rather than ``createUndoAction``: that one glues a prefix to the
        # step's text, which a translation cannot reorder ("%1 rückgängig machen").
        self.undo_action = QAction(self.tr("&Undo"), self)
        self.undo_action.setObjectName("actionUndo")
        self.undo_action.setEnabled(False)
        self.undo_action.triggered.connect(self._stack.undo)
        self._stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self._stack.undoTextChanged.connect(self._show_undo_text)
        self.undo_action.setShortcuts(_bindings(QKeySequence.StandardKey.Undo, "Ctrl+Z"))
        self.redo_action = QAction(self.tr("&Redo"), self)
        self.redo_action.setObjectName("actionRedo")
        self.redo_action.setEnabled(False)
        self.redo_action.triggered.connect(self._stack.redo)
        self._stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self._stack.redoTextChanged.connect(self._show_redo_text)
        self.redo_action.setShortcuts(_bindings(QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z"))
        self._invalidated.connect(self._stack.clear)
        self.services: Services = recording_services(services, self)
        """The services the window's pages use: every edit through them is recorded."""

    def _show_undo_text(self, step: str) -> None:
        text = self.tr("&Undo %1").replace("%1", step) if step else self.tr("&Undo")
        self.undo_action.setText(text)

    def _show_redo_text(self, step: str) -> None:
        text = self.tr("&Redo %1").replace("%1", step) if step else self.tr("&Redo")
        self.redo_action.setText(text)

    @property
    def stack(self) -> QUndoStack:
        """The undo stack of the open database."""
        return self._stack

    def clear(self) -> None:
        """Forget every edit (another database, or an edit that cannot be undone)."""
        self._invalidated.emit()

    # ---- recording (called by the recording services after a successful edit)

    def added(self, changes: Changes) -> None:
        """Record an add: undo moves the new record to the trash, redo brings it back."""
        ref = changes.created
        if ref is None or ref.kind not in _KIND_NAMES:
            self.clear()
            return
        text = self.text(str(QT_TRANSLATE_NOOP("UndoHistory", "Add %1 “%2”")), ref)
        self.added_many([ref], changes, text)

    def added_many(self, refs: Sequence[ItemRef], changes: Changes, text: str) -> None:
        """Record adds of several records in one command (e.g. promises from a note)."""
        kept = list(refs)
        self.push(
            text,
            lambda: _joined(self._delete(ref) for ref in reversed(kept)),
            lambda: _joined(self._raw.trash.restore(ref) for ref in kept),
            changes,
        )

    def deleted(self, ref: ItemRef, record: Any, changes: Changes) -> None:
        """Record a delete: undo restores the record from the trash, redo deletes it again."""
        text = self.text(str(QT_TRANSLATE_NOOP("UndoHistory", "Delete %1 “%2”")), ref, record)
        self.push(text, lambda: self._raw.trash.restore(ref), lambda: self._delete(ref), changes)

    def restored(self, ref: ItemRef, changes: Changes) -> None:
        """Record a restore from the trash: undo moves the records back to the trash.

        A record restored together with its partner goes back with it (the record
        first, then the partner); redo restores ``ref`` again, which brings both.
        """
        refs = sorted(changes.items, key=lambda item: item.kind is not ItemKind.PARTNER)
        if ref.kind not in _KIND_NAMES or any(item.kind not in _KIND_NAMES for item in refs):
            self.clear()
            return
        text = self.text(str(QT_TRANSLATE_NOOP("UndoHistory", "Restore %1 “%2”")), ref)
        self.push(
            text,
            lambda: _joined(self._delete(item) for item in reversed(refs)),
            lambda: self._raw.trash.restore(ref),
            changes,
        )

    def changed(self, ref: ItemRef, before: Any, changes: Changes, template: str = "") -> None:
        """Record a change: undo stores ``before`` again, redo the state after the edit."""
        after = self._get(ref)
        if _same(before, after):  # saved without a change: nothing to undo
            return
        if not template:
            template = _edit_template(ref.kind, before, after)
        text = self.text(template, ref, after)
        self.push(
            text,
            lambda: self._put(ref, expected=after, record=before),
            lambda: self._put(ref, expected=before, record=after),
            changes,
        )

    def read(self, ref: ItemRef) -> Any:
        """The stored record (for a recording service to keep the state before an edit)."""
        return self._get(ref)

    # ---- carrying out undo and redo

    def carry_out(self, operation: Operation, changes: Changes, *, redo: bool) -> None:
        """Run one undo or redo; on failure explain, drop the history and refresh the views."""
        try:
            applied = operation()
        except (PortfolioError, _StaleError) as error:
            self._events.changes_applied.emit(changes)
            self._tell(error, self.tr("Could Not Redo") if redo else self.tr("Could Not Undo"))
            # Not before the command's undo() returned: clearing deletes the command.
            QTimer.singleShot(0, self._stack.clear)
            return
        self._events.changes_applied.emit(applied)

    def _tell(self, error: PortfolioError | _StaleError, title: str) -> None:
        if isinstance(error, PortfolioError):
            confirm.show_error(self._window, title, error)
            return
        confirm.show_message(
            self._window,
            title,
            self.tr(
                "The record was changed in the meantime, so this step can no longer be "
                "undone or redone. The undo history was cleared; nothing was changed."
            ),
        )

    def push(self, text: str, undo: Operation, redo: Operation, changes: Changes) -> None:
        """Record an edit already made: ``undo`` takes it back, ``redo`` makes it again."""
        self._stack.push(_ServiceCommand(self, text, undo, redo, changes))

    def _records(self, kind: ItemKind) -> RecordService[Any]:
        services: dict[ItemKind, RecordService[Any]] = {
            ItemKind.CONTACT: self._raw.contacts,
            ItemKind.AGREEMENT: self._raw.agreements,
            ItemKind.GOAL: self._raw.goals,
            ItemKind.NOTE: self._raw.notes,
            ItemKind.PROMISE: self._raw.promises,
        }
        return services[kind]

    def _get(self, ref: ItemRef) -> Any:
        if ref.kind is ItemKind.PARTNER:
            return self._raw.partners.get_partner(PartnerId(ref.id))
        return self._records(ref.kind).get(ref.id)

    def _delete(self, ref: ItemRef) -> Changes:
        if ref.kind is ItemKind.PARTNER:
            return self._raw.partners.delete_partner(PartnerId(ref.id))
        return self._records(ref.kind).delete(ref.id)

    def _put(self, ref: ItemRef, *, expected: Any, record: Any) -> Changes:
        if not _same(self._get(ref), expected):
            raise _StaleError
        if ref.kind is ItemKind.PARTNER:
            return self._raw.partners.update_partner(record)
        return self._records(ref.kind).update(record)

    def text(self, template: str, ref: ItemRef, record: Any = None) -> str:
        """``template`` (untranslated) with %1 the kind of ``ref`` and %2 its title."""
        if record is None:
            try:
                record = self._get(ref)
            except PortfolioError:
                record = None
        title = str(getattr(record, _TITLE_FIELDS.get(ref.kind, ""), "")) if record else ""
        title = " ".join(title.split())
        if len(title) > TITLE_LENGTH:
            title = title[: TITLE_LENGTH - 1].rstrip() + "…"
        kind = QCoreApplication.translate("UndoHistory", _KIND_NAMES.get(ref.kind, ""))
        return (
            QCoreApplication.translate("UndoHistory", template)
            .replace("%1", kind)
            .replace("%2", title)
        )


def _bindings(key: QKeySequence.StandardKey, fallback: str) -> list[QKeySequence]:
    """The platform's shortcuts for ``key`` (``fallback`` where it has none)."""
    return QKeySequence.keyBindings(key) or [QKeySequence(fallback)]


def _edit_template(kind: ItemKind, before: Any, after: Any) -> str:
    if kind is ItemKind.NOTE and after.resolution and before.resolution != after.resolution:
        return str(QT_TRANSLATE_NOOP("UndoHistory", "Resolve Misunderstanding “%2”"))
    return str(QT_TRANSLATE_NOOP("UndoHistory", "Edit %1 “%2”"))


def _same(stored: Any, expected: Any) -> bool:
    """Whether two versions of a record agree on everything but their timestamps."""

    def fields(record: Any) -> dict[str, Any]:
        return {
            name: value
            for name, value in dataclasses.asdict(record).items()
            if name not in _TIMESTAMPS
        }

    return fields(stored) == fields(expected)


def _joined(each: Any) -> Changes:
    changes = Changes()
    for one in each:
        changes = changes | one
    return changes
