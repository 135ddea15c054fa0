from __future__ import annotations

from pathlib import Path

from portfolio_app.settings import Settings


def test_theme_defaults_to_the_system_and_persists(qapp: object, tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    assert Settings(path).theme() == "system"

    Settings(path).set_theme("dark")

    assert Settings(path).theme() == "dark"


def test_an_unknown_theme_reads_as_the_system(qapp: object, tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.ini")
    settings.set_theme("purple")

    assert settings.theme() == "system"


def test_horizon_days_persist_and_nonsense_reads_as_default(qapp: object, tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    settings = Settings(path)
    assert settings.horizon_days() is None

    settings.set_horizon_days(180)
    assert Settings(path).horizon_days() == 180

    path.write_text("[deadlines]\nhorizon_days=soon\n", encoding="utf-8")
    assert Settings(path).horizon_days() is None


def test_window_values_keep_their_bytes(qapp: object, tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    settings = Settings(path)
    assert settings.window_value("geometry") is None
    data = bytes(range(256))

    settings.set_window_value("geometry", data)
    settings.sync()

    assert Settings(path).window_value("geometry") == data
