"""Partner Portfolio: manage business partners, agreements, goals and communication."""

__version__ = "0.1.0"
