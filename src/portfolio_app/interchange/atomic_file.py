"""Write a whole file or nothing: a temporary file beside the target, then a rename."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` by a file holding ``data``; readers never see a half-written file.

    The new file is owner-only (``mkstemp`` creates it with mode 0600).

    Raises:
        OSError: The folder is missing or not writable, or the disk is full; ``path`` is
            unchanged and no temporary file is left behind.
    """
    descriptor, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    temporary = Path(name)
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
