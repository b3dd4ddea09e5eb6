"""The error types that cross layers: raised in the core or a role, shown by the CLI and the UI.

Each message is written for the user (one sentence, naming the file, row or value), so a
caller only prints it. Errors that belong to one module and its callers (``StoreError``,
``PackageError``) stay with that module.
"""

from __future__ import annotations


class ExportError(Exception):
    """An export that could not be written; the message is for the user."""


class RoleError(Exception):
    """A role id that does not exist, or a template folder that cannot be read."""


class RoleDataError(Exception):
    """Role data (a data set, a register, a brief) that cannot be used; the message says why and where."""


class Cancelled(Exception):
    """The user stopped a long task; it ends where it was and leaves nothing half-done behind.

    Raised by ``core.progress.Progress.report`` and ``check`` once the user cancelled, so any
    long function stops at its next report without knowing who asked.
    """
