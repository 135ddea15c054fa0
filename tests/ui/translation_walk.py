"""Walk windows, dialogs and actions for texts that were left in English.

A *translation source* (a .ts file) gives the English texts. A visible text is reported
when it equals (accelerator "&" removed) an English source text that no finished
translation of the .ts turns into that same text: its translation is missing, unfinished,
or looked up in another context than the one lupdate filed it under.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
    QWizard,
)

ROOT = Path(__file__).resolve().parents[2]
REPO_TS = ROOT / "resources" / "translations" / "portfolio_app_de.ts"
SOURCES = ROOT / "src" / "portfolio_app"
_TOOLS = Path(sys.executable).parent
ROWS_PER_VIEW = 30


def tool(name: str) -> str:
    """The path of a PySide6 tool (``pyside6-lupdate``) beside the running Python."""
    found = _TOOLS / name
    return str(found) if found.exists() else (shutil.which(name) or name)


def lupdate(target: Path) -> None:
    """Extract the sources into ``target`` (keeps its translations), like the Makefile."""
    files = sorted(str(path) for path in SOURCES.rglob("*.py"))
    command = [tool("pyside6-lupdate"), *files, "-ts", str(target)]
    subprocess.run(
        [*command, "-no-obsolete", "-locations", "none"], check=True, capture_output=True
    )


def lrelease(ts_file: Path, qm_file: Path) -> None:
    """Compile ``ts_file`` into ``qm_file``."""
    command = [tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)]
    subprocess.run(command, check=True, capture_output=True)


@dataclass(frozen=True)
class Entry:
    """One message of a .ts file."""

    context: str
    source: str
    translations: tuple[str, ...]
    """The finished translation (all plural forms); empty if missing or unfinished."""


def read_ts(path: Path) -> list[Entry]:
    """The messages of a .ts file (obsolete and vanished ones left out)."""
    entries = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            texts: tuple[str, ...] = ()
            if translation is not None and kind != "unfinished":
                forms = [form.text or "" for form in translation.iter("numerusform")]
                texts = tuple(text for text in forms or [translation.text or ""] if text)
            entries.append(Entry(name, message.findtext("source") or "", texts))
    return entries


def fill_ts(source: Path, target: Path, translate: Callable[[Entry], str | None]) -> None:
    """Copy a .ts with every translation replaced by ``translate(entry)`` (None: unfinished)."""
    tree = ET.parse(source)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            text = translate(Entry(name, message.findtext("source") or "", ()))
            translation = message.find("translation")
            assert translation is not None
            translation.attrib.pop("type", None)
            for form in list(translation):
                translation.remove(form)
            translation.text = None
            if text is None:
                translation.set("type", "unfinished")
            elif message.get("numerus") == "yes":
                for _ in range(2):
                    ET.SubElement(translation, "numerusform").text = text
            else:
                translation.text = text
    tree.write(target, encoding="utf-8", xml_declaration=True)


def plain(text: str) -> str:
    """A text as shown: accelerator "&" removed ("&&" stays one "&"), spaces trimmed."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def english_only(entries: Iterable[Entry]) -> set[str]:
    """Source texts that no finished translation shows unchanged.

    Texts without letters ("—", "%1 %") read the same in every language and are left out.
    """
    entries = list(entries)
    translated = {plain(text) for entry in entries for text in entry.translations}
    sources = {plain(entry.source) for entry in entries}
    return {text for text in sources - translated if any(c.isalpha() for c in text)}


def _model_texts(model: QAbstractItemModel | None) -> Iterator[str]:
    if model is None:
        return
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a QAbstractListModel hides columnCount(): one column
        columns = 1
    for section in range(columns):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            yield str(model.headerData(section, Qt.Orientation.Horizontal, role) or "")
    for row in range(min(model.rowCount(QModelIndex()), ROWS_PER_VIEW)):
        for column in range(min(columns, 12)):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield value


