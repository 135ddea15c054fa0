"""SQLite persistence: the only package that imports SQLAlchemy and Alembic."""
