"""``disclosure scheduler`` stops cleanly on SIGTERM (systemd) and SIGINT (Ctrl+C), whenever the
signal comes: the process exits 0 and gives its lease up, so a standby takes over at once.

A signal during start-up once hung the process for ever: the handler shut APScheduler down on the
main thread while that thread held the thread pool's lock (it was submitting the first jobs). The
signals here come right after the process took the lease, when it is starting its jobs.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time

import pytest
import yaml
from helpers import make_world

from workflow.scheduling.lease import Lease
from workflow.store.repository import aware, utcnow


def _spawn(db_url: str, tmp_path, holder: str) -> subprocess.Popen:  # noqa: ANN001
    cfg = tmp_path / "settings.yaml"
    cfg.write_text(yaml.safe_dump({"channels": {"default": "file", "file": {"folder": str(tmp_path / "mail")}}}),
                   encoding="utf-8")
    return subprocess.Popen(
        [sys.executable, "-m", "workflow", "--db", db_url, "--config", str(cfg), "scheduler", "--quiet",
         "--holder", holder],
        cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )


def _lease_held_by(engine, holder: str) -> bool:  # noqa: ANN001
    row = Lease.current(engine)
    return bool(row and row["holder"] == holder and aware(row["expires_at"]) > utcnow())


@pytest.mark.parametrize(("stop", "after"), [(signal.SIGTERM, 0.0), (signal.SIGTERM, 0.05), (signal.SIGINT, 0.2)])
def test_a_stop_signal_at_start_up_ends_the_process_and_gives_the_lease_up(engine, db_url, tmp_path, stop, after):
    make_world(engine)
    process = _spawn(db_url, tmp_path, "A")
    try:
        deadline = time.monotonic() + 30
        while not _lease_held_by(engine, "A"):
            assert process.poll() is None, process.communicate()[1].decode(errors="replace")
            assert time.monotonic() < deadline, "the scheduler never took the lease"
            time.sleep(0.02)
        time.sleep(after)
        process.send_signal(stop)
        assert process.wait(15) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(10)
    assert process.stderr.read().decode(errors="replace") == ""
    assert not _lease_held_by(engine, "A")
