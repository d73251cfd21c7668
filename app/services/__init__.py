"""One module per concern. Every function takes a UserContext first; every write is one transaction
that validates, writes, appends the Update Log and the sync outbox (db.changes.ChangeRecorder)."""
