"""Qt item models over frozen domain objects."""
