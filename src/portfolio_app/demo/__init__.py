"""Realistic demo portfolio, generated deterministically through the services."""
