"""docs/deploy.md and docs/deploy/: what the deployment guide tells IT staff to run is checked here.

systemd units with ``systemd-analyze verify`` and the nginx site with ``nginx -t`` where those tools
are installed (``.ci/run`` installs nginx and sets DISCLOSURE_REQUIRE_DEPLOY_TOOLS, so CI skips
neither); every ``disclosure`` command line against the real command line; the settings block
against the shipped settings; the SQL against PostgreSQL.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import uuid
import warnings
from pathlib import Path

import click
import psycopg
import pytest
import yaml
from conftest import PG_BASE_URL, pg_available

from workflow.cli import cli as disclosure
from workflow.paths import config_dir

DOCS = Path(__file__).resolve().parents[2] / "docs"
GUIDE = (DOCS / "deploy.md").read_text(encoding="utf-8")
UNITS = sorted((DOCS / "deploy").glob("*.service")) + sorted((DOCS / "deploy").glob("*.timer"))
INSTALLED = "/opt/disclosure/venv/bin/disclosure"


def blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", GUIDE, flags=re.S)


def require_tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        if os.environ.get("DISCLOSURE_REQUIRE_DEPLOY_TOOLS"):
            pytest.fail(f"DISCLOSURE_REQUIRE_DEPLOY_TOOLS is set but {name} is not installed")
        pytest.skip(f"{name} is not installed")
    return found


def disclosure_commands() -> list[list[str]]:
    """Every ``disclosure …`` line of the guide's shell blocks and of the units' ExecStart lines."""
    lines = [line for block in blocks("sh") for line in block.splitlines()]
    for unit in UNITS:
        lines += [m.group(1) for m in re.finditer(r"^ExecStart=(.*)$", unit.read_text(), flags=re.M)]
    commands = []
    for line in lines:
        words = shlex.split(line.replace("%%", "%"))
        if "-c" in words:  # /bin/sh -c '…': the command inside
            inner = re.sub(r"\$\([^)]*\)", "STAMP", words[words.index("-c") + 1])  # $(date …) is one word
            words = shlex.split(inner.removeprefix("exec "))
        for stop in ("<", ">", "|", "&&"):  # the command, not what the shell does around it
            words = words[: words.index(stop)] if stop in words else words
        if words and Path(words[0]).name == "disclosure":
            commands.append(words[1:])
    return commands


def test_the_guide_and_the_units_use_only_commands_and_options_that_exist():
    commands = disclosure_commands()
    assert len(commands) >= 10
    for args in commands:
        context = disclosure.make_context("disclosure", list(args))
        group: click.Group = disclosure
        rest = unparsed(context)
        while rest:
            command = group.get_command(context, rest[0])
            assert command is not None, f"unknown command in the guide: disclosure {' '.join(args)}"
            context = command.make_context(rest[0], rest[1:], parent=context)  # raises on a bad option
            if not isinstance(command, click.Group):
                break
            group, rest = command, unparsed(context)


def unparsed(context: click.Context) -> list[str]:
    """What a group left for its subcommand (Click 8 splits it over two attributes, one deprecated)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return [*context.protected_args, *context.args]


def test_the_production_settings_use_only_keys_the_shipped_settings_have():
    shipped = yaml.safe_load((config_dir() / "settings.yaml").read_text(encoding="utf-8"))
    (example,) = [yaml.safe_load(b) for b in blocks("yaml")]

    def unknown(given: dict, known: dict, path: str = "") -> list[str]:
        out = []
        for key, value in given.items():
            if key not in known:
                out.append(path + key)
            elif isinstance(value, dict) and isinstance(known[key], dict):
                out += unknown(value, known[key], f"{path}{key}.")
        return out

    assert unknown(example, shipped) == []


def test_the_systemd_units_verify(tmp_path):
    analyze = require_tool("systemd-analyze")
    executable = Path(sys.executable).with_name("disclosure")
    assert executable.exists(), "the disclosure script is installed beside this Python"
    for unit in UNITS:
        local = tmp_path / unit.name
        local.write_text(unit.read_text().replace(INSTALLED, str(executable)))
    result = subprocess.run([analyze, "verify", *sorted(str(p) for p in tmp_path.iterdir())],
                            capture_output=True, text=True, cwd=tmp_path)
    problems = [line for line in result.stderr.splitlines() if "disclosure" in line]
    assert result.returncode == 0 and problems == [], result.stderr


def test_the_nginx_site_passes_nginx_t(tmp_path):
    nginx = require_tool("nginx")
    cert, key = tmp_path / "fullchain.pem", tmp_path / "privkey.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
                    "/CN=disclosure.example.gov.cn", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True)
    site = (DOCS / "deploy" / "nginx-disclosure.conf").read_text()
    site = site.replace("/etc/disclosure/tls/fullchain.pem", str(cert)).replace(
        "/etc/disclosure/tls/privkey.pem", str(key))
    (tmp_path / "site.conf").write_text(site)
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/error.log;\nevents {{}}\n"
        f"http {{\n  access_log off;\n  include {tmp_path}/site.conf;\n}}\n")
    result = subprocess.run([nginx, "-t", "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "location = /metrics" in site


def test_the_postgresql_role_settings_apply():
    ok, why = pg_available()
    if not ok:
        if os.environ.get("DISCLOSURE_REQUIRE_PG"):
            pytest.fail(why)
        pytest.skip(why)
    (sql,) = blocks("sql")
    role = f"disclosure_{uuid.uuid4().hex[:8]}"
    statements = [s.strip() for s in re.sub(r"--[^\n]*", "", sql).split(";") if s.strip()]
    with psycopg.connect(PG_BASE_URL.replace("postgresql+psycopg://", "postgresql://"), autocommit=True) as conn:
        try:
            for statement in statements:
                if statement.startswith("CREATE DATABASE"):
                    continue  # one database per test run would be left behind; the role's settings are the point
                conn.execute(statement.replace("disclosure", role))
            settings = conn.execute("SELECT setconfig FROM pg_db_role_setting s JOIN pg_roles r "
                                    "ON r.oid = s.setrole WHERE r.rolname = %s", (role,)).fetchone()[0]
        finally:
            conn.execute(f"DROP ROLE IF EXISTS {role}")
    assert "idle_in_transaction_session_timeout=5min" in settings
