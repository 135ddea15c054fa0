"""The pages of the import wizard: source, column mapping, check, run."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from typing_extensions import override

from portfolio_app.domain.errors import PortfolioError
from portfolio_app.domain.imports import MatchMode, RowError
from portfolio_app.interchange.columns import FIELDS, guess_mapping
from portfolio_app.interchange.parsing import parse_rows
from portfolio_app.interchange.rows import ImportFileError, ImportKind, ParseResult
from portfolio_app.interchange.tabular import Table, read_table, sheet_names
from portfolio_app.interchange.vcard import parse_vcards
from portfolio_app.services.imports import ImportReport
from portfolio_app.ui.messages import error_text

logger = logging.getLogger(__name__)

PREVIEW_ROWS = 20
_VCARD_SUFFIXES = (".vcf", ".vcard")


@dataclass
class ImportState:
    """What the pages share: the chosen file, its table and the column mapping."""

    kind: ImportKind = ImportKind.PARTNERS
    path: Path | None = None
    partner: str | None = None
    table: Table | None = None
    vcards: ParseResult | None = None
    mapping: dict[str, str] = field(default_factory=dict)
    match: MatchMode = MatchMode.SKIP

    def parsed(self) -> ParseResult:
        """Parse the file's rows with the current mapping (safe on a worker thread)."""
        if self.vcards is not None:
            return self.vcards
        assert self.table is not None
        return parse_rows(self.kind, self.table, dict(self.mapping))


def problem_text(error: RowError) -> str:
    """The user's sentence for a row's problem: translated, else the English detail."""
    text = error_text(PortfolioError(error.code, error.detail))
    if error.code in text:  # no sentence for this code: the generic "did not work: code"
        return error.detail
    return text


def fill_problems(table: QTableWidget, errors: Sequence[RowError]) -> None:
    """Show one line per problem: row, column, message."""
    table.setRowCount(len(errors))
    for line, error in enumerate(errors):
        cells = (str(error.row), error.column, problem_text(error))
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            table.setItem(line, column, item)


def problem_table(parent: QWidget, name: str) -> QTableWidget:
    """A read-only table for row problems."""
    table = QTableWidget(0, 3, parent)
    table.setObjectName(name)
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within it
    table.setAccessibleName(
        QCoreApplication.translate("ImportWizard", "Rows that cannot be imported")
    )
    table.setHorizontalHeaderLabels(
        [
            QCoreApplication.translate("ImportWizard", "Row"),
            QCoreApplication.translate("ImportWizard", "Column"),
            QCoreApplication.translate("ImportWizard", "Problem"),
        ]
    )
    table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return table


def _german() -> bool:
    return QLocale().language() == QLocale.Language.German


