"""Help › About: version, the database in use, and the licences of the bundled components."""

from __future__ import annotations

import html
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from portfolio_app import __version__
from portfolio_app.ui.icons import app_icon

QT_SOURCE_URL = "https://code.qt.io"
PYSIDE_SOURCE_URL = "https://download.qt.io/official_releases/QtForPython/"

COMPONENTS = (
    "PySide6-Essentials",
    "shiboken6",
    "SQLAlchemy",
    "alembic",
    "Mako",
    "MarkupSafe",
    "platformdirs",
    "openpyxl",
    "et-xmlfile",
    "icalendar",
    "python-dateutil",
    "tzdata",
    "vobject",
    "pytz",
    "six",
    "defusedxml",
    "typing_extensions",
)
"""The distributions the app ships with (runtime dependencies and theirs)."""


@dataclass(frozen=True, slots=True)
class Component:
    """One bundled distribution as its installed metadata describes it."""

    name: str
    version: str
    licence: str
    home: str


def bundled_components() -> list[Component]:
    """The installed components with their licences, read from their metadata."""
    found: list[Component] = []
    for name in COMPONENTS:
        try:
            distribution = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        meta = distribution.metadata
        found.append(
            Component(
                _first(meta, "Name") or name,
                distribution.version,
                _licence(meta),
                _home(meta),
            )
        )
    return found


def _first(meta: metadata.PackageMetadata, key: str) -> str:
    values = meta.get_all(key) or []
    return str(values[0]) if values else ""


def _licence(meta: metadata.PackageMetadata) -> str:
    expression = _first(meta, "License-Expression")
    if expression:
        return str(expression)
    text = str(_first(meta, "License") or "").strip()
    if text and "\n" not in text and len(text) <= 80 and text != "UNKNOWN":
        return text
    classifiers = [
        str(c).rsplit(" :: ", 1)[-1]
        for c in meta.get_all("Classifier") or []
        if str(c).startswith("License ::")
    ]
    return ", ".join(classifiers) or "?"


def _home(meta: metadata.PackageMetadata) -> str:
    for entry in meta.get_all("Project-URL") or []:
        label, _, url = str(entry).partition(",")
        if label.strip().lower() in ("homepage", "home", "source", "repository"):
            return url.strip()
    home = str(_first(meta, "Home-page") or "")
    return home if home.startswith("http") else ""


class AboutDialog(QDialog):
    """A scrollable About text with a Close button."""

    def __init__(self, database_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Partner Portfolio"))
        self.setAccessibleName(self.tr("About Partner Portfolio"))
        self.setAccessibleDescription(
            self.tr("Version, database in use and the licences of the bundled components")
        )
        logo = QLabel(self)
        logo.setPixmap(app_icon().pixmap(64, 64))
        logo.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._text = QTextBrowser(self)
        self._text.setObjectName("aboutText")
        self._text.setAccessibleName(self.tr("About Partner Portfolio"))
        self._text.setAccessibleDescription(
            self.tr("Version, database and licence information; links open in the web browser")
        )
        self._text.setOpenExternalLinks(True)
        self._text.setHtml(self.about_html(database_path))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("aboutClose")
        close.setAccessibleName(self.tr("Close"))
        close.setAccessibleDescription(self.tr("Close the About window"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(logo)
        layout.addWidget(self._text, 1)
        layout.addWidget(buttons)
        self.resize(640, 520)

    def about_html(self, database_path: Path) -> str:
        """The About text: version, database, Qt's LGPL notice, every component's licence."""
        rows = "".join(_component_row(item) for item in bundled_components())
        qt_notice = (
            html.escape(
                self.tr(
                    "This application uses Qt %1 and Qt for Python (PySide6 %2) under the terms "
                    "of the GNU Lesser General Public License version 3 (LGPL-3.0). Qt and "
                    "PySide6 are dynamically linked and may be replaced by a compatible version. "
                    "Their source code is available at %3 and %4; the licence texts are in the "
                    "LICENSES folder."
                )
            )
            .replace("%1", html.escape(qVersion()))
            .replace("%2", html.escape(PySide6.__version__))
            .replace("%3", _link(QT_SOURCE_URL))
            .replace("%4", _link(PYSIDE_SOURCE_URL))
        )
        summary = self.tr("Partners, agreements, shared goals and communication in one place.")
        headers = (self.tr("Component"), self.tr("Version"), self.tr("Licence"), self.tr("Website"))
        header_row = "".join(f"<th align='left'>{html.escape(text)}</th>" for text in headers)
        # Outside the f-string: lupdate only finds tr() calls in plain code.
        name = self.tr("Partner Portfolio")
        database = self.tr("Database:")
        qt_title = self.tr("Qt and PySide6")
        components = self.tr("Components and their licences")
        return (
            f"<h2>{html.escape(name)} {html.escape(__version__)}</h2>"
            f"<p>{html.escape(summary)}</p>"
            f"<p><b>{html.escape(database)}</b> {html.escape(str(database_path))}</p>"
            f"<h3>{html.escape(qt_title)}</h3><p>{qt_notice}</p>"
            f"<h3>{html.escape(components)}</h3>"
            f"<table cellspacing='0' cellpadding='3'><tr>{header_row}</tr>{rows}</table>"
        )

    @property
    def text(self) -> QTextBrowser:
        """The About text."""
        return self._text

    @classmethod
    def show_for(cls, parent: QWidget | None, database_path: Path) -> None:
        """Show the About window modally."""
        dialog = cls(database_path, parent)
        dialog.exec()
        dialog.deleteLater()


def _link(url: str) -> str:
    escaped = html.escape(url)
    return f'<a href="{escaped}">{escaped}</a>'


def _component_row(item: Component) -> str:
    cells = (
        html.escape(item.name),
        html.escape(item.version),
        html.escape(item.licence),
        _link(item.home) if item.home else "",
    )
    return "<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>"
