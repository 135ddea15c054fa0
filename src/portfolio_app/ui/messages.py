"""Error codes from lower layers, turned into translated sentences."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from portfolio_app.domain.errors import PortfolioError

_CONTEXT = "Messages"

_TEXT: dict[str, object] = {
    "partner.name.empty": QT_TRANSLATE_NOOP("Messages", "Please enter the partner's name."),
    "partner.name.too_long": QT_TRANSLATE_NOOP("Messages", "That name is too long."),
    "partner.name.duplicate": QT_TRANSLATE_NOOP(
        "Messages", "There already is a partner with this name."
    ),
    "partner.category.too_long": QT_TRANSLATE_NOOP("Messages", "That category is too long."),
    "partner.website.too_long": QT_TRANSLATE_NOOP("Messages", "That web address is too long."),
    "partner.tag.too_long": QT_TRANSLATE_NOOP("Messages", "A tag may have at most 40 characters."),
    "partner.not_found": QT_TRANSLATE_NOOP("Messages", "This partner no longer exists."),
    "partner.owner.too_long": QT_TRANSLATE_NOOP(
        "Messages", "The name of the internal owner is too long."
    ),
    "partner.cadence.invalid": QT_TRANSLATE_NOOP(
        "Messages", "The expected contact cadence must be between 1 and 730 days."
    ),
    "contact.name.empty": QT_TRANSLATE_NOOP("Messages", "Please enter the contact's name."),
    "contact.name.too_long": QT_TRANSLATE_NOOP("Messages", "That name is too long."),
    "contact.role.too_long": QT_TRANSLATE_NOOP("Messages", "That role is too long."),
    "contact.email.invalid": QT_TRANSLATE_NOOP(
        "Messages", "This is not a valid e-mail address (example: anna.schmidt@example.de)."
    ),
    "contact.phone.too_long": QT_TRANSLATE_NOOP("Messages", "That phone number is too long."),
    "agreement.title.empty": QT_TRANSLATE_NOOP("Messages", "Please enter a title."),
    "agreement.title.too_long": QT_TRANSLATE_NOOP("Messages", "That title is too long."),
    "agreement.end_before_start": QT_TRANSLATE_NOOP(
        "Messages", "The end date lies before the start date."
    ),
    "agreement.minimum_term.invalid": QT_TRANSLATE_NOOP(
        "Messages", "The minimum term must be between 1 and 1200 months."
    ),
    "agreement.renewal.invalid": QT_TRANSLATE_NOOP(
        "Messages", "The renewal term must be between 1 and 1200 months."
    ),
    "agreement.notice.invalid": QT_TRANSLATE_NOOP(
        "Messages", "The notice period must be a positive number."
    ),
    "agreement.document.too_long": QT_TRANSLATE_NOOP("Messages", "That link is too long."),
    "agreement.reminder_days.invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "Please enter the reminder days as whole numbers from 1 to 3650, separated by "
        "commas (e.g. 120, 60, 30, 14, 7, 1).",
    ),
    "agreement.receipt_before_sent": QT_TRANSLATE_NOOP(
        "Messages", "Receipt cannot have been confirmed before the notice was sent."
    ),
    "agreement.notice_sent.future": QT_TRANSLATE_NOOP(
        "Messages", "The notice cannot have been sent in the future. Record it once it is sent."
    ),
    "agreement.receipt.future": QT_TRANSLATE_NOOP(
        "Messages", "Receipt cannot have been confirmed in the future."
    ),
    "agreement.contract_number.too_long": QT_TRANSLATE_NOOP(
        "Messages", "That contract number is too long."
    ),
    "agreement.customer_number.too_long": QT_TRANSLATE_NOOP(
        "Messages", "That customer number is too long."
    ),
    "agreement.deputy.too_long": QT_TRANSLATE_NOOP("Messages", "That name is too long."),
    "decision.missing": QT_TRANSLATE_NOOP("Messages", "Please choose what to do."),
    "decision.receipt_without_sent": QT_TRANSLATE_NOOP(
        "Messages", "Please enter the day the notice was sent before its receipt."
    ),
    "reminder.snooze.not_future": QT_TRANSLATE_NOOP(
        "Messages", "A reminder can only be snoozed until a later day."
    ),
    "reminder.not_found": QT_TRANSLATE_NOOP(
        "Messages", "This reminder no longer applies: its agreement changed or is gone."
    ),
    "money.invalid": QT_TRANSLATE_NOOP("Messages", "Please enter an amount such as %1."),
    "money.negative": QT_TRANSLATE_NOOP("Messages", "The amount cannot be negative."),
    "money.too_large": QT_TRANSLATE_NOOP("Messages", "That amount is too large."),
    "money.currency": QT_TRANSLATE_NOOP(
        "Messages", "Please enter a three-letter currency code such as EUR."
    ),
    "goal.title.empty": QT_TRANSLATE_NOOP("Messages", "Please enter a title."),
    "goal.title.too_long": QT_TRANSLATE_NOOP("Messages", "That title is too long."),
    "goal.owner.too_long": QT_TRANSLATE_NOOP("Messages", "That name is too long."),
    "goal.kpi.no_range": QT_TRANSLATE_NOOP(
        "Messages", "The KPI's target must differ from its baseline."
    ),
    "goal.kpi.invalid": QT_TRANSLATE_NOOP("Messages", "Please enter a number."),
    "goal.kpi.unit.too_long": QT_TRANSLATE_NOOP("Messages", "That unit is too long."),
    "goal.progress.empty": QT_TRANSLATE_NOOP(
        "Messages", "Please enter a new value, choose another status or write a comment."
    ),
    "goal.progress.no_kpi": QT_TRANSLATE_NOOP(
        "Messages", "This goal has no KPI, so it takes no value. Add a KPI to the goal first."
    ),
    "goal.progress.future": QT_TRANSLATE_NOOP(
        "Messages", "Progress cannot be recorded for a day in the future."
    ),
    "goal.progress.comment.too_long": QT_TRANSLATE_NOOP("Messages", "That comment is too long."),
    "note.resolution.empty": QT_TRANSLATE_NOOP(
        "Messages", "Please describe how the misunderstanding was resolved."
    ),
    "note.subject.empty": QT_TRANSLATE_NOOP("Messages", "Please enter a subject."),
    "note.subject.too_long": QT_TRANSLATE_NOOP("Messages", "That subject is too long."),
    "note.participants.too_long": QT_TRANSLATE_NOOP(
        "Messages", "The list of participants is too long."
    ),
    "note.follow_up.empty": QT_TRANSLATE_NOOP(
        "Messages", "Please describe the follow-up, or clear its due date."
    ),
    "db.not_found": QT_TRANSLATE_NOOP("Messages", "The database file does not exist."),
    "db.not_a_file": QT_TRANSLATE_NOOP("Messages", "The database path is not a file."),
    "db.unreadable": QT_TRANSLATE_NOOP("Messages", "The database file cannot be read."),
    "db.read_only": QT_TRANSLATE_NOOP("Messages", "The database file or its folder is read-only."),
    "db.not_sqlite": QT_TRANSLATE_NOOP(
        "Messages", "This file is not a Partner Portfolio database."
    ),
    "db.not_ours": QT_TRANSLATE_NOOP(
        "Messages", "This database belongs to another program; it was left untouched."
    ),
    "search.unavailable": QT_TRANSLATE_NOOP(
        "Messages", "Searching is not possible in this database. Please restart the app."
    ),
    "db.too_new": QT_TRANSLATE_NOOP(
        "Messages",
        "This database was written by a newer version of Partner Portfolio. "
        "Please update the application.",
    ),
    "db.migration_failed": QT_TRANSLATE_NOOP(
        "Messages", "The database could not be upgraded; it was left unchanged."
    ),
    "db.in_use": QT_TRANSLATE_NOOP(
        "Messages",
        "This database is open in another Partner Portfolio window. "
        "Close it there first; a file is never opened for writing twice.",
    ),
    "db.corrupt": QT_TRANSLATE_NOOP(
        "Messages", "The database file is damaged or not a database. It was left untouched."
    ),
    "db.disk_full": QT_TRANSLATE_NOOP(
        "Messages",
        "The database could not be written: the disk is full (or failing). Nothing was "
        "changed; free some space and try again.",
    ),
    "db.backup_before_migration_failed": QT_TRANSLATE_NOOP(
        "Messages",
        "The database needs an upgrade, but the safety backup before it could not be "
        "written. The file was left unchanged; check the backup folder and free space.",
    ),
    "db.move_failed": QT_TRANSLATE_NOOP(
        "Messages", "The database file could not be moved aside. Nothing was changed."
    ),
    "backup.disk_full": QT_TRANSLATE_NOOP(
        "Messages",
        "There is not enough free space for the backup. Nothing was written; your data "
        "and earlier backups are unchanged.",
    ),
    "backup.exists": QT_TRANSLATE_NOOP(
        "Messages", "A file with that name already exists; it was not overwritten."
    ),
    "backup.failed": QT_TRANSLATE_NOOP(
        "Messages", "The backup could not be written or verified. Earlier backups are unchanged."
    ),
    "backup.invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "This file is not a valid Partner Portfolio backup (damaged, from another program "
        "or from a newer version). Nothing was changed.",
    ),
    "backup.not_found": QT_TRANSLATE_NOOP("Messages", "The backup file does not exist."),
    "restore.disk_full": QT_TRANSLATE_NOOP(
        "Messages", "There is not enough free space to restore. Nothing was changed."
    ),
    "restore.failed": QT_TRANSLATE_NOOP(
        "Messages", "The backup could not be restored. Your current data is unchanged."
    ),
    "trash.name_taken": QT_TRANSLATE_NOOP(
        "Messages",
        "This partner cannot be restored: another partner has its name now. "
        "Rename that partner first, then restore again.",
    ),
    "trash.not_found": QT_TRANSLATE_NOOP("Messages", "This item is no longer in the trash."),
    "archive.invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "This file is not a valid Partner Portfolio archive (damaged or altered). "
        "Nothing was changed.",
    ),
    "archive.revision": QT_TRANSLATE_NOOP(
        "Messages",
        "This archive comes from another version of Partner Portfolio and cannot be "
        "loaded by this one.",
    ),
    "archive.target_not_empty": QT_TRANSLATE_NOOP(
        "Messages", "An archive can only be loaded into an empty database. Nothing was changed."
    ),
    "archive.too_large": QT_TRANSLATE_NOOP(
        "Messages", "This archive is larger than any real portfolio; it was not opened."
    ),
    "archive.write_failed": QT_TRANSLATE_NOOP(
        "Messages", "The archive could not be written. Nothing was changed."
    ),
    "export.format": QT_TRANSLATE_NOOP("Messages", "Please choose a file ending in .csv or .xlsx."),
    "import.file.empty": QT_TRANSLATE_NOOP("Messages", "The file holds no table (no header row)."),
    "import.file.format": QT_TRANSLATE_NOOP(
        "Messages", "Only .csv, .xlsx and (for contacts) .vcf files can be imported."
    ),
    "import.file.too_large": QT_TRANSLATE_NOOP("Messages", "This file is too large to import."),
    "import.file.unreadable": QT_TRANSLATE_NOOP("Messages", "The file cannot be read."),
    "import.xlsx.sheet": QT_TRANSLATE_NOOP("Messages", "The workbook has no sheet of that name."),
    "import.vcard.invalid": QT_TRANSLATE_NOOP("Messages", "This is not a readable vCard file."),
    "import.vcard.no_name": QT_TRANSLATE_NOOP("Messages", "A card has no name."),
    "import.vcard.unclosed": QT_TRANSLATE_NOOP(
        "Messages", "A card is not closed (END:VCARD missing)."
    ),
    "import.vcard.unreadable": QT_TRANSLATE_NOOP("Messages", "A card cannot be read."),
    "import.partner.unknown": QT_TRANSLATE_NOOP("Messages", "There is no partner of that name."),
    "import.partner.missing": QT_TRANSLATE_NOOP(
        "Messages", "The row names no partner (and none was chosen for all rows)."
    ),
    "import.required.missing": QT_TRANSLATE_NOOP("Messages", "A required value is missing."),
    "import.date.invalid": QT_TRANSLATE_NOOP(
        "Messages", "This is not a date (use 31.12.2026 or 2026-12-31)."
    ),
    "import.time.invalid": QT_TRANSLATE_NOOP("Messages", "This is not a time of day (use 14:30)."),
    "import.bool.invalid": QT_TRANSLATE_NOOP("Messages", "Please use yes or no."),
    "import.choice.invalid": QT_TRANSLATE_NOOP("Messages", "This value is not one of the choices."),
    "import.number.invalid": QT_TRANSLATE_NOOP("Messages", "This is not a number."),
    "import.months.invalid": QT_TRANSLATE_NOOP("Messages", "Please give a number of months."),
    "import.cadence.invalid": QT_TRANSLATE_NOOP(
        "Messages", "Please give a number of days or weeks (e.g. 30, 6 Wochen)."
    ),
    "import.notice.invalid": QT_TRANSLATE_NOOP(
        "Messages", "This is not a notice period (e.g. 3 Monate, 6 weeks, 30 Tage)."
    ),
    "import.money.currency_conflict": QT_TRANSLATE_NOOP(
        "Messages", "The amount names another currency than the currency column."
    ),
    "import.mapping.column": QT_TRANSLATE_NOOP("Messages", "The file has no column of that name."),
    "import.mapping.duplicate": QT_TRANSLATE_NOOP(
        "Messages", "Two columns are mapped to the same field."
    ),
    "import.mapping.field": QT_TRANSLATE_NOOP("Messages", "There is no field of that name."),
    "import.row.too_many_cells": QT_TRANSLATE_NOOP(
        "Messages", "The row has more cells than the header (an unquoted separator?)."
    ),
    "note.when.naive": QT_TRANSLATE_NOOP(
        "Messages", "The note's time has no time zone; please enter it again."
    ),
    "note.follow_up_owner.too_long": QT_TRANSLATE_NOOP(
        "Messages", "The name of the follow-up's owner is too long."
    ),
    "promise.text.empty": QT_TRANSLATE_NOOP("Messages", "Please describe what was promised."),
    "promise.text.too_long": QT_TRANSLATE_NOOP(
        "Messages", "The promise is too long (at most 1000 characters)."
    ),
    "promise.owner.too_long": QT_TRANSLATE_NOOP(
        "Messages", "The name of the promise's owner is too long."
    ),
    "promise.none": QT_TRANSLATE_NOOP("Messages", "Please tick at least one action item."),
    "db.operational": QT_TRANSLATE_NOOP(
        "Messages", "The database could not be accessed. Nothing was changed."
    ),
}

_GENERIC = QT_TRANSLATE_NOOP("Messages", "That did not work: %1")
_NOT_FOUND = QT_TRANSLATE_NOOP("Messages", "This item no longer exists.")
_TOO_LONG = QT_TRANSLATE_NOOP("Messages", "This text is too long.")


def error_text(error: PortfolioError) -> str:
    """A translated sentence for ``error``; falls back on generic wording by kind."""
    source = _TEXT.get(error.code)
    if source is None:
        if error.code.endswith(".not_found"):
            source = _NOT_FOUND
        elif error.code.endswith(".too_long"):
            source = _TOO_LONG
        else:
            return QCoreApplication.translate(_CONTEXT, str(_GENERIC)).replace("%1", error.code)
    text = QCoreApplication.translate(_CONTEXT, str(source))
    if error.code == "money.invalid":
        text = text.replace("%1", QLocale().toString(1234.5, "f", 2))
    return text
