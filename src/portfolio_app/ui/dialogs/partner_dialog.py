"""Create or edit a partner's master data."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox, QTabWidget, QWidget

from portfolio_app.domain.partner import (
    MAX_CADENCE_DAYS,
    Criticality,
    Partner,
    PartnerCategory,
    PartnerStatus,
    parse_tags,
)
from portfolio_app.services.changes import Changes
from portfolio_app.ui.accessibility import describe, describe_tabs
from portfolio_app.ui.dialogs.fields import (
    ListCompleter,
    OptionalDateEdit,
    TextArea,
    current_enum,
    enum_combo,
    select_data,
    set_expanding,
)
from portfolio_app.ui.dialogs.record_dialog import RecordDialog
from portfolio_app.ui.labels import category_label

_BUILTIN = [category.value for category in PartnerCategory]


class PartnerDialog(RecordDialog[Partner]):
    """Name, category, status and profile of a partner; callers use :meth:`ask`."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        save: Callable[[Partner], Changes],
        partner: Partner | None = None,
        categories: Sequence[str] = (),
        known_tags: Sequence[str] = (),
    ) -> None:
        super().__init__(parent, save=save, object_name="partnerDialog")
        self.setWindowTitle(self.tr("Edit Partner") if partner else self.tr("New Partner"))
        self._original = partner or Partner(id=None, name="")

        self._tabs = QTabWidget(self)
        self._tabs.setObjectName("partnerTabs")
        self._tabs.setAccessibleName(self.tr("Partner sections"))
        self._tabs.addTab(self._general_page(categories, known_tags), self.tr("&General"))
        self._tabs.addTab(self._profile_page(), self.tr("&Profile"))
        self._add_page(self._tabs, 1)
        self._fill(self._original)
        self.setMinimumWidth(560)
        describe(
            self,
            {
                "partnerName": self.tr("The partner's name as it appears in lists; required"),
                "partnerCategory": self.tr(
                    "The kind of partner, e.g. supplier or service provider; you may type a new one"
                ),
                "partnerStatus": self.tr(
                    "Where the partnership stands: prospect, active, paused or ended"
                ),
                "partnerOwner": self.tr("The colleague responsible for this partnership"),
                "partnerCriticality": self.tr("How much the business depends on this partner"),
                "partnerCadence": self.tr(
                    "After how many days without contact the partner is flagged"
                ),
                "partnerSince": self.tr("The day the partnership began"),
                "partnerSinceSet": self.tr("Check when the start of the partnership is known"),
                "partnerWebsite": self.tr("The partner's web address"),
                "partnerTags": self.tr("Keywords separated by commas, for filtering and search"),
                "partnerAddress": self.tr("The partner's postal address"),
                "partnerArchived": self.tr("Archived partners are kept but hidden from the list"),
                "partnerDescription": self.tr("What the partnership is about"),
                "partnerValues": self.tr("The shared values or principles of the partnership"),
            },
        )
        describe_tabs(
            self._tabs,
            self.tr("Partner sections"),
            self.tr("General details and the partner's description and values"),
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        *,
        save: Callable[[Partner], Changes],
        partner: Partner | None = None,
        categories: Sequence[str] = (),
        known_tags: Sequence[str] = (),
    ) -> Changes | None:
        """Let the user create or edit a partner and save it through ``save``.

        Args:
            parent: The window the dialog belongs to.
            save: Stores the partner (e.g. ``PartnerService.add_partner``); its errors keep
                the dialog open.
            partner: The partner to edit, or ``None`` for a new one.
            categories: Category values to offer besides the built-in ones.
            known_tags: Tags to offer for completion.

        Returns:
            What ``save`` changed, or ``None`` if the user cancelled.
        """
        dialog = cls(
            parent, save=save, partner=partner, categories=categories, known_tags=known_tags
        )
        return cls._run(dialog)

    @property
    def tag_completer(self) -> ListCompleter:
        """Offers the known tags while the user types into the tag list."""
        return self._tag_completer

    def _general_page(self, categories: Sequence[str], known_tags: Sequence[str]) -> QWidget:
        page = QWidget(self)
        form = self._new_form(page)

        self._name = QLineEdit(page)
        self._name.setObjectName("partnerName")
        self._name.setPlaceholderText(self.tr("e.g. Müller Druck GmbH"))
        self._add_row(form, self.tr("&Name:"), self._name, field="name")

        self._category = QComboBox(page)
        self._category.setObjectName("partnerCategory")
        self._category.setEditable(True)
        self._category.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for value in [*_BUILTIN, *(c for c in categories if c not in _BUILTIN)]:
            self._category.addItem(category_label(value), value)
        self._category.setToolTip(self.tr("Pick an area, or type your own"))
        self._add_row(form, self.tr("&Category:"), self._category, field="category")

        self._status = enum_combo(page, PartnerStatus, "partnerStatus")
        self._add_row(form, self.tr("St&atus:"), self._status)

        self._owner = QLineEdit(page)
        self._owner.setObjectName("partnerOwner")
        self._owner.setPlaceholderText(self.tr("Who looks after this partner in our company"))
        self._add_row(form, self.tr("Internal &owner:"), self._owner, field="internal_owner")

        self._criticality = enum_combo(page, Criticality, "partnerCriticality")
        self._criticality.setToolTip(self.tr("How much our business depends on this partner"))
        self._add_row(form, self.tr("Critica&lity:"), self._criticality, field="criticality")

        self._cadence = self._cadence_spin(page)
        self._add_row(
            form, self.tr("Expected contact ever&y:"), self._cadence, field="contact_cadence_days"
        )

        self._since = OptionalDateEdit(
            page,
            object_name="partnerSince",
            check_text=self.tr("The start of the partnership is known"),
            empty_text=self.tr("unknown"),
        )
        self._add_row(form, self.tr("Partner &since:"), self._since, field="partner_since")

        self._website = QLineEdit(page)
        self._website.setObjectName("partnerWebsite")
        self._website.setPlaceholderText("https://")
        self._add_row(form, self.tr("&Website:"), self._website, field="website")

        self._tags = QLineEdit(page)
        self._tags.setObjectName("partnerTags")
        self._tags.setPlaceholderText(self.tr("Separate tags with commas"))
        self._tag_completer = ListCompleter(known_tags, self._tags)
        self._add_row(form, self.tr("&Tags:"), self._tags, field="tags")

        self._address = TextArea(page, "partnerAddress", lines=3)
        self._add_row(form, self.tr("A&ddress:"), self._address, field="address")

        self._archived = QCheckBox(self.tr("A&rchived (kept, but hidden from the list)"), page)
        self._archived.setObjectName("partnerArchived")
        self._add_check(form, self._archived)
        return page

    def _cadence_spin(self, parent: QWidget) -> QSpinBox:
        """Days between expected contacts; 0 shows as "not set" and means no cadence."""
        spin = QSpinBox(parent)
        spin.setObjectName("partnerCadence")
        spin.setRange(0, MAX_CADENCE_DAYS)
        spin.setSpecialValueText(self.tr("not set"))
        spin.setSuffix(self.tr(" days"))
        spin.setAccessibleName(self.tr("Expected contact every … days"))
        spin.setToolTip(self.tr("How often you want to be in touch with this partner"))
        set_expanding(spin)
        return spin

    def _profile_page(self) -> QWidget:
        page = QWidget(self)
        form = self._new_form(page)

        self._description = TextArea(page, "partnerDescription", lines=5)
        self._description.setPlaceholderText(self.tr("What the partner does for us"))
        self._add_row(form, self.tr("D&escription:"), self._description, field="description")

        self._values = TextArea(page, "partnerValues", lines=5)
        self._values.setPlaceholderText(self.tr("What is wanted, and what is not"))
        self._add_row(
            form, self.tr("&Values && expectations:"), self._values, field="values_expectations"
        )
        return page

    def _fill(self, partner: Partner) -> None:
        self._name.setText(partner.name)
        index = self._category.findData(partner.category)
        if index < 0:
            self._category.addItem(category_label(partner.category), partner.category)
            index = self._category.count() - 1
        self._category.setCurrentIndex(index)
        select_data(self._status, partner.status)
        self._owner.setText(partner.internal_owner)
        select_data(self._criticality, partner.criticality)
        self._cadence.setValue(partner.contact_cadence_days or 0)
        self._since.set_value(partner.partner_since)
        self._website.setText(partner.website)
        self._tags.setText(", ".join(partner.tags))
        self._address.setPlainText(partner.address)
        self._archived.setChecked(partner.archived)
        self._description.setPlainText(partner.description)
        self._values.setPlainText(partner.values_expectations)

    def _selected_category(self) -> str:
        """The stored value of the chosen category, or the user's own wording."""
        text = self._category.currentText().strip()
        index = self._category.findText(text, Qt.MatchFlag.MatchFixedString)
        return str(self._category.itemData(index)) if index >= 0 else text

    def _build(self) -> Partner:
        return dataclasses.replace(
            self._original,
            name=self._name.text(),
            category=self._selected_category(),
            status=current_enum(self._status, PartnerStatus),
            internal_owner=self._owner.text(),
            criticality=current_enum(self._criticality, Criticality),
            contact_cadence_days=self._cadence.value() or None,
            partner_since=self._since.value(),
            website=self._website.text(),
            address=self._address.toPlainText(),
            description=self._description.toPlainText(),
            values_expectations=self._values.toPlainText(),
            tags=parse_tags(self._tags.text()),
            archived=self._archived.isChecked(),
        )
