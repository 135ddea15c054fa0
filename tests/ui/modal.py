"""Drive real modal dialogs and message boxes the way a person would."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

Interaction = Callable[[QWidget], None]


def while_modal(trigger: Callable[[], object], *interactions: Interaction) -> None:
    """Run ``trigger`` (which opens modal windows) and act on each modal as it appears.

    Every interaction gets the then-active modal widget. If an interaction fails, the
    modal is closed so that ``trigger`` returns, and the failure is raised afterwards.
    """
    pending = list(interactions)
    errors: list[BaseException] = []
    attempts = 0

    def act() -> None:
        nonlocal attempts
        modal = QApplication.activeModalWidget()
        if modal is None or not modal.isVisible():
            attempts += 1
            if attempts < 500 and pending:
                QTimer.singleShot(10, act)
            return
        interaction = pending.pop(0)
        try:
            interaction(modal)
        except BaseException as error:  # re-raised below, after the modal loop ended
            errors.append(error)
            _close(modal)
            return
        if pending:
            attempts = 0
            QTimer.singleShot(10, act)

    QTimer.singleShot(0, act)
    trigger()
    if errors:
        raise errors[0]
    assert not pending, f"{len(pending)} expected modal window(s) never appeared"


def _close(modal: QWidget) -> None:
    if isinstance(modal, QDialog):
        modal.reject()
    else:
        modal.close()


def press_button(text: str) -> Interaction:
    """Click the message-box button whose text (without '&') is ``text``."""

    def interaction(modal: QWidget) -> None:
        assert isinstance(modal, QMessageBox), f"expected a message box, got {modal!r}"
        for button in modal.buttons():
            if button.text().replace("&", "") == text:
                button.click()
                return
        raise AssertionError(f"no button {text!r} in {[b.text() for b in modal.buttons()]}")

    return interaction
