"""Before Qt starts: the system libraries it needs, each named with the Debian/Ubuntu package to install.

Without them Qt aborts ("Could not load the Qt platform plugin "xcb"… Aborted (core dumped)") or the
import fails with a loader error; a caseworker gets one plain sentence instead (README, "For caseworkers").
Nothing here imports Qt: the checks run before PySide6's libraries are loaded.
"""
from __future__ import annotations

import os
import re
import sys
from pathlib import Path

#: shared library → the Debian/Ubuntu package that provides it (README lists the same)
DEBIAN_PACKAGES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
}
#: the packages README lists for a plain Debian/Ubuntu desktop
README_PACKAGES = ("libegl1", "libfontconfig1", "libxkbcommon-x11-0", "libxcb-cursor0", "libxcb-icccm4", "libxcb-image0",
                   "libxcb-keysyms1", "libxcb-render-util0", "libxcb-shape0", "libxcb-xkb1")

#: the loader's words for a library it cannot use: missing, or present but broken ("file too short")
_MISSING = re.compile(r"(lib[\w+-]+(?:\.[\w+-]+)*?\.so(?:\.\d+)*): (?:cannot open shared object file|file too short|"
                      r"invalid ELF header|wrong ELF class)")


class MissingSystemLibrary(RuntimeError):
    """Qt cannot start here; the message is one sentence naming what to install."""


def missing_library_sentence(library: str) -> str:
    package = DEBIAN_PACKAGES.get(library)
    install = f"install the package {package} (sudo apt install {package})" if package else \
        "install it with your system's package manager"
    return f"Fieldplan cannot start: the system library {library} is missing; {install} and start Fieldplan again."


def explain_loader_error(error: BaseException) -> str | None:
    """The sentence for an ImportError/OSError raised because a shared library is missing, else None."""
    found = _MISSING.search(str(error))
    return missing_library_sentence(found.group(1)) if found else None


def platform_name(environ=os.environ) -> str:
    """The Qt platform plugin Qt will pick on Linux (QT_QPA_PLATFORM, else wayland or xcb)."""
    chosen = environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if chosen:
        return chosen
    if environ.get("XDG_SESSION_TYPE") == "wayland" and environ.get("WAYLAND_DISPLAY"):
        return "wayland"
    return "xcb"


def qt_plugins_dir() -> Path | None:
    """PySide6's plugins folder, found without importing PySide6 (in the bundle too)."""
    import importlib.util

    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    for root in spec.submodule_search_locations:
        for candidate in (Path(root) / "Qt" / "plugins", Path(root) / "plugins"):
            if candidate.is_dir():
                return candidate
    return None


def check_platform(environ=os.environ, plugins: Path | None = None, connect_display=None) -> None:
    """Raise MissingSystemLibrary when Qt's platform plugin cannot load here (Linux only);
    `connect_display(display) -> bool` also checks that the X display answers."""
    if not sys.platform.startswith("linux"):
        return
    name = platform_name(environ)
    if name == "xcb" and not environ.get("DISPLAY"):
        raise MissingSystemLibrary("Fieldplan cannot start: no graphical desktop was found (DISPLAY is not set); "
                                   "start it from a desktop session.")
    plugins = plugins if plugins is not None else qt_plugins_dir()
    plugin = plugins / "platforms" / f"libq{name}.so" if plugins else None
    if plugin is None or not plugin.exists():
        return
    import ctypes

    try:  # loading the plugin resolves every library it needs; the loader names the first one missing
        ctypes.CDLL(str(plugin), mode=os.RTLD_LAZY | os.RTLD_LOCAL)
    except OSError as error:
        sentence = explain_loader_error(error)
        if sentence:
            raise MissingSystemLibrary(sentence) from None
    if name == "xcb" and connect_display is not None and not connect_display(environ["DISPLAY"]):
        raise MissingSystemLibrary(f"Fieldplan cannot start: it cannot open the display {environ['DISPLAY']}; "
                                   "start it from a desktop session.")


def xcb_display_opens(display: str) -> bool:
    """True when an X server answers on `display` (Qt aborts the process when none does)."""
    import ctypes

    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return True  # the plugin check above names the library
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connection_has_error.argtypes = xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        return xcb.xcb_connection_has_error(connection) == 0
    finally:
        xcb.xcb_disconnect(connection)
