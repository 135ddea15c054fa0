"""The app's SVG icons (crisp at any DPI), the application icon and the desktop name."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtGui import QAction, QGuiApplication, QIcon

DESKTOP_FILE_NAME = "partner-portfolio"
"""The .desktop file's base name (Wayland/X11 match windows to it)."""

ICON_NAMES = (
    "app",
    "new-partner",
    "edit",
    "delete",
    "import",
    "export",
    "search",
    "backup",
    "preferences",
    "view-overview",
    "view-partners",
    "view-deadlines",
    "view-costs",
    "view-timeline",
)


def icon_path(name: str) -> Path:
    """Where the SVG file ``name`` (one of :data:`ICON_NAMES`) lies in the installed package."""
    return Path(str(resources.files("portfolio_app.icons").joinpath(f"{name}.svg")))


def icon(name: str) -> QIcon:
    """The icon ``name``, rendered from SVG by Qt's SVG icon engine at every size asked."""
    return QIcon(str(icon_path(name)))


def app_icon() -> QIcon:
    """The application icon."""
    return icon("app")


def set_icon(action: QAction, name: str) -> None:
    """Give ``action`` the icon ``name``."""
    action.setIcon(icon(name))


def apply_application_identity() -> None:
    """Set the application icon and the desktop file name (once, before windows show)."""
    if QGuiApplication.windowIcon().isNull():
        QGuiApplication.setWindowIcon(app_icon())
    if QGuiApplication.desktopFileName() != DESKTOP_FILE_NAME:
        QGuiApplication.setDesktopFileName(DESKTOP_FILE_NAME)
