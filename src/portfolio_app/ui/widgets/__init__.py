"""Panels and small reusable widgets; they emit intents and call no service."""
