"""Opening an up-to-date profile skips alembic (~0.2 s of start-up); a stale one still migrates."""
from __future__ import annotations

import subprocess
import sys
import textwrap

from db import migrate


def test_the_quick_head_is_alembics_head():
    assert migrate._quick_head() == migrate.head_revision()


def test_opening_an_up_to_date_profile_does_not_import_alembic(tmp_path):
    from app.profile import create_profile

    create_profile(tmp_path / "p", "admin", "correct-horse-battery", passphrase="a-long-passphrase").close()
    code = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from app.profile import open_profile
        ws = open_profile(Path({str(tmp_path / 'p')!r}), "a-long-passphrase")
        ws.close()
        print("alembic" in sys.modules)
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=".")
    assert out.stdout.strip() == "False"


def test_a_profile_behind_head_is_still_migrated(tmp_path):
    from sqlalchemy import text

    from db.engine import open_engine

    engine = open_engine(tmp_path / "old.db", None)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)"))
        conn.execute(text("INSERT INTO alembic_version VALUES ('0000')"))
    assert not migrate._at_head_quickly(engine)
    engine.dispose()
