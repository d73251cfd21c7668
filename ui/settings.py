"""Every setting Fieldplan keeps in QSettings, declared once (after Picard's options.py + config_upgrade.py).

An `Option` has a key, a type, a default and a scope:
- MACHINE: this computer's screen and habits (window geometry, splitter, hidden columns, idle lock);
- PROFILE: what belongs to one profile (its sync server, server user, last sync, last participant), stored
  under `profiles/<profile id>/…` so two profiles on one laptop never see each other's (issue 11: a
  never-synced profile showed another's last sync, synced automatically to its server, and F6 asked to
  sign in there).

`Settings(store, profile_id)` reads and writes typed values; `UPGRADES` bring an older file up to
`VERSION` once, when it is first opened. No other module spells a settings key.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QByteArray, QSettings

from ui.widgets.lock_view import DEFAULT_IDLE_MINUTES

log = logging.getLogger("fieldplan.ui")

MACHINE, PROFILE = "machine", "profile"
VERSION_KEY = "settings/version"
VERSION = 2


@dataclass(frozen=True)
class Option:
    key: str
    type: type
    default: Any
    scope: str
    title: str = ""


OPTIONS: dict[str, Option] = {}


def _option(key: str, type_: type, default: Any, scope: str, title: str = "") -> Option:
    if key in OPTIONS:
        raise ValueError(f"setting {key} is declared twice")
    OPTIONS[key] = option = Option(key, type_, default, scope, title)
    return option


WINDOW_GEOMETRY = _option("window/geometry", QByteArray, None, MACHINE)
WINDOW_SPLITTER = _option("window/splitter", QByteArray, None, MACHINE)
#: where the plan tabs' own splitters were left, per tab (issue 16: splitters remember their place)
PLAN_SPLITTERS = {name: _option(f"window/splitter_{name}", QByteArray, None, MACHINE) for name in ("goals", "steps", "log")}
HIDDEN_COLUMNS = _option("caseload/hidden_columns", list, None, MACHINE, "Caseload columns hidden (None: the default set)")
IDLE_MINUTES = _option("lock/idle_minutes", int, DEFAULT_IDLE_MINUTES, MACHINE, "Lock the window after this many idle minutes")
#: "" follows the system's language; "en" or "es" (app/i18n.LANGUAGES) is the caseworker's choice (issue 15)
UI_LANGUAGE = _option("ui/language", str, "", MACHINE, "Language of the window (empty: the system's)")
LAST_PARTICIPANT = _option("window/last_participant", str, "", PROFILE, "The participant open when the window closed")
SYNC_SERVER_URL = _option("sync/server_url", str, "", PROFILE, "Sync server")
SYNC_SERVER_USER = _option("sync/server_user", str, "", PROFILE, "Server user name (empty: the same as here)")
SYNC_INTERVAL_MINUTES = _option("sync/interval_minutes", int, 15, PROFILE, "Sync automatically every N minutes (0: never)")
LAST_SYNC = _option("sync/last_sync", str, "", PROFILE, "When this profile last synced (ISO time)")


def _to_type(option: Option, raw: Any) -> Any:
    """QSettings' INI files give strings back; the native backends give the stored type."""
    if raw is None:
        return option.default
    try:
        if option.type is int:
            return int(raw)
        if option.type is str:
            return str(raw)
        if option.type is list:
            if raw in ("", "none"):  # an empty list is stored as "none" (INI files drop empty lists)
                return []
            return list(raw) if isinstance(raw, (list, tuple)) else [str(raw)]
        if option.type is QByteArray:
            return raw if isinstance(raw, QByteArray) else QByteArray(raw)
    except (TypeError, ValueError):
        log.warning("setting %s has an unreadable value; using its default", option.key)
        return option.default
    return raw


def _from_type(option: Option, value: Any) -> Any:
    if option.type is list:
        return list(value) or "none"
    return value


def _profile_key(profile_id: str, key: str) -> str:
    return f"profiles/{profile_id}/{key}"


def _upgrade_to_2(store: QSettings, profile_id: str | None) -> None:
    """Version 1 kept the sync server, user, last sync and last participant for every profile at once.
    They move to the profile that opens first after the update: on a laptop with one profile that is its
    own; a second profile then starts with none of them, rather than with another profile's."""
    if profile_id is None:
        return
    for option in OPTIONS.values():
        if option.scope == PROFILE and store.contains(option.key):
            store.setValue(_profile_key(profile_id, option.key), store.value(option.key))
            store.remove(option.key)


#: version reached → the step that reaches it from the one before (Picard's config_upgrade)
UPGRADES: dict[int, Callable[[QSettings, str | None], None]] = {2: _upgrade_to_2}


def upgrade(store: QSettings, profile_id: str | None) -> None:
    version = int(store.value(VERSION_KEY, 1) or 1)
    if version >= VERSION or profile_id is None:  # the profile-keyed step needs a profile to land in
        return
    for target in range(version + 1, VERSION + 1):
        UPGRADES[target](store, profile_id)
        log.info("settings upgraded to version %d", target)
    store.setValue(VERSION_KEY, VERSION)


def settings_file(path) -> QSettings:
    """A settings store in the INI file at `path` rather than the system's own place: for tests, benches and
    the screenshots, which must not read or change the caseworker's settings."""
    return QSettings(str(path), QSettings.Format.IniFormat)


def use_files_in(folder) -> None:
    """Every default QSettings() of this process keeps its file in `folder` (the screenshots' throwaway run)."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))


class Settings:
    """Typed access to the declared options for one profile on this machine."""

    def __init__(self, store: QSettings | None = None, profile_id: str | None = None):
        self.store = store if store is not None else QSettings()
        self.profile_id = profile_id
        upgrade(self.store, profile_id)

    @classmethod
    def for_profile(cls, store: "QSettings | Settings | None", data_dir) -> "Settings":
        """The settings of the profile in `data_dir` (a Settings passed in is used as it is)."""
        if isinstance(store, Settings):
            return store
        from app.profile_folder import profile_id

        return cls(store, profile_id(data_dir) if data_dir is not None else None)

    @classmethod
    def in_file(cls, path, data_dir=None) -> "Settings":
        """The settings of the profile in `data_dir` (machine options only when None), kept in `path`."""
        return cls.for_profile(settings_file(path), data_dir)

    def _key(self, option: Option) -> str:
        if option.scope == MACHINE:
            return option.key
        if self.profile_id is None:
            raise ValueError(f"setting {option.key} belongs to a profile, and none is open")
        return _profile_key(self.profile_id, option.key)

    def get(self, option: Option) -> Any:
        return _to_type(option, self.store.value(self._key(option)))

    def set(self, option: Option, value: Any) -> None:
        self.store.setValue(self._key(option), _from_type(option, value))

    def is_set(self, option: Option) -> bool:
        return self.store.contains(self._key(option))

    def stored(self, option: Option) -> Any:
        """The raw value in the store, as another process would read it back (tests of persistence)."""
        return self.store.value(self._key(option))
