"""Tab from the first field of the main dialogs visits their fields top-down, then the buttons."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from portfolio_app.domain.agreement import Agreement
from portfolio_app.domain.ids import PartnerId
from portfolio_app.domain.note import CommunicationNote
from portfolio_app.domain.partner import Partner
from portfolio_app.ui.dialogs.agreement_dialog import AgreementDialog
from portfolio_app.ui.dialogs.note_dialog import NoteDialog
from portfolio_app.ui.dialogs.partner_dialog import PartnerDialog
from tests.ui.dialogs.support import SaveSpy, open_dialog

DIALOGS: dict[str, Callable[[], QDialog]] = {
    "partner": lambda: PartnerDialog(save=SaveSpy[Partner]()),
    "agreement": lambda: AgreementDialog(save=SaveSpy[Agreement](), partner_id=PartnerId(3)),
    "note": lambda: NoteDialog(
        save=SaveSpy[CommunicationNote](),
        partner_id=PartnerId(3),
        now=datetime(2026, 11, 29, 9, tzinfo=UTC),
    ),
}


def tab_through(qtbot: QtBot, dialog: QDialog) -> list[QWidget]:
    """Press Tab from the focused first field until the focus comes back to it."""
    first = dialog.focusWidget()
    assert first is not None, "no field has the focus when the dialog opens"
    visited = [first]
    current = first
    for _ in range(200):
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        current = dialog.focusWidget()
        assert current is not None
        if current is first and len(visited) > 1:
            return visited
        if current is not visited[-1]:  # date edits step through their sections first
            visited.append(current)
    raise AssertionError(f"Tab never returned to {first.objectName()}")


def _position(widget: QWidget, dialog: QDialog) -> tuple[int, int]:
    point = widget.mapTo(dialog, QPoint(0, 0))
    return point.y(), point.x()


@pytest.mark.parametrize("kind", list(DIALOGS))
def test_tab_visits_the_fields_top_down(qtbot: QtBot, kind: str) -> None:
    dialog = DIALOGS[kind]()
    open_dialog(qtbot, dialog)

    visited = [w for w in tab_through(qtbot, dialog) if not isinstance(w, QTabBar)]

    names = [w.objectName() for w in visited]
    assert len(set(names)) == len(names), f"a field is visited twice: {names}"
    positions = [_position(w, dialog) for w in visited]
    order = list(zip(names, positions, strict=True))
    for before, after, name in zip(positions, positions[1:], names[1:], strict=False):
        row_before, column_before = before
        row_after, column_after = after
        same_row = abs(row_after - row_before) < 8
        assert (same_row and column_after > column_before) or row_after > row_before, (
            f"{name} comes after a field below or right of it: {order}"
        )
    assert names[-2:] == ["dialogSave", "dialogCancel"]
