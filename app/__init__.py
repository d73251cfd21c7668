"""The domain: services, rules, reminders, reports, security, sync client, CLI. No Qt here."""
