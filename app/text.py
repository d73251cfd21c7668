"""Text helpers for people's names: finding them by any spelling, sorting them as a person expects."""
from __future__ import annotations

import unicodedata

from anyascii import anyascii

#: letters whose everyday US spelling is two letters (Serbian/Croatian đ → dj, German ü → ue…): a name
#: holding one is also found by that spelling, besides the single letter the transliteration gives
_TWO_LETTER_SPELLINGS = str.maketrans({
    "đ": "dj", "Đ": "Dj", "ä": "ae", "Ä": "Ae", "ö": "oe", "Ö": "Oe", "ü": "ue", "Ü": "Ue", "ø": "oe", "Ø": "Oe",
    "å": "aa", "Å": "Aa",
})


class _AsciiTable(dict):
    """Code point → anyascii's spelling, filled as letters are met: `str.translate` then folds a name
    in C (calling anyascii on a whole name costs ~25 µs; 10,000 names are folded before the first paint)."""

    def __missing__(self, code: int) -> str:
        value = self[code] = anyascii(chr(code))
        return value


_ASCII = _AsciiTable()


def fold(text: str) -> str:
    """What a US keyboard types for `text`, lower-case: "José Ñúñez" → "jose nunez", "Łukasz" →
    "lukasz", "Søren" → "soren", "Đorđe" → "dorde". The transliteration is anyascii's (ISC licence,
    every Unicode letter, kept up to date), not a hand table, applied letter by letter as anyascii does."""
    text = text or ""
    return text.casefold() if text.isascii() else text.translate(_ASCII).casefold()


def spellings(text: str) -> str:
    """`fold(text)` plus the two-letter spellings of its words where they differ ("Đorđe Müller" →
    "dorde muller djordje mueller"): what a caseload search key holds."""
    folded = fold(text)
    alternate = fold((text or "").translate(_TWO_LETTER_SPELLINGS))
    if alternate == folded:
        return folded
    words = folded.split()
    return " ".join(words + [w for w in alternate.split() if w not in words])


def name_sort_key(text: str) -> tuple[str, str]:
    """Names in the order of the Unicode Collation Algorithm's root collation, as a person expects:
    Ángel with the A's, Çelik with the C's, Łukasz with the L's; then unaccented before accented
    ("Angel" before "Ángel"). The primary key is the transliteration (cheap enough to sort 25,000 names
    before the first paint, where a full UCA key costs ~0.4 s); tests/app/test_name_search.py checks the
    order agrees with pyuca's UCA implementation."""
    return fold(text), unicodedata.normalize("NFD", (text or "").casefold())


def storable(text: str) -> bool:
    """Text PostgreSQL can keep: no NUL and no lone UTF-16 surrogate (SQLite keeps both; the server refuses them)."""
    if "\x00" in text:
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
