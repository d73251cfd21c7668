"""Storage: SQLAlchemy models, the encrypted engine, migrations and change capture.

Imports nothing from app/ or ui/.
"""
