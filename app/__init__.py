"""The domain: services, rules, reminders, reports, security, sync client, CLI. No Qt here."""

#: the one place the version is written (pyproject reads it; `fieldplan --version`, Help ▸ About)
__version__ = "0.1.0"
