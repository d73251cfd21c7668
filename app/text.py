"""Text helpers for people's names."""
from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Lower-case without accents: "José Ñúñez" → "jose nunez", so a search typed without accents finds it."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
