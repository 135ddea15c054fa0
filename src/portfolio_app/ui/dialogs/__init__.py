"""Dialogs, one per module, each run through an ``ask…`` classmethod."""
