"""Message boxes that never interpret user text as HTML; tests monkeypatch these."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from portfolio_app.domain.errors import PortfolioError
from portfolio_app.ui.messages import error_text


def ask_confirmation(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """Ask a yes/no question whose "yes" button says ``action``; ``True`` if confirmed."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    confirm = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is confirm


def show_error(parent: QWidget | None, title: str, error: PortfolioError) -> None:
    """Tell the user calmly that an action failed and why."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, error_text(error), QMessageBox.StandardButton.Ok, parent
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def show_message(parent: QWidget | None, title: str, text: str) -> None:
    """Show a plain-text message."""
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