class SourcePage(QWizardPage):
    """Page 1: what to import, from which file (and sheet), for which partner."""

    def __init__(self, state: ImportState, partners: Sequence[str], parent: QWidget) -> None:
        super().__init__(parent)
        self._state = state
        self.setObjectName("importSourcePage")
        self.setTitle(self.tr("Choose a File"))
        self.setSubTitle(self.tr("What do you want to import, and from which file?"))
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("importKind")
        self.kind_combo.setAccessibleName(self.tr("What to import"))
        for kind, text in (
            (ImportKind.PARTNERS, self.tr("Partners")),
            (ImportKind.CONTACTS, self.tr("Contacts")),
            (ImportKind.AGREEMENTS, self.tr("Agreements")),
            (ImportKind.NOTES, self.tr("Notes")),
        ):
            self.kind_combo.addItem(text, kind)
        self.file_edit = QLineEdit(self)
        self.file_edit.setObjectName("importFile")
        self.file_edit.setAccessibleName(self.tr("File to import"))
        self.file_edit.setPlaceholderText(self.tr("A .csv, .xlsx or .vcf file"))
        self.browse_button = QPushButton(self.tr("&Choose…"), self)
        self.browse_button.setObjectName("importBrowse")
        self.browse_button.setAccessibleName(self.tr("Choose the file"))
        self.sheet_combo = QComboBox(self)
        self.sheet_combo.setObjectName("importSheet")
        self.sheet_combo.setAccessibleName(self.tr("Worksheet"))
        self.sheet_combo.setEnabled(False)
        self.partner_combo = QComboBox(self)
        self.partner_combo.setObjectName("importPartner")
        self.partner_combo.setAccessibleName(self.tr("Partner for rows that name none"))
        self.partner_combo.setEditable(True)
        self.partner_combo.addItem("")
        self.partner_combo.addItems(list(partners))
        self.error_label = QLabel(self)
        self.error_label.setObjectName("importSourceError")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        form = QFormLayout(self)
        form.addRow(self.tr("&Import:"), self.kind_combo)
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.file_edit)
        form.addRow(file_label, file_row)
        form.addRow(self.tr("&Sheet:"), self.sheet_combo)
        form.addRow(self.tr("&Partner for rows that name none:"), self.partner_combo)
        form.addRow(self.error_label)
        self.registerField("importFile*", self.file_edit)
        self.browse_button.clicked.connect(self._on_browse)
        self.file_edit.editingFinished.connect(self._load_sheets)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        self._on_kind_changed()

    @override
    def validatePage(self) -> bool:
        self.error_label.clear()
        path = Path(self.file_edit.text().strip())
        kind = ImportKind(self.kind_combo.currentData())
        try:
            self._load(path, kind)
        except ImportFileError as error:
            self.error_label.setText(error_text(error))
            return False
        except OSError as error:
            logger.warning("cannot read %s: %s", path, error)
            self.error_label.setText(error_text(ImportFileError("import.file.unreadable", "")))
            return False
        return True

    def _load(self, path: Path, kind: ImportKind) -> None:
        state = self._state
        state.kind, state.path = kind, path
        state.partner = self.partner_combo.currentText().strip() or None
        state.table = state.vcards = None
        if path.suffix.lower() in _VCARD_SUFFIXES:
            if kind is not ImportKind.CONTACTS:
                raise ImportFileError("import.file.format", "vCards hold contacts only")
            state.vcards = parse_vcards(path)
            state.mapping = dict(state.vcards.mapping)
            return
        sheet = self.sheet_combo.currentText() if self.sheet_combo.isEnabled() else None
        state.table = read_table(path, sheet=sheet or None)
        state.mapping = guess_mapping(kind, state.table.headers)

    @Slot()
    def _on_browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import File"),
            self.file_edit.text(),
            self.tr("Tables and vCards (*.csv *.xlsx *.vcf);;All files (*)"),
        )
        if path:
            self.file_edit.setText(path)
            self._load_sheets()

    @Slot()
    def _load_sheets(self) -> None:
        self.sheet_combo.clear()
        self.error_label.clear()
        path = Path(self.file_edit.text().strip())
        try:
            names = sheet_names(path) if path.suffix.lower() == ".xlsx" else []
        except ImportFileError as error:
            self.error_label.setText(error_text(error))
            names = []
        self.sheet_combo.addItems(names)
        self.sheet_combo.setEnabled(bool(names))

    @Slot()
    def _on_kind_changed(self) -> None:
        self.partner_combo.setEnabled(self.kind_combo.currentData() != ImportKind.PARTNERS)


class TablePreviewModel(QAbstractTableModel):
    """The first rows of a table, as plain text."""

    def __init__(self, table: Table, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = table.headers
        self._rows = table.rows[:PREVIEW_ROWS]
        self._first_row = table.first_row

    @override
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    @override
    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    @override
    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        cells = self._rows[index.row()]
        return cells[index.column()] if index.column() < len(cells) else ""

    @override
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if section < len(self._headers) else None
        return str(self._first_row + section)


class MappingPage(QWizardPage):
    """Page 2: the first rows and, per column, which field it fills."""

    def __init__(self, state: ImportState, parent: QWidget) -> None:
        super().__init__(parent)
        self._state = state
        self.setObjectName("importMappingPage")
        self.setTitle(self.tr("Check the Columns"))
        self.setSubTitle(self.tr("Choose for each column what it holds, or ignore it."))
        self.preview = QTableView(self)
        self.preview.setObjectName("importPreview")
        self.preview.setAccessibleName(self.tr("The first rows of the file"))
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within
        self._combos: dict[str, QComboBox] = {}
        self._mapping_widget = QWidget(self)
        self._grid = QGridLayout(self._mapping_widget)
        scroll = QScrollArea(self)
        scroll.setObjectName("importMappingArea")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._mapping_widget)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 2)
        layout.addWidget(self.preview, 3)

    def combo_for(self, header: str) -> QComboBox:
        """The field choice of the column called ``header``."""
        return self._combos[header]

    @override
    def initializePage(self) -> None:
        state = self._state
        assert state.table is not None
        old = self.preview.model()
        self.preview.setModel(TablePreviewModel(state.table, self.preview))
        if old is not None:
            old.deleteLater()
        for combo in self._combos.values():
            combo.deleteLater()
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._combos = {}
        for index, header in enumerate(state.table.headers):
            self._add_row(index, header)
        if self._combos:  # Tab reaches the preview below the choices after them
            QWidget.setTabOrder(list(self._combos.values())[-1], self.preview)

    def _add_row(self, index: int, header: str) -> None:
        label = QLabel(header or self.tr("(column %1)").replace("%1", str(index + 1)))
        label.setTextFormat(Qt.TextFormat.PlainText)
        combo = QComboBox(self._mapping_widget)
        combo.setObjectName(f"importMapping{index}")
        combo.setAccessibleName(self.tr("Field for column %1").replace("%1", header))
        combo.addItem(self.tr("— ignore —"), "")
        for spec in FIELDS[self._state.kind]:
            combo.addItem(spec.german if _german() else spec.english, spec.name)
        combo.setCurrentIndex(max(0, combo.findData(self._state.mapping.get(header, ""))))
        label.setBuddy(combo)
        self._grid.addWidget(label, index, 0)
        self._grid.addWidget(combo, index, 1)
        self._combos[header] = combo

    @override
    def validatePage(self) -> bool:
        self._state.mapping = {
            header: str(combo.currentData()) for header, combo in self._combos.items()
        }
        return True


