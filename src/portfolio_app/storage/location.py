"""Where a database file lives: a local disk, or somewhere SQLite cannot protect it.

SQLite's write-ahead log needs shared memory that network file systems do not provide
("WAL does not work over a network filesystem"); removable media get unplugged mid-write;
sync clients upload a database and its sidecars separately and at random moments.
The app opens such files with a rollback journal and the UI warns.
"""

from __future__ import annotations

import ctypes
import enum
import logging
import sys
from pathlib import Path, PurePosixPath

logger = logging.getLogger(__name__)


class LocationRisk(enum.StrEnum):
    """How safe a folder is for a live database."""

    LOCAL = "local"
    NETWORK = "network"
    REMOVABLE = "removable"
    CLOUD_SYNC = "cloud_sync"


# Folder names sync clients create (Zotero's isCloudStorageFolder list, extended).
_CLOUD_NAMES = frozenset(
    {"my drive", "mobile documents", "box", "mega", "cloudstorage", "com~apple~clouddocs"}
)
_CLOUD_PREFIXES = (
    "onedrive",
    "dropbox",
    "google drive",
    "googledrive",
    "icloud drive",
    "icloud~",
    "box sync",
    "megasync",
    "pcloud",
    "nextcloud",
    "owncloud",
)
_NETWORK_TYPES = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "smb",
        "9p",
        "afs",
        "davfs",
        "ncpfs",
        "ceph",
        "glusterfs",
        "lustre",
        "afpfs",
        "webdav",
        "ftp",
    }
)
_NOT_REMOVABLE_TYPES = frozenset({"tmpfs", "ramfs", "overlay", "squashfs", "proc", "sysfs"})
_REMOVABLE_ROOTS = (PurePosixPath("/media"), PurePosixPath("/run/media"), PurePosixPath("/mnt"))
_DRIVE_REMOVABLE = 2
_DRIVE_REMOTE = 4


def classify_location(path: Path, *, mounts: str | None = None) -> LocationRisk:
    """Classify the folder of ``path`` (which need not exist yet).

    Args:
        path: The database file.
        mounts: Text in ``/proc/mounts`` format; read from the system when ``None``
            (Linux). Tests pass a fake.

    Network beats removable beats cloud sync: the first two decide the journal mode.
    """
    resolved = _resolve(path)
    by_mount = _classify_by_mount(resolved, mounts)
    if by_mount is not None:
        return by_mount
    if _is_cloud_synced(resolved):
        return LocationRisk.CLOUD_SYNC
    return LocationRisk.LOCAL


def _resolve(path: Path) -> Path:
    try:
        return path.expanduser().resolve()
    except (OSError, RuntimeError):
        return path.expanduser().absolute()


def _is_cloud_synced(path: Path) -> bool:
    for part in path.parts:
        name = part.casefold().strip()
        if name in _CLOUD_NAMES or name.startswith(_CLOUD_PREFIXES):
            return True
    return False


def _classify_by_mount(path: Path, mounts: str | None) -> LocationRisk | None:
    if mounts is None and sys.platform == "win32":
        return _classify_windows(path)
    if mounts is None and sys.platform == "darwin":
        return _classify_darwin(path)
    if mounts is None:
        mounts = _read_proc_mounts()
    if not mounts:
        return None
    return _classify_posix(PurePosixPath(path.as_posix()), parse_mounts(mounts))


def parse_mounts(text: str) -> list[tuple[PurePosixPath, str]]:
    """(mount point, file-system type) pairs from ``/proc/mounts`` text."""
    found = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            found.append((PurePosixPath(_unescape(fields[1])), fields[2].casefold()))
    return found


