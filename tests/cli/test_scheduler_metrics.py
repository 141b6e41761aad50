"""``disclosure scheduler --metrics-port``: the scheduler serves Prometheus metrics on this host."""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.request

from local_servers import free_port


def test_the_scheduler_serves_the_lease_and_the_work_on_its_metrics_port(tmp_path):
    db = tmp_path / "office.db"
    run = [sys.executable, "-m", "workflow", "--db", str(db)]
    assert subprocess.run([*run, "init"], capture_output=True, cwd=tmp_path).returncode == 0
    port = free_port()
    process = subprocess.Popen([*run, "scheduler", "--quiet", "--metrics-port", str(port)], cwd=tmp_path,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        text, deadline = "", time.monotonic() + 60
        while time.monotonic() < deadline and "disclosure_scheduler_lease_renewed" not in text:
            try:
                text = urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=2).read().decode()
            except OSError:
                time.sleep(0.3)
        assert "disclosure_database_up 1.0" in text
        assert "disclosure_scheduler_lease_renewed_timestamp_seconds" in text
    finally:
        process.terminate()
        process.wait(20)
    assert process.returncode == 0  # stopped cleanly, not killed by the signal
