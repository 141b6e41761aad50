"""The commands a clerk runs most import only what they use: no Word, Excel, scheduler, web stack or
settings schema unless a docx is written, the scheduler or the web application runs, or a
``--config`` file is checked. Read from ``python -X importtime`` of real command-line runs."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CASE = "罗应急-2026-0001"
HEAVY = {"docx", "openpyxl", "apscheduler", "fastapi", "starlette", "uvicorn", "pydantic", "lxml"}
REGISTER = ["register", "--as", "wangfang", "--agency", "LZYJ", "--channel", "in_person", "--submitted",
            "2026-11-02", "--applicant-type", "natural_person", "--applicant-name", "张三", "--subject",
            "某项目环评批复", "--on", "2026-11-04"]
_IMPORTED = re.compile(r"^import time:\s+\d+ \|\s+\d+ \| +(\S+)$")


def run(db: Path, *args: str) -> tuple[subprocess.CompletedProcess, set[str]]:
    """Run the command line; returns the process and the top-level packages it imported."""
    env = {**os.environ, "DISCLOSURE_DATABASE_URL": str(db), "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-X", "importtime", "-m", "workflow", *args], capture_output=True,
                            text=True, env=env, cwd=db.parent, timeout=120)
    packages = {m.group(1).split(".")[0] for line in result.stderr.splitlines() if (m := _IMPORTED.match(line))}
    return result, packages


@pytest.fixture(scope="module")
def office(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("startup") / "office.db"
    for args in (["init"],
                 ["agency", "add", "LZYJ", "--name", "临沂市罗庄区应急管理局", "--prefix", "罗应急",
                  "--reconsideration-body", "临沂市罗庄区人民政府"],
                 ["user", "add", "wangfang", "--agency", "LZYJ", "--role", "clerk"]):
        result, _ = run(db, *args)
        assert result.returncode == 0, result.stderr[-500:]
    return db


CLERK_COMMANDS = {
    "register": REGISTER,  # owes the acknowledgement letter, made at once
    "triggers": ["triggers", CASE, "--as", "wangfang"],
    "fire": ["fire", CASE, "accept", "--as", "wangfang", "--on", "2026-11-05"],
    "list": ["list"],
    "show": ["show", CASE],
}


def test_the_clerks_commands_import_no_word_excel_scheduler_or_web(office):
    for name, args in CLERK_COMMANDS.items():  # in this order: each needs the one before
        result, packages = run(office, *args)
        assert result.returncode == 0, f"{name}: {result.stderr[-500:]}"
        assert "workflow" in packages and "click" in packages  # the reading itself works
        assert packages & HEAVY == set(), name


def test_writing_a_word_letter_does_import_python_docx(office):
    run(office, *REGISTER)  # one case at least (the first test may not have run)
    result, packages = run(office, "letter", CASE, "acknowledgement", "--format", "docx", "--output",
                           str(office.parent / "ack.docx"))
    assert result.returncode == 0, result.stderr[-500:]
    assert "docx" in packages and "openpyxl" not in packages