def _widget_texts(widget: QWidget) -> Iterator[str]:
    yield widget.windowTitle() if widget.isWindow() else ""
    yield widget.toolTip()
    yield widget.accessibleName()
    yield widget.accessibleDescription()
    yield widget.statusTip()
    if isinstance(widget, QLabel):
        yield widget.text()
    if isinstance(widget, QAbstractButton) and not _standard_button(widget):
        yield widget.text()
    if isinstance(widget, QGroupBox):
        yield widget.title()
    if isinstance(widget, QTabBar):
        for index in range(widget.count()):
            yield widget.tabText(index)
            yield widget.tabToolTip(index)
    if isinstance(widget, QComboBox):
        yield from (widget.itemText(index) for index in range(widget.count()))
        yield widget.placeholderText()
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        yield widget.placeholderText()
    if isinstance(widget, QAbstractSpinBox):
        yield widget.specialValueText()
    if isinstance(widget, QMenu):
        yield widget.title()
    if isinstance(widget, QWizard):
        for page_id in widget.pageIds():
            page = widget.page(page_id)
            yield page.title()
            yield page.subTitle()
    if isinstance(widget, QAbstractItemView):
        yield from _model_texts(widget.model())
    for action in widget.actions():
        yield from _action_texts(action)


def _standard_button(button: QAbstractButton) -> bool:
    """An OK/Cancel/… button of a button box: its text is Qt's (qtbase_<lang>.qm)."""
    box = button.parent()
    return (
        isinstance(box, QDialogButtonBox)
        and box.standardButton(button) != QDialogButtonBox.StandardButton.NoButton
    )


def _action_texts(action: QAction) -> Iterator[str]:
    yield action.text()
    yield action.toolTip()
    yield action.statusTip()
    yield action.iconText()
    menu = action.menu()
    if isinstance(menu, QMenu):
        yield menu.title()
        for inner in menu.actions():
            yield from _action_texts(inner)


def texts_of(window: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for the window and every widget and action inside it."""
    for widget in [window, *window.findChildren(QWidget)]:
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        for text in _widget_texts(widget):
            if text:
                yield where, text
    for action in window.findChildren(QAction):
        for text in _action_texts(action):
            if text:
                yield f"QAction {action.objectName()!r}", text


class Walk:
    """Collects English leftovers of windows and of the dialogs that actions open."""

    def __init__(self, english: set[str]) -> None:
        self.english = english
        self.findings: dict[str, set[str]] = {}
        self.windows: list[str] = []
        """Titles of the windows and dialogs walked (to check the walk got around)."""

    def window(self, window: QWidget) -> None:
        """Walk one window (or dialog) and everything in it."""
        self.windows.append(f"{type(window).__name__}: {window.windowTitle()}")
        for where, text in texts_of(window):
            if plain(text) in self.english:
                self.findings.setdefault(plain(text), set()).add(where)

    def trigger(self, trigger: Callable[[], object]) -> None:
        """Run ``trigger``; walk and close every modal dialog or new window it opens.

        File choosers are closed unwalked (their texts are Qt's). Nothing is accepted.
        """
        before = set(_top_levels())
        seen: set[int] = set()

        def tick() -> None:
            modal = QApplication.activeModalWidget()
            if modal is None or not modal.isVisible():
                return
            if id(modal) not in seen and not isinstance(modal, QFileDialog):
                seen.add(id(modal))
                self.window(modal)
            _close(modal)

        timer = QTimer()
        timer.setInterval(20)
        timer.timeout.connect(tick)
        timer.start()
        try:
            trigger()
            for _ in range(5):
                QCoreApplication.processEvents()
                tick()
        finally:
            timer.stop()
        for widget in set(_top_levels()) - before:
            if widget.isVisible() and not isinstance(widget, QMenu | QFileDialog):
                self.window(widget)
                widget.close()

    def report(self) -> str:
        """One line per English text and where it was seen; "" when there is none."""
        return "\n".join(
            f"{text!r}: {', '.join(sorted(places)[:3])}"
            for text, places in sorted(self.findings.items())
        )


def _top_levels() -> list[QWidget]:
    return [widget for widget in QApplication.topLevelWidgets() if widget.isVisible()]


def _close(modal: QWidget) -> None:
    if isinstance(modal, QDialog):
        modal.done(int(QDialog.DialogCode.Rejected))
    else:
        modal.close()
