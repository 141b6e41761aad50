"""The README's "A clerk's day on the command line" runs as written, on whatever day the tests run."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

README = Path(__file__).resolve().parents[2] / "README.md"


def clerks_day() -> str:
    text = README.read_text(encoding="utf-8")
    section = text.split("## A clerk's day on the command line", 1)[1]
    return re.search(r"```bash\n(.*?)```", section, re.S).group(1)


def test_the_readme_clerks_day_runs_as_written(tmp_path):
    script = clerks_day().replace("export DISCLOSURE_DATABASE_URL=office.db", "")
    assert "disclosure register" in script and "disclosure fire" in script
    prelude = f'set -euo pipefail\ndisclosure() {{ "{sys.executable}" -m workflow "$@"; }}\n'
    env = {**os.environ, "DISCLOSURE_DATABASE_URL": str(tmp_path / "office.db"),
           "PYTHONPATH": str(README.parent)}
    result = subprocess.run(["bash", "-c", prelude + script], capture_output=True, text=True, cwd=tmp_path,
                            env=env, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "罗应急-2026-0001" in result.stdout and "Traceback" not in result.stderr
