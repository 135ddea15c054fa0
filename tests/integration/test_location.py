"""classify_location: local disks, network shares, removable media, sync folders."""

from __future__ import annotations

import ctypes
import sys
from pathlib import Path

import pytest

from portfolio_app.storage.location import LocationRisk, classify_location, parse_mounts

LOCAL = LocationRisk.LOCAL
NETWORK = LocationRisk.NETWORK
REMOVABLE = LocationRisk.REMOVABLE
CLOUD = LocationRisk.CLOUD_SYNC

MOUNTS = """\
/dev/vda / ext4 rw,relatime 0 0
proc /proc proc rw 0 0
tmpfs /tmp tmpfs rw,nosuid 0 0
server:/export /home/anna/nfs nfs4 rw,relatime 0 0
server:/old /srv/old nfs rw 0 0
//nas/team /srv/team cifs rw 0 0
//nas/smb3 /srv/smb3 smb3 rw 0 0
anna@host:/data /home/anna/remote fuse.sshfs rw 0 0
gvfsd-fuse /run/user/1000/gvfs fuse.gvfsd-fuse rw 0 0
drvfs /mnt/c 9p rw 0 0
/dev/sdb1 /media/anna/STICK vfat rw 0 0
/dev/sdc1 /run/media/anna/Backup\\040Disk exfat rw 0 0
/dev/sdd1 /mnt/usb ext4 rw 0 0
/dev/sde1 /mnt ext4 rw 0 0
tmpfs /mnt/ram tmpfs rw 0 0
/dev/vdb /home/anna/nfs/local-inside ext4 rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/home/anna/portfolio.sqlite3", LOCAL),
        ("/tmp/portfolio.sqlite3", LOCAL),
        ("/home/anna/nfs/portfolio.sqlite3", NETWORK),
        ("/home/anna/nfs/deep/er/portfolio.sqlite3", NETWORK),
        ("/srv/old/portfolio.sqlite3", NETWORK),
        ("/srv/team/portfolio.sqlite3", NETWORK),
        ("/srv/smb3/portfolio.sqlite3", NETWORK),
        ("/home/anna/remote/portfolio.sqlite3", NETWORK),
        ("/run/user/1000/gvfs/smb-share:server=nas/portfolio.sqlite3", NETWORK),
        ("/mnt/c/Users/anna/portfolio.sqlite3", NETWORK),
        ("/media/anna/STICK/portfolio.sqlite3", REMOVABLE),
        ("/run/media/anna/Backup Disk/portfolio.sqlite3", REMOVABLE),
        ("/mnt/usb/portfolio.sqlite3", REMOVABLE),
        ("/mnt/portfolio.sqlite3", REMOVABLE),
        ("/mnt/ram/portfolio.sqlite3", LOCAL),
        ("/home/anna/nfs/local-inside/portfolio.sqlite3", LOCAL),  # longest mount wins
        ("/home/anna/Dropbox/portfolio.sqlite3", CLOUD),
        ("/home/anna/Dropbox (Personal)/portfolio.sqlite3", CLOUD),
        ("/home/anna/dropbox/portfolio.sqlite3", CLOUD),
        ("/home/anna/OneDrive - Contoso GmbH/Docs/portfolio.sqlite3", CLOUD),
        ("/home/anna/Google Drive/portfolio.sqlite3", CLOUD),
        ("/Users/anna/Library/CloudStorage/GoogleDrive-anna@example.com/My Drive/p.db", CLOUD),
        ("/Users/anna/Library/Mobile Documents/com~apple~CloudDocs/portfolio.sqlite3", CLOUD),
        ("/Users/anna/iCloud Drive/portfolio.sqlite3", CLOUD),
        ("/home/anna/Box/portfolio.sqlite3", CLOUD),
        ("/home/anna/MEGA/portfolio.sqlite3", CLOUD),
        ("/home/anna/pCloud Drive/portfolio.sqlite3", CLOUD),
        ("/home/anna/Nextcloud/portfolio.sqlite3", CLOUD),
        ("/home/anna/ownCloud/portfolio.sqlite3", CLOUD),
        ("/home/anna/Boxes/portfolio.sqlite3", LOCAL),
        ("/home/anna/Megaphone/portfolio.sqlite3", LOCAL),
        ("/home/anna/nfs/Dropbox/portfolio.sqlite3", NETWORK),  # network decides the journal
        ("/media/anna/STICK/Dropbox/portfolio.sqlite3", REMOVABLE),
    ],
)
def test_locations_are_classified(path: str, expected: LocationRisk) -> None:
    assert classify_location(Path(path), mounts=MOUNTS) == expected


def test_mount_points_with_escaped_spaces_are_read() -> None:
    assert (Path("/run/media/anna/Backup Disk").as_posix(), "exfat") in [
        (point.as_posix(), kind) for point, kind in parse_mounts(MOUNTS)
    ]


def test_without_mount_information_only_the_path_counts() -> None:
    assert classify_location(Path("/media/anna/STICK/p.sqlite3"), mounts="") == LOCAL
    assert classify_location(Path("/home/anna/Dropbox/p.sqlite3"), mounts="") == CLOUD


def test_a_symlink_into_a_sync_folder_is_resolved(tmp_path: Path) -> None:
    synced = tmp_path / "Dropbox"
    synced.mkdir()
    (tmp_path / "data").symlink_to(synced)

    assert classify_location(tmp_path / "data" / "p.sqlite3", mounts="") == CLOUD


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc/mounts")
def test_the_test_folder_is_a_local_disk(tmp_path: Path) -> None:
    assert classify_location(tmp_path / "portfolio.sqlite3") == LOCAL


class _FakeKernel32:
    def __init__(self, kind: int) -> None:
        self.kind = kind
        self.asked: list[str | None] = []

    def GetDriveTypeW(self, root: ctypes.c_wchar_p) -> int:  # noqa: N802 - the Win32 name
        self.asked.append(root.value)
        return self.kind


class _FakeWindll:
    def __init__(self, kind: int) -> None:
        self.kernel32 = _FakeKernel32(kind)


@pytest.mark.parametrize(
    ("drive_type", "expected"), [(2, REMOVABLE), (3, LOCAL), (4, NETWORK), (5, LOCAL)]
)
def test_windows_drive_types_decide(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, drive_type: int, expected: LocationRisk
) -> None:
    fake = _FakeWindll(drive_type)
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(ctypes, "windll", fake, raising=False)

    assert classify_location(tmp_path / "portfolio.sqlite3") == expected
    assert fake.kernel32.asked == [tmp_path.resolve().anchor]
