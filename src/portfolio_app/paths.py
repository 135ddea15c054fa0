"""Where the application keeps its files (platformdirs), resolved once at start-up."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "PartnerPortfolio"
APP_AUTHOR = "PartnerPortfolio"
DATABASE_NAME = "portfolio.sqlite3"
DEMO_DATABASE_NAME = "demo-portfolio.sqlite3"


@dataclass(frozen=True, slots=True)
class AppPaths:
    """Resolved directories; build once and pass down."""

    config_dir: Path
    data_dir: Path

    @classmethod
    def for_user(cls) -> AppPaths:
        """Per-user locations from platformdirs."""
        dirs = PlatformDirs(APP_NAME, APP_AUTHOR)
        return cls(dirs.user_config_path, dirs.user_data_path)

    @classmethod
    def under(cls, base: Path) -> AppPaths:
        """Everything below one folder: portable installs and tests."""
        return cls(base / "config", base / "data")

    @property
    def database_file(self) -> Path:
        """The user's own portfolio."""
        return self.data_dir / DATABASE_NAME

    @property
    def demo_database_file(self) -> Path:
        """The generated demo portfolio, kept apart from the user's data."""
        return self.data_dir / DEMO_DATABASE_NAME

    @property
    def settings_file(self) -> Path:
        """Preferences (INI)."""
        return self.config_dir / "settings.ini"
