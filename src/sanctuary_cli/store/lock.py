"""One ingest at a time per store.

SQLite already keeps each article's transaction whole when two processes
write, but two ingests into one store would analyse the same new articles
twice and race to replace each other's rows. So an ingest holds an exclusive
lock on a file beside the store (``sanctuary.db.lock``) for its whole run, and
a second one is refused with a message naming the first. Queries never take it.

The lock is a POSIX record lock (``fcntl.lockf``): the system drops it when
the process ends, however it ends (even SIGKILL), so there is never a stale
lock to clean up, and worker processes forked later do not inherit it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType

from sanctuary_cli.errors import StoreError


def lock_path(store: Path) -> Path:
    return store.with_name(store.name + ".lock")


class IngestLock:
    """The exclusive right to ingest into one store; release it (or use ``with``) when done."""

    def __init__(self, store: Path) -> None:
        self.path = lock_path(store)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._fd: int | None = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            # mkdir says "File exists" when a file stands where a folder of the path should be.
            reason = "a file is in the way of its folder" if isinstance(exc, FileExistsError) else exc.strerror
            raise StoreError(f"cannot create the store at {store}: {reason or exc}") from exc
        if not _try_lock(self._fd):
            holder = _read_pid(self._fd)
            os.close(self._fd)
            self._fd = None
            who = f"another ingest (process {holder})" if holder else "another ingest"
            raise StoreError(f"{who} is writing to {store}; wait for it to finish, or use another --store")
        os.ftruncate(self._fd, 0)
        os.write(self._fd, f"{os.getpid()}\n".encode())

    def release(self) -> None:
        """Let the next ingest in. The file stays: removing it would race with one opening it."""
        if self._fd is not None:
            os.close(self._fd)  # closing drops the process's lock
            self._fd = None

    def __enter__(self) -> IngestLock:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()


if sys.platform == "win32":  # pragma: no cover - the store's own transactions still keep articles whole

    def _try_lock(fd: int) -> bool:
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:

    def _try_lock(fd: int) -> bool:
        import fcntl

        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:  # EACCES or EAGAIN: another process holds it
            return False
        return True


def _read_pid(fd: int) -> str | None:
    """The process id the holder wrote, if it is there to read."""
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        text = os.read(fd, 32).decode("ascii", "replace").strip()
    except OSError:
        return None
    return text if text.isdigit() else None
