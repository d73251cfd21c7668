"""The central sync server (FastAPI over SQLAlchemy Core; SQLite by default, PostgreSQL in production)."""
