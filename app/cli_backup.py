"""`fieldplan backup` and `fieldplan restore` (app/backup.py). The backup passphrase comes from
FIELDPLAN_BACKUP_PASSPHRASE or a prompt; a restored profile where no keyring works is protected by
FIELDPLAN_PASSPHRASE (or a prompt)."""
from __future__ import annotations

from pathlib import Path

from app.cli import EXIT_USAGE, CliError, _passphrase, _secret, sign_in


def cmd_backup(args) -> int:
    from app.backup import back_up

    ctx = sign_in(args)
    try:
        info = back_up(ctx.workspace.data_dir, ctx.workspace.key, Path(args.out),
                       _secret("FIELDPLAN_BACKUP_PASSPHRASE", "Backup passphrase"))
    finally:
        ctx.workspace.close()
    print(f"Backed up the profile to {info.path} ({info.size // 1024} KB). Keep the backup passphrase: "
          "without it the backup cannot be opened.")
    return 0


def cmd_restore(args) -> int:
    from app.backup import restore

    if not args.data_dir:
        raise CliError("give the new profile folder with --data-dir (the backup is never restored over a profile).",
                       EXIT_USAGE)
    folder = Path(args.data_dir)
    restore(Path(args.backup), _secret("FIELDPLAN_BACKUP_PASSPHRASE", "Backup passphrase"), folder,
            profile_passphrase=_passphrase(new=True))
    print(f"Restored {args.backup} into {folder}. Sign in with the users and passwords of the backed-up profile.")
    return 0


def register(sub, common) -> None:
    p = sub.add_parser("backup", parents=[common], help="write an encrypted backup of the whole profile")
    p.add_argument("--out", required=True, help="the backup file to write (.fieldplan-backup)")
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser("restore", parents=[common], help="restore a backup into a new profile folder (--data-dir)")
    p.add_argument("backup", help="the .fieldplan-backup file")
    p.set_defaults(func=cmd_restore)
