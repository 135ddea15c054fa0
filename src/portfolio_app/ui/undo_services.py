"""Services that record every successful edit on the window's undo stack.

Each class is the service it extends, wired to the same unit-of-work factory; its edits
call the wrapped service and then tell :class:`~portfolio_app.ui.undo.UndoHistory` how to
take them back. Edits that cannot be taken back exactly clear the history instead.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from functools import partial
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP
from typing_extensions import override

from portfolio_app.domain.agreement import Decision
from portfolio_app.domain.errors import PortfolioError
from portfolio_app.domain.goal import GoalStatus, SharedGoal
from portfolio_app.domain.ids import (
    GoalId,
    GoalUpdateId,
    ItemKind,
    ItemRef,
    NoteId,
    PartnerId,
    PromiseId,
)
from portfolio_app.domain.imports import ImportUndo, MatchMode
from portfolio_app.domain.partner import Partner
from portfolio_app.domain.promise import Promise, PromiseState
from portfolio_app.services.agreement_actions import AgreementActionService
from portfolio_app.services.catalog import Services
from portfolio_app.services.changes import Changes
from portfolio_app.services.goals import GoalService
from portfolio_app.services.imports import ImportReport, ImportService, ParsedImport
from portfolio_app.services.partners import PartnerService
from portfolio_app.services.promises import PromiseService
from portfolio_app.services.records import PartnerRecord, RecordService
from portfolio_app.services.trash import TrashService

if TYPE_CHECKING:
    from collections.abc import Sequence

    from portfolio_app.ui.undo import UndoHistory

R = TypeVar("R", bound=PartnerRecord)
T = TypeVar("T")


def recording_services(services: Services, history: UndoHistory) -> Services:
    """``services`` with every editing use case recorded on ``history``."""
    return dataclasses.replace(
        services,
        partners=_Partners(services.partners, history),
        contacts=_Records(services.contacts, history),
        agreements=_Records(services.agreements, history),
        goals=_Goals(services.goals, history),
        notes=_Records(services.notes, history),
        promises=_Promises(services.promises, history),
        agreement_actions=_AgreementActions(services.agreement_actions, history),
        trash=_Trash(services.trash, history),
        imports=_Imports(services.imports, history),
    )


def _added(history: UndoHistory, add: Callable[[T], Changes], record: T) -> Changes:
    changes = add(record)
    history.added(changes)
    return changes


def _changed(
    history: UndoHistory, ref: ItemRef, operation: Callable[[], Changes], template: str = ""
) -> Changes:
    before = history.read(ref)
    changes = operation()
    try:
        history.changed(ref, before, changes, template)
    except PortfolioError:  # gone right after the edit: nothing sensible to undo
        history.clear()
    return changes


def _deleted(history: UndoHistory, ref: ItemRef, operation: Callable[[], Changes]) -> Changes:
    before = history.read(ref)
    changes = operation()
    history.deleted(ref, before, changes)
    return changes


class _Records(RecordService[R]):
    """Contacts, agreements and notes."""

    def __init__(self, inner: RecordService[R], history: UndoHistory) -> None:
        super().__init__(inner._uow_factory, inner._kind, inner._repository, inner._clock)
        self._inner = inner
        self._history = history

    @override
    def add(self, record: R) -> Changes:
        return _added(self._history, self._inner.add, record)

    @override
    def update(self, record: R) -> Changes:
        assert record.id is not None, "update needs a stored record"
        ref = ItemRef(self._kind, record.id)
        return _changed(self._history, ref, partial(self._inner.update, record))

    @override
    def delete(self, record_id: int) -> Changes:
        ref = ItemRef(self._kind, record_id)
        return _deleted(self._history, ref, partial(self._inner.delete, record_id))


class _Goals(GoalService):
    """Goals and their progress entries."""

    def __init__(self, inner: GoalService, history: UndoHistory) -> None:
        super().__init__(inner._uow_factory, inner._clock)
        self._inner = inner
        self._history = history

    @override
    def add(self, record: SharedGoal) -> Changes:
        return _added(self._history, self._inner.add, record)

    @override
    def update(self, record: SharedGoal) -> Changes:
        assert record.id is not None, "update needs a stored record"
        ref = ItemRef(ItemKind.GOAL, record.id)
        return _changed(self._history, ref, partial(self._inner.update, record))

    @override
    def delete(self, record_id: int) -> Changes:
        ref = ItemRef(ItemKind.GOAL, record_id)
        return _deleted(self._history, ref, partial(self._inner.delete, record_id))

    @override
    def add_progress(
        self,
        goal_id: GoalId,
        on: date,
        *,
        value: Decimal | None = None,
        status: GoalStatus | None = None,
        comment: str = "",
    ) -> tuple[GoalUpdateId, Changes]:
        """Record progress (``record_progress`` comes here too); undo removes the entry."""
        again = partial(
            self._inner.add_progress, goal_id, on, value=value, status=status, comment=comment
        )
        update_id, changes = again()
        entry = [update_id]  # redo stores the entry anew, under a new id

        def undo() -> Changes:
            return self._inner.remove_progress(entry[0])

        def redo() -> Changes:
            entry[0], redone = again()
            return redone

        template = str(QT_TRANSLATE_NOOP("UndoHistory", "Record Progress for %1 “%2”"))
        text = self._history.text(template, ItemRef(ItemKind.GOAL, goal_id))
        self._history.push(text, undo, redo, changes)
        return update_id, changes


class _Promises(PromiseService):
    """Promises, their state changes and the promises taken from a note."""

    def __init__(self, inner: PromiseService, history: UndoHistory) -> None:
        super().__init__(inner._uow_factory, inner._clock)
        self._inner = inner
        self._history = history

    @override
    def add(self, record: Promise) -> Changes:
        return _added(self._history, self._inner.add, record)

    @override
    def update(self, record: Promise) -> Changes:
        assert record.id is not None, "update needs a stored record"
        ref = ItemRef(ItemKind.PROMISE, record.id)
        return _changed(self._history, ref, partial(self._inner.update, record))

    @override
    def delete(self, record_id: int) -> Changes:
        ref = ItemRef(ItemKind.PROMISE, record_id)
        return _deleted(self._history, ref, partial(self._inner.delete, record_id))

    @override
    def mark(self, promise_id: PromiseId, state: PromiseState) -> Changes:
        ref = ItemRef(ItemKind.PROMISE, promise_id)
        template = str(QT_TRANSLATE_NOOP("UndoHistory", "Change State of %1 “%2”"))
        return _changed(self._history, ref, partial(self._inner.mark, promise_id, state), template)

    @override
    def from_note(self, note_id: NoteId, items: Sequence[Promise]) -> Changes:
        changes = self._inner.from_note(note_id, items)
        refs = sorted(
            (ref for ref in changes.items if ref.kind is ItemKind.PROMISE), key=lambda r: r.id
        )
        template = str(QT_TRANSLATE_NOOP("UndoHistory", "Add Promises from %1 “%2”"))
        text = self._history.text(template, ItemRef(ItemKind.NOTE, note_id))
        self._history.added_many(refs, changes, text)
        return changes


class _Partners(PartnerService):
    """Partners as a whole; a deleted partner comes back with all its records."""

    def __init__(self, inner: PartnerService, history: UndoHistory) -> None:
        super().__init__(inner._uow_factory, inner._clock)
        self._inner = inner
        self._history = history

    @override
    def add_partner(self, partner: Partner) -> Changes:
        return _added(self._history, self._inner.add_partner, partner)

    @override
    def update_partner(self, partner: Partner) -> Changes:
        assert partner.id is not None, "update needs a stored partner"
        ref = ItemRef(ItemKind.PARTNER, partner.id)
        return _changed(self._history, ref, partial(self._inner.update_partner, partner))

    @override
    def delete_partner(self, partner_id: PartnerId) -> Changes:
        ref = ItemRef(ItemKind.PARTNER, partner_id)
        return _deleted(self._history, ref, partial(self._inner.delete_partner, partner_id))


class _AgreementActions(AgreementActionService):
    """Decisions and terminations: undo puts the agreement back as it was."""

    def __init__(self, inner: AgreementActionService, history: UndoHistory) -> None:
        super().__init__(inner._uow_factory, inner._clock)
        self._inner = inner
        self._history = history

    @override
    def record_decision(self, agreement_id: int, decision: Decision, reasons: str) -> Changes:
        ref = ItemRef(ItemKind.AGREEMENT, agreement_id)
        template = str(QT_TRANSLATE_NOOP("UndoHistory", "Record Decision on %1 “%2”"))
        operation = partial(self._inner.record_decision, agreement_id, decision, reasons)
        return _changed(self._history, ref, operation, template)

    @override
    def record_termination(
        self,
        agreement_id: int,
        *,
        sent_on: date,
        sent_via: str,
        receipt_confirmed_on: date | None,
        reasons: str | None = None,
    ) -> Changes:
        ref = ItemRef(ItemKind.AGREEMENT, agreement_id)
        template = str(QT_TRANSLATE_NOOP("UndoHistory", "Record Notice for %1 “%2”"))
        operation = partial(
            self._inner.record_termination,
            agreement_id,
            sent_on=sent_on,
            sent_via=sent_via,
            receipt_confirmed_on=receipt_confirmed_on,
            reasons=reasons,
        )
        return _changed(self._history, ref, operation, template)


class _Trash(TrashService):
    """Restoring is undone by moving the records to the trash again; emptying clears."""

    def __init__(self, inner: TrashService, history: UndoHistory) -> None:
        super().__init__(inner._uow_factory, inner._clock)
        self._inner = inner
        self._history = history

    @override
    def restore(self, ref: ItemRef) -> Changes:
        changes = self._inner.restore(ref)
        self._history.restored(ref, changes)
        return changes

    @override
    def empty(self) -> Changes:
        changes = self._inner.empty()
        self._history.clear()
        return changes

    @override
    def purge_expired(self, now: datetime) -> int:
        purged = self._inner.purge_expired(now)
        if purged:
            self._history.clear()
        return purged


class _Imports(ImportService):
    """An import (it has its own Undo Import) and undoing one clear the history."""

    def __init__(self, inner: ImportService, history: UndoHistory) -> None:
        super().__init__(inner._uow_factory, inner._clock)
        self._inner = inner
        self._history = history

    @override
    def apply(
        self,
        parsed: ParsedImport,
        *,
        match: MatchMode = MatchMode.SKIP,
        partner: str | None = None,
        dry_run: bool = False,
        progress: Callable[[int, int], bool] | None = None,
    ) -> ImportReport:
        report = self._inner.apply(
            parsed, match=match, partner=partner, dry_run=dry_run, progress=progress
        )
        if not dry_run and not report.cancelled:
            self._history.clear()  # may run on a worker thread: clear() is a queued signal
        return report

    @override
    def undo(self, undo: ImportUndo) -> Changes:
        changes = self._inner.undo(undo)
        self._history.clear()
        return changes
