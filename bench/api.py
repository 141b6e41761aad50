"""Benchmark: the HTTP JSON API's writes against the engine's own, on one PostgreSQL database.

One schema; ``--cases`` x 2 applications registered through the engine. The engine fires ``accept``
on half of them from ``--clients`` threads (each transition then makes the letters it owes, as the
API and ``disclosure fire`` do); ``disclosure serve --workers N`` is started and ``--clients`` httpx
clients, each with its own token, ``POST /api/v1/cases/{no}/events`` ``accept`` on the other half
(If-Match and Idempotency-Key set). The two sides alternate in ``--rounds`` rounds, so that a
machine busy with other work slows both alike; ``--baseline DIR`` serves another checkout (e.g.
``git archive`` of an earlier revision) too and fires its share in the same rounds: before and after
in one run. Then the reads: ``GET /cases``, a case, its triggers, the due window, the year's report.
Prints JSON: transitions per second each way, the ratio to the engine (target >= 0.5), and p50/p95
per endpoint.

    python bench/api.py [--pg postgresql+psycopg://postgres@127.0.0.1:5432/test] [--clients 8]
                        [--baseline /tmp/before]
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


def api_client(base: str, token: str) -> httpx.Client:
    return httpx.Client(base_url=base, timeout=30, headers={"Authorization": f"Bearer {token}"})


def firer(sessions: list[httpx.Client], today: date) -> Callable[[int, str], float]:
    def fire(k: int, case_no: str) -> float:
        t = time.perf_counter()
        r = sessions[k].post(f"/cases/{quote(case_no, safe='')}/events",
                             json={"trigger": "accept", "effective_on": today.isoformat()},
                             headers={"If-Match": '"1"', "Idempotency-Key": uuid.uuid4().hex})
        assert r.status_code == 201, (r.status_code, r.text[:200])
        return time.perf_counter() - t
    return fire


def getter(sessions: list[httpx.Client], path: Callable[[str], str]) -> Callable[[int, str], float]:
    def get(k: int, case_no: str) -> float:
        t = time.perf_counter()
        r = sessions[k].get(path(case_no))
        assert r.status_code == 200, (r.status_code, r.text[:200])
        return time.perf_counter() - t
    return get


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pg", default=os.environ.get("DISCLOSURE_TEST_PG_URL",
                                                       "postgresql+psycopg://postgres@127.0.0.1:5432/test"))
    parser.add_argument("--cases", type=int, default=400, help="transitions each way")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=4,
                        help="the transitions are fired in this many alternating rounds (engine, API, baseline)")
    parser.add_argument("--baseline", metavar="DIR",
                        help="a checkout of another revision, served the same way and measured in the same rounds")
    args = parser.parse_args()
    url, schema = make_schema(args.pg)
    codes = {"api": None, **({"baseline": args.baseline} if args.baseline else {})}
    procs = []
    try:
        services, numbers = build(url, (1 + len(codes)) * args.cases)
        share = {name: numbers[i * args.cases:(i + 1) * args.cases] for i, name in enumerate(["engine", *codes])}
        today: date = services.today()

        def engine_fire(_: int, case_no: str) -> float:
            t = time.perf_counter()
            services.cases.fire(case_no, "accept", "clerk", today, {}, expected_version=1)
            services.make_letters(case_no)
            return time.perf_counter() - t

        with write(services.db) as conn:
            tokens = [create_token(conn, "clerk", name=f"bench-{k}", via="bench")[1] for k in range(args.clients)]
        sessions: dict[str, list[httpx.Client]] = {}
        for name, code in codes.items():
            port = free_port()
            procs.append(serve(url, port, args.workers, code))
            sessions[name] = [api_client(f"http://127.0.0.1:{port}/api/v1", t) for t in tokens]
            for c in sessions[name]:  # warm every worker
                c.get("/cases?limit=1")
        work = {"engine": engine_fire, **{name: firer(sessions[name], today) for name in codes}}
        walls = {name: 0.0 for name in work}
        times: dict[str, list[float]] = {name: [] for name in work}
        order = list(work)
        for r in range(args.rounds):  # paired: each round runs every side, in a rotating order
            for name in order[r % len(order):] + order[:r % len(order)]:
                wall, spent = in_threads(args.clients, share[name][r::args.rounds], work[name])
                walls[name] += wall
                times[name] += spent
        fired = {name: summary(walls[name], times[name]) for name in work}
        ours = sessions["api"]
        sample = share["api"][:200]
        reads = {name: summary(*in_threads(args.clients, sample, getter(ours, path))) for name, path in (
            ("GET /cases", lambda _: "/cases?limit=50"),
            ("GET /cases/{no}", lambda no: f"/cases/{quote(no, safe='')}"),
            ("GET /cases/{no}/triggers", lambda no: f"/cases/{quote(no, safe='')}/triggers"),
            ("GET /calendar/due", lambda _: "/calendar/due?days=20&limit=50"),
            ("GET /reports/{year}", lambda _: f"/reports/{today.year}?agency=sjj"))}
        for clients in sessions.values():
            for c in clients:
                c.close()
        result = {"clients": args.clients, "workers": args.workers, "transitions_each_way": args.cases,
                  "rounds": args.rounds, "engine_fire": fired["engine"], "POST /cases/{no}/events": fired["api"],
                  "api_to_engine_ratio": round(fired["api"]["per_second"] / fired["engine"]["per_second"], 2)}
        if args.baseline:
            result["baseline"] = {"code": args.baseline, "POST /cases/{no}/events": fired["baseline"],
                                  "api_to_engine_ratio": round(fired["baseline"]["per_second"]
                                                               / fired["engine"]["per_second"], 2)}
        print(json.dumps({**result, **reads}, ensure_ascii=False, indent=2))
    finally:
        for proc in procs:
            proc.terminate()
            proc.wait(10)
        drop_schema(args.pg, schema)


if __name__ == "__main__":
    main()
