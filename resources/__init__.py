"""Static resources: catalogs, fonts, icons, the style sheet."""
from pathlib import Path

ROOT = Path(__file__).parent


def path(name: str) -> Path:
    return ROOT / name
