"""Create or edit a contact person at a partner."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from portfolio_app.domain.contact import ContactPerson
from portfolio_app.domain.ids import PartnerId
from portfolio_app.services.changes import Changes
from portfolio_app.ui.accessibility import describe
from portfolio_app.ui.dialogs.fields import TextArea
from portfolio_app.ui.dialogs.record_dialog import RecordDialog


class ContactDialog(RecordDialog[ContactPerson]):
    """Name, role and ways to reach someone; callers use :meth:`ask`."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        save: Callable[[ContactPerson], Changes],
        partner_id: PartnerId,
        contact: ContactPerson | None = None,
    ) -> None:
        super().__init__(parent, save=save, object_name="contactDialog")
        self.setWindowTitle(self.tr("Edit Contact") if contact else self.tr("New Contact"))
        self._original = contact or ContactPerson(id=None, partner_id=partner_id, name="")

        page = QWidget(self)
        form = self._new_form(page)

        self._name = QLineEdit(page)
        self._name.setObjectName("contactName")
        self._add_row(form, self.tr("&Name:"), self._name, field="name")

        self._role = QLineEdit(page)
        self._role.setObjectName("contactRole")
        self._role.setPlaceholderText(self.tr("e.g. Account manager"))
        self._add_row(form, self.tr("&Role:"), self._role, field="role")

        self._email = QLineEdit(page)
        self._email.setObjectName("contactEmail")
        self._email.setPlaceholderText(self.tr("name@example.de"))
        self._add_row(form, self.tr("&E-mail:"), self._email, field="email")

        self._phone = QLineEdit(page)
        self._phone.setObjectName("contactPhone")
        self._phone.setPlaceholderText(self.tr("+49 …"))
        self._add_row(form, self.tr("&Phone:"), self._phone, field="phone")

        self._primary = QCheckBox(self.tr("Pr&imary contact for this partner"), page)
        self._primary.setObjectName("contactPrimary")
        self._add_check(form, self._primary)

        self._notes = TextArea(page, "contactNotes", lines=4)
        self._add_row(form, self.tr("N&otes:"), self._notes, field="notes")

        self._add_page(page, 1)
        self._fill(self._original)
        self.setMinimumWidth(480)
        describe(
            self,
            {
                "contactName": self.tr("The contact person's full name; required"),
                "contactRole": self.tr("The person's role or job title at the partner"),
                "contactEmail": self.tr("The person's e-mail address"),
                "contactPhone": self.tr("The person's phone number"),
                "contactPrimary": self.tr("Check for the main contact person of this partner"),
                "contactNotes": self.tr("Free notes about the person"),
            },
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        *,
        save: Callable[[ContactPerson], Changes],
        partner_id: PartnerId,
        contact: ContactPerson | None = None,
    ) -> Changes | None:
        """Let the user create or edit a contact person and save it through ``save``.

        Args:
            parent: The window the dialog belongs to.
            save: Stores the contact; its errors keep the dialog open.
            partner_id: The partner a new contact belongs to.
            contact: The contact to edit, or ``None`` for a new one.

        Returns:
            What ``save`` changed, or ``None`` if the user cancelled.
        """
        return cls._run(cls(parent, save=save, partner_id=partner_id, contact=contact))

    def _fill(self, contact: ContactPerson) -> None:
        self._name.setText(contact.name)
        self._role.setText(contact.role)
        self._email.setText(contact.email)
        self._phone.setText(contact.phone)
        self._primary.setChecked(contact.is_primary)
        self._notes.setPlainText(contact.notes)

    def _build(self) -> ContactPerson:
        return dataclasses.replace(
            self._original,
            name=self._name.text(),
            role=self._role.text(),
            email=self._email.text(),
            phone=self._phone.text(),
            is_primary=self._primary.isChecked(),
            notes=self._notes.toPlainText(),
        )
