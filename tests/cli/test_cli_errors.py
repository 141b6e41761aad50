"""The command line never shows a traceback: one line on stderr, a meaningful exit code, nothing written."""

from __future__ import annotations

import json
import subprocess
import sys


def run(*args: str, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "workflow", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=60)


def test_missing_sqlite_file_is_one_line_and_creates_nothing(tmp_path):
    target = tmp_path / "absent" / "office.db"
    result = run("--db", str(target), "show", "X-2026-0001")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "disclosure init" in result.stderr
    assert not target.parent.exists()


def test_unreachable_database_is_one_line_exit_1(tmp_path):
    result = run("--db", "postgresql://nobody@127.0.0.1:9/none", "list")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("错误: 无法访问数据库")
    assert len(result.stderr.strip().splitlines()) == 1


def test_bad_input_exits_2_and_names_what_is_allowed(tmp_path):
    db = tmp_path / "office.db"
    assert run("--db", str(db), "init").returncode == 0
    assert run("--db", str(db), "agency", "add", "A", "--name", "某局").returncode == 0
    result = run("--db", str(db), "user", "add", "u", "--agency", "A", "--role", "boss")
    assert result.returncode == 2
    assert "clerk" in result.stderr and "head" in result.stderr
    assert "Traceback" not in result.stderr


def test_agency_add_refuses_a_case_number_prefix_already_in_use(tmp_path):
    db = tmp_path / "office.db"
    assert run("--db", str(db), "init").returncode == 0
    assert run("--db", str(db), "agency", "add", "A", "--name", "甲局", "--prefix", "甲").returncode == 0
    result = run("--db", str(db), "agency", "add", "B", "--name", "乙局", "--prefix", "甲")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "甲" in result.stderr and "agency A" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    listed = run("--db", str(db), "--json", "agency", "list")
    assert [a["code"] for a in json.loads(listed.stdout)] == ["A"]
