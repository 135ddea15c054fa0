"""SVG icons shipped as package data (see ``portfolio_app.ui.icons``)."""
