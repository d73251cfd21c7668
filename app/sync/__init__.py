"""The sync client (DESIGN.md, Sync): push the outbox, pull the server's changes, keep every conflict."""
