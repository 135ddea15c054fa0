"""The frozen app's entry point (PyInstaller): the same as the ``portfolio-app`` script."""

import sys

from portfolio_app.app import run

if __name__ == "__main__":
    sys.exit(run())
