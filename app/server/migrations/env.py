"""Alembic environment of the server's schema (app/server/migrate.py hands in the connection).

Its own version table, srv_alembic_version, so it never meets the laptop's chain (db/migrations).
"""
from alembic import context

from app.server.migrate import VERSION_TABLE, full_metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=full_metadata(), version_table=VERSION_TABLE,
                  render_as_batch=connection.dialect.name == "sqlite", compare_type=True)
with context.begin_transaction():
    context.run_migrations()
