"""The questions and notices of the application's data-safety flows (plain text only)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from portfolio_app.domain.errors import PortfolioError
from portfolio_app.ui import confirm
from portfolio_app.ui.formatting import format_moment

# Texts use the literal context "Application" (the class that shows these prompts), so that
# pyside6-lupdate files them under the context they are looked up in.


def show_error(parent: QWidget | None, title: str, error: PortfolioError) -> None:
    """A calm, translated error message."""
    confirm.show_error(parent, title, error)


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def ask_recover(parent: QWidget | None, damaged: Path, backup: Path, created: datetime) -> bool:
    """Offer the newest verified backup for a damaged database."""
    box = _box(
        parent,
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("Application", "Damaged Database"),
        QCoreApplication.translate(
            "Application",
            "The database “%1” is damaged and was not opened.\n\n"
            "Restore the newest verified backup from %2? The damaged file is kept beside "
            "it, renamed, so that nothing is thrown away.",
        )
        .replace("%1", str(damaged))
        .replace("%2", format_moment(created)),
    )
    box.setDetailedText(str(backup))
    restore = box.addButton(
        QCoreApplication.translate("Application", "Restore Backup"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


def ask_location(parent: QWidget | None, path: Path, risk: str, target: Path) -> str:
    """Warn about a synced, network or removable folder; ``"move"``, ``"keep"`` or ``""``."""
    reason = {
        "cloud_sync": QCoreApplication.translate(
            "Application", "a folder that a cloud service synchronises"
        ),
        "network": QCoreApplication.translate("Application", "a network drive"),
        "removable": QCoreApplication.translate("Application", "a removable drive"),
    }.get(
        str(risk),
        QCoreApplication.translate(
            "Application", "a folder that is not on this computer's own disk"
        ),
    )
    box = _box(
        parent,
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Application", "Database in a Risky Place"),
        QCoreApplication.translate(
            "Application",
            "The database “%1” lies in %2. Sync clients, network hiccups or an unplugged "
            "drive can damage a database that is open there.\n\n"
            "Move the live file to this computer (%3)? Backups can still go to any folder.",
        )
        .replace("%1", str(path))
        .replace("%2", reason)
        .replace("%3", str(target)),
    )
    move = box.addButton(
        QCoreApplication.translate("Application", "Move to This Computer"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    keep = box.addButton(
        QCoreApplication.translate("Application", "Keep It There"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(move)
    box.exec()
    clicked = box.clickedButton()
    return "move" if clicked is move else "keep" if clicked is keep else ""


def tell_restored(parent: QWidget | None, backup: Path, aside: Path) -> None:
    """Say what happened after a restore."""
    _box(
        parent,
        QMessageBox.Icon.Information,
        QCoreApplication.translate("Application", "Backup Restored"),
        QCoreApplication.translate(
            "Application", "The backup “%1” was restored. The previous database was kept as “%2”."
        )
        .replace("%1", backup.name)
        .replace("%2", str(aside)),
    ).exec()


def tell_recovered(parent: QWidget | None, damaged: Path) -> None:
    """Say where the damaged file went."""
    _box(
        parent,
        QMessageBox.Icon.Information,
        QCoreApplication.translate("Application", "Backup Restored"),
        QCoreApplication.translate(
            "Application",
            "The newest verified backup was restored. The damaged file was kept as “%1”.",
        ).replace("%1", str(damaged)),
    ).exec()


def tell_moved(parent: QWidget | None, source: Path, target: Path) -> None:
    """Say where the live database now is."""
    _box(
        parent,
        QMessageBox.Icon.Information,
        QCoreApplication.translate("Application", "Database Moved"),
        QCoreApplication.translate(
            "Application",
            "The database now lives in “%1”. The old file “%2” was left as it was; "
            "delete it once you no longer need it.",
        )
        .replace("%1", str(target))
        .replace("%2", str(source)),
    ).exec()
