"""Compiled translations (``portfolio_app_<lang>.qm``), built from resources/translations."""
