"""Benchmark: the web application's queue page and case page under concurrent clients.

Two PostgreSQL schemas, one with ``--small`` (1,000) cases and one with ``--large`` (100,000), built
the same way: one agency, most cases concluded and ``--open-share`` of them open, each with its
reply clock, bulk-inserted; plus 20 cases registered and accepted through the real engine (their
case pages, with events, clocks and letters, are the ones fetched). For each, ``disclosure serve
--workers 2`` is started and ``--clients`` httpx clients (each signed in as the clerk through the
form) fetch the queue page and a case page ``--requests`` times each. Prints JSON: p50/p95 per page,
requests per second, and the ratio of the queue's p95 at the large size to that at the small one
(target <= 2: the queue is served by an index, not a scan).

    python bench/web.py [--pg postgresql+psycopg://postgres@127.0.0.1:5432/test] [--clients 8]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import threading
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from urllib.parse import quote

# the project, not bench/ (whose calendar.py would shadow the standard library's for http.cookiejar)
sys.path[0] = str(Path(__file__).resolve().parents[1])

import httpx  # noqa: E402
import psycopg  # noqa: E402
from argon2 import PasswordHasher  # noqa: E402
from sqlalchemy import insert, update  # noqa: E402

from workflow.app import Services  # noqa: E402
from workflow.store.db import make_engine, upgrade, write  # noqa: E402
from workflow.store.models import app_user, clock, disclosure_case  # noqa: E402
from workflow.store.repository import Repository  # noqa: E402

TODAY = date(2026, 11, 25)
PASSWORD = "bench-password"
BATCH = 20_000
ENGINE_CASES = 20


def make_schema(base: str) -> tuple[str, str]:
    schema = "bench_" + uuid.uuid4().hex[:10]
    with psycopg.connect(base.replace("postgresql+psycopg://", "postgresql://"), autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in base else "?"
    return base + f"{sep}options=-csearch_path%3D{schema}", schema


def drop_schema(base: str, schema: str) -> None:
    with psycopg.connect(base.replace("postgresql+psycopg://", "postgresql://"), autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


def build(url: str, n: int, open_share: float, seed: int = 11) -> tuple[list[str], float]:
    """``n`` bulk cases plus ENGINE_CASES through the engine; returns the engine cases' numbers."""
    t0 = time.perf_counter()
    engine = make_engine(url)
    upgrade(engine)
    services = Services.for_db(engine, today=lambda: TODAY)
    with write(engine) as conn:
        repo = Repository(conn)
        agency_id = repo.add_agency("sjj", "某市生态环境局", "SJJ", None, {"address": "某路1号", "reconsideration_body": "某市人民政府",
                                                                          "payment_instructions": "请到本局窗口缴纳"})
        clerk_id = repo.add_user("clerk", display_name="王芳")
        repo.grant_role(clerk_id, agency_id, "clerk")
        conn.execute(update(app_user).where(app_user.c.id == clerk_id)
                     .values(password_hash=PasswordHasher().hash(PASSWORD)))
    rng = random.Random(seed)
    now = datetime.now(UTC)
    done = 0
    while done < n:
        cases, clocks = [], []
        size = min(BATCH, n - done)
        for i in range(done + 1, done + size + 1):
            is_open = rng.random() < open_share
            received = TODAY - timedelta(days=rng.randrange(1, 40 if is_open else 1000))
            due = received + timedelta(days=28)
            cases.append({
                "id": 1_000_000 + i, "case_no": f"B-{received.year}-{i:06d}", "agency_id": agency_id,
                "clerk_id": clerk_id, "definition_name": "GIR2019", "definition_version": "1",
                "state": "in_review" if is_open else "archived", "outcome": None if is_open else "disclosed",
                "version": 1, "channel": "online", "received_on": received,
                "concluded_on": None if is_open else due - timedelta(days=3),
                "applicant_type": "natural_person", "applicant_name": "张三", "subject": "某项目环评批复",
                "extension_days": 0, "last_event_seq": 0, "last_event_on": received, "last_event_hash": "0" * 64,
                "created_at": now, "updated_at": now})
            clocks.append({"case_id": 1_000_000 + i, "kind": "reply", "party": "",
                           "status": "running" if is_open else "met", "started_on": received, "due_on": due,
                           "target_on": due - timedelta(days=1), "provisional": False, "breached": False,
                           "spec": {}})
        with write(engine) as conn:
            conn.execute(insert(disclosure_case), cases)
            conn.execute(insert(clock), clocks)
        done += size
    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://").split("?")[0],
                         options=url.split("options=")[1].replace("%3D", "=")) as conn:
        conn.execute("ANALYZE")
    numbers = []
    for k in range(ENGINE_CASES):
        on = TODAY - timedelta(days=k + 1)
        result = services.cases.register("clerk", {"agency": "sjj", "channel": "in_person", "submitted": on,
                                                   "applicant_type": "natural_person", "applicant_name": "李四",
                                                   "subject": "某路段改造批复"}, on)
        services.cases.fire(result.case_no, "accept", "clerk", on)
        numbers.append(result.case_no)
    services.make_letters()
    engine.dispose()
    return numbers, time.perf_counter() - t0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve(url: str, port: int, workers: int, code: str | None = None) -> subprocess.Popen:
    """``disclosure serve`` of this checkout (or of the checkout at ``code``: another revision)."""
    env = {**os.environ, "PYTHONPATH": code or str(Path(__file__).resolve().parents[1])}
    proc = subprocess.Popen([sys.executable, "-m", "workflow", "--db", url, "serve", "--port", str(port),
                             "--workers", str(workers)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    proc.kill()
    raise RuntimeError("disclosure serve did not become ready: " + proc.stderr.read().decode()[-500:])


def signed_in(base: str) -> httpx.Client:
    c = httpx.Client(base_url=base, headers={"Origin": base}, timeout=30)
    token = re.search(r'name="csrf_token" value="([^"]+)"', c.get("/signin").text).group(1)
    r = c.post("/signin", data={"csrf_token": token, "username": "clerk", "password": PASSWORD, "next": "/"})
    assert r.status_code == 303, r.status_code
    return c


def load(base: str, clients: int, requests: int, paths: list[str]) -> dict[str, float]:
    sessions = [signed_in(base) for _ in range(clients)]
    times: list[float] = []
    lock = threading.Lock()
    per = max(1, requests // clients)

    def run(c: httpx.Client, k: int) -> None:
        mine = []
        for i in range(per):
            t = time.perf_counter()
            r = c.get(paths[(k + i) % len(paths)])
            mine.append(time.perf_counter() - t)
            assert r.status_code == 200, r.status_code
        with lock:
            times.extend(mine)

    for c in sessions:  # warm every worker's caches
        c.get(paths[0])
    t0 = time.perf_counter()
    threads = [threading.Thread(target=run, args=(c, k)) for k, c in enumerate(sessions)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    for c in sessions:
        c.close()
    q = statistics.quantiles(times, n=100)
    return {"requests": len(times), "p50_ms": round(q[49] * 1000, 1), "p95_ms": round(q[94] * 1000, 1),
            "requests_per_second": round(len(times) / wall, 1)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pg", default=os.environ.get("DISCLOSURE_TEST_PG_URL",
                                                       "postgresql+psycopg://postgres@127.0.0.1:5432/test"))
    parser.add_argument("--small", type=int, default=1_000)
    parser.add_argument("--large", type=int, default=100_000)
    parser.add_argument("--open-share", type=float, default=0.05)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    out: dict[str, object] = {"clients": args.clients, "workers": args.workers, "open_share": args.open_share}
    for label, n in (("small", args.small), ("large", args.large)):
        url, schema = make_schema(args.pg)
        try:
            numbers, build_s = build(url, n, args.open_share)
            port = free_port()
            proc = serve(url, port, args.workers)
            try:
                base = f"http://127.0.0.1:{port}"
                out[label] = {
                    "cases": n + ENGINE_CASES, "build_seconds": round(build_s, 1),
                    "queue": load(base, args.clients, args.requests, ["/"]),
                    "case_page": load(base, args.clients, args.requests,
                                      [f"/cases/{quote(no, safe='')}" for no in numbers]),
                }
            finally:
                proc.terminate()
                proc.wait(10)
        finally:
            drop_schema(args.pg, schema)
    out["queue_p95_ratio_large_to_small"] = round(out["large"]["queue"]["p95_ms"] / out["small"]["queue"]["p95_ms"], 2)
    print(json.dumps(out, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
