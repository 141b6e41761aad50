"""Benchmark: the HTTP JSON API's writes against the engine's own, on one PostgreSQL database.

One schema; ``--cases`` x 2 applications registered through the engine. The engine fires ``accept``
on half of them from ``--clients`` threads (each transition then makes the letters it owes, as the
API and ``disclosure fire`` do); ``disclosure serve --workers N`` is started and ``--clients`` httpx
clients, each with its own token, ``POST /api/v1/cases/{no}/events`` ``accept`` on the other half
(If-Match and Idempotency-Key set). Then the reads: ``GET /cases``, a case, its triggers. Prints
JSON: transitions per second both ways, their ratio (target >= 0.5), and p50/p95 per endpoint.

    python bench/api.py [--pg postgresql+psycopg://postgres@127.0.0.1:5432/test] [--clients 8]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import threading
import time
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from urllib.parse import quote

sys.path[0] = str(Path(__file__).resolve().parents[1])
sys.path.append(str(Path(__file__).resolve().parent))  # last: bench/calendar.py must not shadow the stdlib's

import httpx  # noqa: E402
from web import drop_schema, free_port, make_schema, serve  # noqa: E402

from workflow.accounts.tokens import create_token  # noqa: E402
from workflow.app import Services  # noqa: E402
from workflow.store.db import make_engine, upgrade, write  # noqa: E402
from workflow.store.repository import Repository  # noqa: E402


def build(url: str, n: int) -> tuple[Services, list[str]]:
    engine = make_engine(url)
    upgrade(engine)
    services = Services.for_db(engine)
    with write(engine) as conn:
        repo = Repository(conn)
        agency_id = repo.add_agency("sjj", "某市生态环境局", "SJJ", None, {"address": "某路1号", "reconsideration_body": "某市人民政府",
                                                                          "payment_instructions": "请到本局窗口缴纳"})
        repo.grant_role(repo.add_user("clerk", display_name="王芳"), agency_id, "clerk")
    today = services.today()
    numbers = [services.cases.register("clerk", {
        "agency": "sjj", "channel": "in_person", "submitted": today, "applicant_type": "natural_person",
        "applicant_name": "李四", "subject": "某路段改造批复"}, today).case_no for _ in range(n)]
    services.make_letters()
    return services, numbers


def in_threads(clients: int, items: list[str], work: Callable[[int, str], float]) -> tuple[float, list[float]]:
    """Run ``work(client, item)`` over ``items`` split between ``clients`` threads: wall time, latencies."""
    times: list[float] = []
    lock = threading.Lock()

    def run(k: int) -> None:
        mine = [work(k, item) for item in items[k::clients]]
        with lock:
            times.extend(mine)

    t0 = time.perf_counter()
    threads = [threading.Thread(target=run, args=(k,)) for k in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - t0, times


def summary(wall: float, times: list[float]) -> dict[str, float]:
    q = statistics.quantiles(times, n=100)
    return {"requests": len(times), "p50_ms": round(q[49] * 1000, 1), "p95_ms": round(q[94] * 1000, 1),
            "per_second": round(len(times) / wall, 1)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pg", default=os.environ.get("DISCLOSURE_TEST_PG_URL",
                                                       "postgresql+psycopg://postgres@127.0.0.1:5432/test"))
    parser.add_argument("--cases", type=int, default=400, help="transitions each way")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    url, schema = make_schema(args.pg)
    try:
        services, numbers = build(url, 2 * args.cases)
        by_engine, by_api = numbers[: args.cases], numbers[args.cases:]
        today: date = services.today()

        def engine_fire(_: int, case_no: str) -> float:
            t = time.perf_counter()
            services.cases.fire(case_no, "accept", "clerk", today, {}, expected_version=1)
            services.make_letters(case_no)
            return time.perf_counter() - t

        engine_wall, engine_times = in_threads(args.clients, by_engine, engine_fire)
        with write(services.db) as conn:
            tokens = [create_token(conn, "clerk", name=f"bench-{k}", via="bench")[1] for k in range(args.clients)]
        port = free_port()
        proc = serve(url, port, args.workers)
        try:
            base = f"http://127.0.0.1:{port}/api/v1"
            sessions = [httpx.Client(base_url=base, timeout=30, headers={"Authorization": f"Bearer {t}"})
                        for t in tokens]
            for c in sessions:  # warm every worker
                c.get("/cases?limit=1")

            def api_fire(k: int, case_no: str) -> float:
                t = time.perf_counter()
                r = sessions[k].post(f"/cases/{quote(case_no, safe='')}/events",
                                     json={"trigger": "accept", "effective_on": today.isoformat()},
                                     headers={"If-Match": '"1"', "Idempotency-Key": uuid.uuid4().hex})
                assert r.status_code == 201, (r.status_code, r.text[:200])
                return time.perf_counter() - t

            api_wall, api_times = in_threads(args.clients, by_api, api_fire)

            def getter(path: Callable[[str], str]) -> Callable[[int, str], float]:
                def get(k: int, case_no: str) -> float:
                    t = time.perf_counter()
                    r = sessions[k].get(path(case_no))
                    assert r.status_code == 200, r.status_code
                    return time.perf_counter() - t
                return get

            reads = {name: summary(*in_threads(args.clients, by_api[:200], getter(path))) for name, path in (
                ("GET /cases", lambda _: "/cases?limit=50"),
                ("GET /cases/{no}", lambda no: f"/cases/{quote(no, safe='')}"),
                ("GET /cases/{no}/triggers", lambda no: f"/cases/{quote(no, safe='')}/triggers"))}
            for c in sessions:
                c.close()
        finally:
            proc.terminate()
            proc.wait(10)
        engine, api = summary(engine_wall, engine_times), summary(api_wall, api_times)
        print(json.dumps({
            "clients": args.clients, "workers": args.workers, "transitions_each_way": args.cases,
            "engine_fire": engine, "POST /cases/{no}/events": api,
            "api_to_engine_ratio": round(api["per_second"] / engine["per_second"], 2), **reads,
        }, ensure_ascii=False, indent=2))
    finally:
        drop_schema(args.pg, schema)


if __name__ == "__main__":
    main()
