"""Fault-injection helpers: a writer process to kill, and a probe that drops privileges."""
