"""Files are written atomically: a process killed with SIGKILL in the middle of writing
leaves the previous file intact (and no half-written file under the real name)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from consistency.fileio import write_atomic

CHILD = """
import sys
from consistency.fileio import write_atomic
target = sys.argv[1]
print("ready", flush=True)
write_atomic(target, b"N" * (400 * 1024 * 1024))  # long enough to be killed mid-write
print("done", flush=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.parametrize("delay", [0.05, 0.3])
def test_sigkill_mid_write_keeps_previous_file(tmp_path, delay):
    target = tmp_path / "report.json"
    previous = b'{"previous": true}\n'
    write_atomic(target, previous)
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(target)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout.readline().strip() == "ready"
    time.sleep(delay)
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    assert target.read_bytes() == previous
    leftovers = [p.name for p in tmp_path.iterdir() if p.name != "report.json"]
    assert all(name.startswith(".report.json.") and name.endswith(".tmp") for name in leftovers)


CHILD_AT_FSYNC = """
import os, sys, time
from consistency import fileio
target = sys.argv[1]
real_fsync = os.fsync
def fsync_then_wait(fd):
    real_fsync(fd)
    print("written", flush=True)  # every byte is in the temporary file; rename is next
    time.sleep(60)
fileio.os.fsync = fsync_then_wait
fileio.write_atomic(target, b"N" * 1_000_000)
"""


def test_sigkill_between_write_and_rename(tmp_path):
    target = tmp_path / "report.json"
    previous = b"old\n"
    write_atomic(target, previous)
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD_AT_FSYNC, str(target)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout.readline().strip() == "written"
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    assert target.read_bytes() == previous
    (tmp,) = [p for p in tmp_path.iterdir() if p.name != "report.json"]
    assert tmp.stat().st_size == 1_000_000  # the new bytes never took the real name


def test_write_replaces_and_keeps_permissions_readable(tmp_path):
    target = tmp_path / "out" / "a.txt"
    write_atomic(target, "one")
    write_atomic(target, "two")
    assert target.read_text() == "two"
    assert target.stat().st_mode & 0o044  # readable by others (not mkstemp's 0600)
    assert [p.name for p in target.parent.iterdir()] == ["a.txt"]
