"""The Qt part of `fieldplan --self-check` (app/self_check.py has no Qt): no display needed."""
from __future__ import annotations

import os
import sys


def check_qt() -> str:
    """Qt loads, the offscreen platform plugin starts and takes the bundled font, and on Linux the desktop's
    platform plugin (xcb/wayland) finds every system library it needs."""
    from ui.platform_libs import MissingSystemLibrary, check_platform, explain_loader_error, platform_name

    try:
        from PySide6.QtGui import QFontDatabase, QGuiApplication
    except ImportError as error:
        raise RuntimeError(explain_loader_error(error) or str(error)) from None
    from resources import path

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0], "-platform", "offscreen"])
    if not QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(path("fonts/DejaVuSans.ttf")))):
        raise RuntimeError("Qt cannot load the bundled DejaVu font")
    native = ""
    if sys.platform.startswith("linux"):
        env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
        env.setdefault("DISPLAY", ":0")  # only the libraries are checked: no display is opened
        try:
            check_platform(env)
        except MissingSystemLibrary as error:
            raise RuntimeError(str(error)) from None
        native = f"; the {platform_name(env)} plugin's libraries are present"
    return f"{app.platformName()} started{native}"