def _unescape(field: str) -> str:
    """Undo the octal escapes ``/proc/mounts`` uses for space, tab, newline, backslash."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def _classify_posix(
    path: PurePosixPath, mounts: list[tuple[PurePosixPath, str]]
) -> LocationRisk | None:
    containing = [(point, kind) for point, kind in mounts if path.is_relative_to(point)]
    if not containing:
        return None
    # The longest mount point wins; among equal ones the last mounted (it hides the others).
    point, kind = max(reversed(containing), key=lambda item: len(item[0].parts))
    if kind in _NETWORK_TYPES or kind.startswith(("fuse.", "nfs")):
        return LocationRisk.NETWORK
    if kind not in _NOT_REMOVABLE_TYPES and any(
        point.is_relative_to(root) for root in _REMOVABLE_ROOTS
    ):
        return LocationRisk.REMOVABLE
    return None


def _read_proc_mounts() -> str:
    try:
        return Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _classify_windows(path: Path) -> LocationRisk | None:
    anchor = path.anchor
    if anchor.startswith(("\\\\", "//")) and not anchor.startswith(("\\\\?\\", "\\\\.\\")):
        return LocationRisk.NETWORK  # UNC path: \\server\share\…
    if sys.platform == "win32":  # keeps mypy from checking windll on other platforms
        try:
            kind = ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(anchor))
        except (AttributeError, OSError):
            logger.warning("GetDriveTypeW failed for %s", anchor)
            return None
        if kind == _DRIVE_REMOTE:
            return LocationRisk.NETWORK
        if kind == _DRIVE_REMOVABLE:
            return LocationRisk.REMOVABLE
    return None


def _classify_darwin(path: Path) -> LocationRisk | None:
    kind, local = _darwin_statfs(_existing_ancestor(path))
    if kind in _NETWORK_TYPES or local is False:
        return LocationRisk.NETWORK
    parts = path.parts
    if len(parts) >= 3 and parts[1] == "Volumes":
        volume = Path(*parts[:3])
        if _resolve(volume) != Path("/"):  # /Volumes/Macintosh HD links to the root
            return LocationRisk.REMOVABLE
    return None


def _existing_ancestor(path: Path) -> Path:
    for candidate in (path, *path.parents):
        if candidate.exists():
            return candidate
    return Path("/")


class _DarwinStatfs(ctypes.Structure):
    """``struct statfs`` of macOS with 64-bit inodes (the only layout since 10.6)."""

    _fields_ = (
        ("f_bsize", ctypes.c_uint32),
        ("f_iosize", ctypes.c_int32),
        ("f_blocks", ctypes.c_uint64),
        ("f_bfree", ctypes.c_uint64),
        ("f_bavail", ctypes.c_uint64),
        ("f_files", ctypes.c_uint64),
        ("f_ffree", ctypes.c_uint64),
        ("f_fsid", ctypes.c_int32 * 2),
        ("f_owner", ctypes.c_uint32),
        ("f_type", ctypes.c_uint32),
        ("f_flags", ctypes.c_uint32),
        ("f_fssubtype", ctypes.c_uint32),
        ("f_fstypename", ctypes.c_char * 16),
        ("f_mntonname", ctypes.c_char * 1024),
        ("f_mntfromname", ctypes.c_char * 1024),
        ("f_flags_ext", ctypes.c_uint32),
        ("f_reserved", ctypes.c_uint32 * 7),
    )


_MNT_LOCAL = 0x00001000


def _darwin_statfs(path: Path) -> tuple[str, bool | None]:
    """(file-system type, is local) of the volume holding ``path``; ("", None) if unknown."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        try:
            function = libc["statfs$INODE64"]  # Intel Macs keep the old symbol name too
        except AttributeError:
            function = libc["statfs"]
        result = _DarwinStatfs()
        if function(str(path).encode(), ctypes.byref(result)) != 0:
            return "", None
    except (OSError, AttributeError, TypeError) as error:
        logger.warning("statfs failed for %s: %s", path, error)
        return "", None
    kind = result.f_fstypename.decode(errors="replace").casefold()
    return kind, bool(result.f_flags & _MNT_LOCAL)
