from __future__ import annotations

from pathlib import Path

from portfolio_app.settings import Settings


def test_backup_folder_defaults_to_none_and_persists(qapp: object, tmp_path: Path) -> None:
    path = tmp_path / "config" / "settings.ini"
    settings = Settings(path)
    assert settings.backup_folder() is None

    settings.set_backup_folder(tmp_path / "USB-Stick" / "Sicherungen")

    assert Settings(path).backup_folder() == tmp_path / "USB-Stick" / "Sicherungen"
    assert path.exists()


def test_clearing_the_backup_folder_returns_to_the_default(qapp: object, tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.ini")
    settings.set_backup_folder(tmp_path / "x")

    settings.set_backup_folder(None)

    assert settings.backup_folder() is None


def test_letter_template_and_sender_persist(qapp: object, tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    settings = Settings(path)
    assert settings.letter_template() == ""

    settings.set_letter_template("Kündigung {agreement} zum {end_date}")
    settings.set_letter_sender("Bäuerle Präzisionsteile GmbH & Co. KG\nReutlingen")

    again = Settings(path)
    assert again.letter_template() == "Kündigung {agreement} zum {end_date}"
    assert again.letter_sender() == "Bäuerle Präzisionsteile GmbH & Co. KG\nReutlingen"


def test_the_letter_editor_uses_the_persistent_settings(qapp: object, tmp_path: Path) -> None:
    from portfolio_app.ui.letter_settings import letter_settings_from

    settings = Settings(tmp_path / "settings.ini")

    assert letter_settings_from(settings) is settings
