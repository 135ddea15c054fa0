"""Record how a misunderstanding was resolved; a note with a resolution counts as resolved."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from portfolio_app.domain.errors import ValidationError
from portfolio_app.domain.note import CommunicationNote
from portfolio_app.services.changes import Changes
from portfolio_app.ui.dialogs.fields import TextArea
from portfolio_app.ui.dialogs.record_dialog import RecordDialog
from portfolio_app.ui.formatting import format_moment
from portfolio_app.ui.widgets.partner_overview import plain_label


class ResolveDialog(RecordDialog[CommunicationNote]):
    """Asks how a misunderstanding was cleared up (required); callers use :meth:`ask`."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        note: CommunicationNote,
        save: Callable[[CommunicationNote], Changes],
    ) -> None:
        super().__init__(parent, save=save, object_name="resolveDialog")
        self.setWindowTitle(self.tr("Resolve Misunderstanding"))
        self._note = note
        page = QWidget(self)
        form = self._new_form(page)

        about = plain_label(page, "resolveNote")
        about.setText(f"{note.subject} — {format_moment(note.when)}")
        form.addRow(about)

        self._resolution = TextArea(page, "resolveText", lines=5)
        self._resolution.setPlaceholderText(self.tr("How was it cleared up? What was agreed?"))
        self._resolution.setPlainText(note.resolution)
        self._add_row(form, self.tr("&Resolution:"), self._resolution, field="resolution")

        self._add_page(page, 1)
        self.setMinimumWidth(440)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        *,
        note: CommunicationNote,
        save: Callable[[CommunicationNote], Changes],
    ) -> Changes | None:
        """Let the user write how ``note``'s misunderstanding was resolved and save it.

        Args:
            parent: The window the dialog belongs to.
            note: The note flagged as a misunderstanding.
            save: Stores the changed note (the notes service's update).

        Returns:
            What ``save`` changed, or ``None`` if the user cancelled.
        """
        return cls._run(cls(parent, note=note, save=save))

    def _build(self) -> CommunicationNote:
        text = self._resolution.toPlainText()
        if not text.strip():
            raise ValidationError(
                "note.resolution.empty", "resolution is blank", field="resolution"
            )
        return dataclasses.replace(self._note, misunderstanding=True, resolution=text)
