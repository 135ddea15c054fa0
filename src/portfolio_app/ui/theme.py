"""Colour themes: follow the system (default), or force light or dark."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette


class Theme(StrEnum):
    """The choices in Preferences; the values are stored in the settings."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


def theme_from(value: str) -> Theme:
    """The theme stored as ``value`` (anything unknown: :attr:`Theme.SYSTEM`)."""
    try:
        return Theme(value)
    except ValueError:
        return Theme.SYSTEM


def apply_theme(theme: Theme) -> None:
    """Switch the running application to ``theme`` at once.

    Qt ≥ 6.8 asks the platform for the colour scheme; where the platform cannot (or does not
    follow it), a light or dark palette is set instead. :attr:`Theme.SYSTEM` undoes both.
    """
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return
    hints = QGuiApplication.styleHints()
    if theme is Theme.SYSTEM:
        hints.unsetColorScheme()
        QGuiApplication.setPalette(QPalette())
        return
    dark = theme is Theme.DARK
    scheme = Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light
    hints.setColorScheme(scheme)
    if hints.colorScheme() != scheme or is_dark(QGuiApplication.palette()) != dark:
        QGuiApplication.setPalette(dark_palette() if dark else light_palette())


def is_dark(palette: QPalette) -> bool:
    """Whether ``palette`` shows light text on a dark window."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def light_palette() -> QPalette:
    """A plain light palette (for platforms without a colour-scheme setting)."""
    return _palette(
        window="#efefef",
        base="#ffffff",
        alternate="#f5f5f5",
        text="#1d1d1d",
        button="#e8e8e8",
        disabled="#9a9a9a",
    )


def dark_palette() -> QPalette:
    """A plain dark palette (for platforms without a colour-scheme setting)."""
    return _palette(
        window="#2b2b2b",
        base="#1e1e1e",
        alternate="#262626",
        text="#e6e6e6",
        button="#353535",
        disabled="#7a7a7a",
    )


def _palette(
    *, window: str, base: str, alternate: str, text: str, button: str, disabled: str
) -> QPalette:
    palette = QPalette()
    role = QPalette.ColorRole
    colours = {
        role.Window: window,
        role.WindowText: text,
        role.Base: base,
        role.AlternateBase: alternate,
        role.Text: text,
        role.Button: button,
        role.ButtonText: text,
        role.ToolTipBase: base,
        role.ToolTipText: text,
        role.PlaceholderText: disabled,
        role.Highlight: "#2f6fde",
        role.HighlightedText: "#ffffff",
        role.Link: "#4c8dff" if QColor(window).lightness() < 128 else "#1a56c4",
    }
    for colour_role, colour in colours.items():
        palette.setColor(colour_role, QColor(colour))
    group = QPalette.ColorGroup.Disabled
    for colour_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group, colour_role, QColor(disabled))
    return palette
