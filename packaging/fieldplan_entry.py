"""The bundle's entry point. `freeze_support()` runs before anything else: a spawned child (the caseload
export's worker) re-runs this file, and without it every child opened a new unlock window."""
import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from ui.launcher import main

    sys.exit(main())
