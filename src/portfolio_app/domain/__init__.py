"""Pure business objects and rules: no Qt, no SQLAlchemy."""
