"""Ledger import rate: a generated 100,000-row CSV imported into a fresh SQLite file database.

    python bench/import_rate.py                # 100,000 rows
    python bench/import_rate.py --rows 10000   # a quicker run
    python bench/import_rate.py --keep DIR     # keep the CSV and the database in DIR

Prints one JSON object: rows, imported, seconds (the whole ``import_cases`` call: reading, checking,
clocks, hashing and writing), rows_per_second, and the same import repeated (idempotent: nothing
written). Target (issue 5 item 8): rows_per_second > 5,000.

The ledger is what an office exports: Chinese headers and labels, a UTF-8 BOM, one row per case,
about 70 % concluded (reply outcomes and withdrawals), 30 % still open, 1 in 20 with a fee, half
of the rows with a case number of their own, the rest numbered by the importer.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

HEADERS = ["机关", "案件编号", "申请人类型", "申请人", "申请方式", "收到申请日期", "申请内容", "办理结果", "答复依据",
           "办结日期", "状态", "收费金额", "实收金额"]  # fmt: skip
TYPES = [
    ("自然人", 80),
    ("商业企业", 12),
    ("科研机构", 2),
    ("社会公益组织", 2),
    ("法律服务机构", 2),
    ("其他", 2),
]
CHANNELS = ["当面提交", "互联网（网上申请）", "邮寄（需签收）", "电子邮件", "平常信函"]
OUTCOMES = [("予以公开", "provided", 30), ("部分公开", "partial", 10), ("本机关不掌握相关政府信息", "not_exist", 20),
            ("没有现成信息需要另行制作", "needs_creation", 10), ("属于四类过程性信息", "withheld", 5),
            ("重复申请", "repeat", 5), ("其他", "", 10), ("申请人无正当理由逾期不补正", "", 10)]  # fmt: skip
TODAY = date(2026, 11, 25)


def _pick(rng: random.Random, weighted: list[tuple]) -> tuple:
    return rng.choices(weighted, weights=[w[-1] for w in weighted])[0]


def write_ledger(path: Path, rows: int, seed: int = 8) -> None:
    rng = random.Random(seed)
    start = date(2025, 1, 2)
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(HEADERS)
        for i in range(rows):
            received = start + timedelta(days=rng.randrange(0, 660))
            kind = _pick(rng, TYPES)[0]
            name = f"申请人{i}" if kind == "自然人" else f"某单位{i}"
            case_no = f"LEDGER-{i:06d}" if i % 2 else ""
            outcome = basis = concluded = state = ""
            if rng.random() < 0.7:
                label, basis, _ = _pick(rng, OUTCOMES)
                outcome = label
                concluded = min(received + timedelta(days=rng.randrange(1, 40)), TODAY).isoformat()
            else:
                state = rng.choice(["", "审核办理中", "已登记"])
            fee = paid = ""
            if i % 20 == 0:
                fee = f"{rng.randrange(1, 40) * 10}.00"
                paid = fee if concluded else ""
            out.writerow(["bench", case_no, kind, name, rng.choice(CHANNELS), received.isoformat(),
                          f"请求公开第{i}号文件", outcome, basis, concluded, state, fee, paid])  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="write the CSV and the database here and keep them")
    args = parser.parse_args()

    from workflow.app import Services
    from workflow.importer.jobs import import_cases
    from workflow.store.db import make_engine, upgrade, write
    from workflow.store.repository import Repository

    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        ledger, db = folder / "ledger.csv", folder / "import.db"
        db.unlink(missing_ok=True)
        t0 = time.perf_counter()
        write_ledger(ledger, args.rows)
        generated = time.perf_counter() - t0
        engine = make_engine(str(db))
        upgrade(engine)
        with write(engine) as conn:
            Repository(conn).add_agency("bench", "基准测试局", "BJ")
        services = Services.for_db(engine, {}, today=lambda: TODAY)
        services.calendar  # noqa: B018 - loaded once, outside the timing, as a running server has it
        t0, c0 = time.perf_counter(), time.process_time()
        result = import_cases(services, ledger)
        seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
        if result.errors:
            raise SystemExit(f"bench ledger has bad rows: {[str(e) for e in result.errors[:5]]}")
        t0 = time.perf_counter()
        again = import_cases(services, ledger)
        again_seconds = time.perf_counter() - t0
        engine.dispose()
        print(json.dumps({
            "rows": result.rows,
            "imported": result.imported,
            "seconds": round(seconds, 2),
            "rows_per_second": round(result.rows / seconds),
            "target_rows_per_second": 5000,
            "cpu_seconds": round(cpu, 2),  # this process's CPU time: the wall time less waiting for a core
            "rows_per_cpu_second": round(result.rows / cpu),
            "reimport": {"imported": again.imported, "already_imported": again.already,
                         "seconds": round(again_seconds, 2)},
            "csv_mb": round(ledger.stat().st_size / 1e6, 1),
            "db_mb": round(db.stat().st_size / 1e6, 1),
            "generate_seconds": round(generated, 2),
        }, ensure_ascii=False, indent=2))  # fmt: skip


if __name__ == "__main__":
    main()
