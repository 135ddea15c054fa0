"""``portfolio-app --self-test``: the check the installers run on what they built."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from portfolio_app import __version__, app, self_test
from portfolio_app.ui import locale_setup


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = app.main(["--self-test", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_passes_with_one_line_and_leaves_the_users_folder_alone(
    qapp: QApplication, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(capsys, "--base-dir", str(tmp_path))

    assert (code, err) == (0, "")
    assert out.startswith(f"self-test passed: Partner Portfolio {__version__} (python);")
    assert "main window (offscreen)" in out
    assert out.count("\n") == 1
    assert list(tmp_path.iterdir()) == []  # everything happened in a temporary folder
    assert QApplication.topLevelWidgets() == [] or not any(
        widget.isVisible() for widget in QApplication.topLevelWidgets()
    )


def test_missing_translations_fail_with_one_line(
    qapp: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(locale_setup, "TRANSLATIONS_FOLDER", tmp_path)  # a bundle without .qm

    code, out, err = _run(capsys)

    assert (code, out) == (1, "")
    assert err == (
        "portfolio-app self-test: failed: resources: SelfTestError: "
        "the German translations (app and Qt) are missing\n"
    )


def test_a_broken_database_step_names_the_step(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def no_migrations(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("migrations folder not found")

    monkeypatch.setattr(self_test, "open_database", no_migrations)

    code, _out, err = _run(capsys)

    assert code == 1
    assert err.startswith("portfolio-app self-test: failed: database: RuntimeError: migrations")


def test_the_installed_command_runs_it_without_a_display(tmp_path: Path) -> None:
    """As the packaging scripts call it: a new process, no display, a home of its own."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    }
    env.update(HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "data"))
    env.update(XDG_CONFIG_HOME=str(tmp_path / "config"), TMPDIR=str(tmp_path))

    done = subprocess.run(
        [sys.executable, "-m", "portfolio_app", "--self-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("self-test passed:")
    assert list(tmp_path.iterdir()) == []  # no settings, no data, the temp folder removed