class CheckPage(QWizardPage):
    """Page 3: how to treat records that exist already, and a dry run."""

    def __init__(
        self,
        state: ImportState,
        apply: Callable[..., ImportReport],
        run: Callable[
            [Callable[[], Any], Callable[[Any], None], Callable[[Exception], None]], None
        ],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._apply = apply
        self._run = run
        self.setObjectName("importCheckPage")
        self.setTitle(self.tr("Existing Records"))
        self.setSubTitle(self.tr("What should happen to rows that match a stored record?"))
        self._group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        for mode, name, text in (
            (MatchMode.SKIP, "importMatchSkip", self.tr("&Skip them (keep what is stored)")),
            (MatchMode.UPDATE, "importMatchUpdate", self.tr("&Update them with the file's values")),
            (MatchMode.DUPLICATE, "importMatchDuplicate", self.tr("Create a &duplicate")),
        ):
            button = QRadioButton(text, self)
            button.setObjectName(name)
            button.setAccessibleName(text.replace("&", ""))
            button.setProperty("mode", mode.value)
            self._group.addButton(button)
            layout.addWidget(button)
            button.setChecked(mode is MatchMode.SKIP)
        self.check_button = QPushButton(self.tr("&Check (dry run)"), self)
        self.check_button.setObjectName("importDryRun")
        self.check_button.setAccessibleName(self.tr("Check the import without saving"))
        self.summary = QLabel(self)
        self.summary.setObjectName("importCheckSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.problems = problem_table(self, "importCheckProblems")
        check_row = QHBoxLayout()
        check_row.addWidget(self.check_button)
        check_row.addWidget(self.summary, 1)
        layout.addLayout(check_row)
        layout.addWidget(self.problems, 1)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.check_button.clicked.connect(self._on_check)

    def match_mode(self) -> MatchMode:
        """The chosen treatment of existing records."""
        checked = self._group.checkedButton()
        return MatchMode(str(checked.property("mode"))) if checked else MatchMode.SKIP

    @override
    def initializePage(self) -> None:
        self.summary.clear()
        self.problems.setRowCount(0)

    @override
    def validatePage(self) -> bool:
        self._state.match = self.match_mode()
        return True

    @Slot()
    def _on_check(self) -> None:
        state, match = self._state, self.match_mode()
        self.check_button.setEnabled(False)
        self.summary.setText(self.tr("Checking…"))

        def work() -> ImportReport:
            return self._apply(state.parsed(), match=match, partner=state.partner, dry_run=True)

        self._run(work, self._on_checked, self._on_failed)

    def _on_checked(self, report: ImportReport) -> None:
        self.check_button.setEnabled(True)
        self.summary.setText(
            report_summary(
                self.tr(
                    "%1 would be created, %2 updated, %3 skipped; "
                    "rows that cannot be imported: %n.",
                    "",
                    report.failed,
                ),
                report,
            )
        )
        fill_problems(self.problems, report.errors)

    def _on_failed(self, error: Exception) -> None:
        self.check_button.setEnabled(True)
        self.summary.setText(failure_text(self, error))


def failure_text(widget: QWidget, error: Exception) -> str:
    """A calm sentence for an import that failed."""
    if isinstance(error, PortfolioError):
        return error_text(error)
    logger.error("import failed", exc_info=error)
    return QCoreApplication.translate(
        "ImportWizard", "The import failed unexpectedly. Nothing was changed."
    )


def report_summary(template: str, report: ImportReport) -> str:
    """Fill a translated counts sentence (%1 created, %2 updated, %3 skipped, %n failed)."""
    return (
        template.replace("%n", str(report.failed))  # no translator: Qt may leave %n alone
        .replace("%1", str(report.created))
        .replace("%2", str(report.updated))
        .replace("%3", str(report.skipped))
    )
