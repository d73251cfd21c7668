"""A profile folder's fixed names and its id: what both start-up steps need, importing nothing of ours but
app.errors (app/profile.py imported these from app/startup.py, which imports app/profile.py: a circle)."""
from __future__ import annotations

from pathlib import Path

from app.errors import CannotUnlock

DB_FILE = "fieldplan.db"
PROFILE_FILE = "profile.json"


def default_data_dir() -> Path:
    """$FIELDPLAN_DATA_DIR, else the platform's user data folder."""
    import os

    import platformdirs

    env = os.environ.get("FIELDPLAN_DATA_DIR")
    return Path(env) if env else Path(platformdirs.user_data_dir("Fieldplan", "Fieldplan"))


def profile_exists(data_dir: Path) -> bool:
    return (data_dir / PROFILE_FILE).exists() and (data_dir / DB_FILE).exists()


def profile_id(data_dir: Path) -> str:
    import json

    try:
        return json.loads((data_dir / PROFILE_FILE).read_text())["profile_id"]
    except (OSError, ValueError, KeyError) as exc:
        raise CannotUnlock(f"{data_dir} is not a Fieldplan profile folder.") from exc
