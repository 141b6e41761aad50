"""``--json`` goes before or after the subcommand, and with it an error is one JSON object on stderr
with the exit code the same error has in text."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest


def run(db, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "workflow", "--db", str(db), *args], capture_output=True,
                          text=True, timeout=60)


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    db = tmp_path_factory.mktemp("json") / "office.db"
    assert run(db, "init").returncode == 0
    assert run(db, "agency", "add", "A", "--name", "甲局", "--prefix", "甲").returncode == 0
    assert run(db, "user", "add", "wang", "--agency", "A", "--role", "clerk").returncode == 0
    return db


def test_json_after_the_subcommand_means_the_same_as_before_it(office):
    before, after = run(office, "--json", "agency", "list"), run(office, "agency", "list", "--json")
    assert after.returncode == 0, after.stderr
    assert json.loads(after.stdout) == json.loads(before.stdout)
    nested = run(office, "user", "list", "--json")
    assert nested.returncode == 0 and isinstance(json.loads(nested.stdout), list)


@pytest.mark.parametrize(("args", "code", "field"), [
    (("show", "甲-2026-0009"), "not_found", None),
    (("list", "--limit", "-1"), "usage", "limit"),
    (("register", "--as", "wang", "--agency", "A", "--channel", "online", "--submitted", "2026-03-02",
      "--applicant-type", "natural_person", "--applicant-name", "李四", "--subject", "x", "--on", "2026-03-02"),
     "invalid", "confirmed"),
])
def test_an_error_is_json_on_stderr_with_the_exit_code_of_the_text_error(office, args, code, field):
    text = run(office, *args)
    for placed in (("--json", *args), (*args, "--json")):
        result = run(office, *placed)
        assert result.returncode == text.returncode == 2
        assert result.stdout == ""
        error = json.loads(result.stderr)["error"]
        assert error["code"] == code and error["field"] == field
        assert error["message"] and "\n" not in error["message"]
    assert text.stderr.startswith(("错误", "Usage"))


def test_an_unreachable_database_is_a_json_error_with_exit_1():
    result = run("postgresql://nobody@127.0.0.1:9/none", "list", "--json")
    assert result.returncode == 1
    assert json.loads(result.stderr)["error"]["code"] == "database_unavailable"
