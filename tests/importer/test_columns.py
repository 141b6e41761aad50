"""``disclosure import columns``: the accepted headers (English keys and Chinese headers) with an
example row, from the same definition the import reads; the example imports as printed."""

from __future__ import annotations

import json
from datetime import date

from click.testing import CliRunner
from helpers import make_world

from workflow.cli import cli
from workflow.definitions.registry import default_registry
from workflow.importer.jobs import import_cases, import_proceedings
from workflow.importer.ledger import load_ledger_spec


def columns(*args: str) -> tuple[int, str]:
    res = CliRunner().invoke(cli, ["import", "columns", *args])  # no database needed
    return res.exit_code, res.output


def test_it_lists_the_accepted_headers_with_an_example_row():
    spec = load_ledger_spec(default_registry().vocabulary)
    for kind in ("cases", "proceedings"):
        res = CliRunner().invoke(cli, ["--json", "import", "columns", kind])
        assert res.exit_code == 0, res.output
        guide = json.loads(res.output)
        listed = {c["key"]: c for c in guide["columns"]}
        assert list(listed) == list(spec.columns[kind])
        for key, col in spec.columns[kind].items():
            assert listed[key]["headers"] == list(col.headers) and listed[key]["required"] == col.required
            assert listed[key]["example"] or not col.required
        header_line, example_line = guide["example_csv"].splitlines()
        assert header_line.split(",") == [c.headers[0] for c in spec.columns[kind].values()]
    code, out = columns()
    assert code == 0
    for text in ("applicant_type", "申请人类型、申请人性质", "自然人(natural_person)", "收到申请日期", "示例"):
        assert text in out
    assert out.rstrip().endswith("已答复,,,,")  # the example row, last
    assert columns("appeals")[0] == 2


def test_the_example_rows_import_as_printed(engine, tmp_path):
    w = make_world(engine, today=date(2025, 12, 31), agency="LZYJ", prefix="罗应急")
    for kind, run in (("cases", import_cases), ("proceedings", import_proceedings)):
        guide = json.loads(CliRunner().invoke(cli, ["--json", "import", "columns", kind]).output)
        path = tmp_path / f"{kind}.csv"
        path.write_text(guide["example_csv"], encoding="utf-8")
        result = run(w.services, path)
        assert (result.errors, result.ignored_columns, result.imported) == ([], [], 1)
    case = w.case("罗应急-2025-0001")
    assert (case["state"], case["outcome"], case["basis"]) == ("replied", "disclosed", "provided")
    assert [p["result"] for p in w.proceedings("罗应急-2025-0001")] == ["upheld"]


def test_every_header_listed_is_one_the_import_accepts(engine, tmp_path):
    w = make_world(engine, today=date(2025, 12, 31), agency="LZYJ", prefix="罗应急")
    guide = json.loads(CliRunner().invoke(cli, ["--json", "import", "columns", "cases"]).output)
    cols = guide["columns"]
    for pick in (lambda c: c["key"], lambda c: c["headers"][-1]):  # English keys; the last Chinese header
        path = tmp_path / "ledger.csv"
        path.write_text(",".join(pick(c) for c in cols) + "\n" + ",".join(c["example"] for c in cols) + "\n",
                        encoding="utf-8")  # fmt: skip
        result = import_cases(w.services, path)
        assert (result.errors, result.ignored_columns) == ([], []) and result.imported + result.already == 1
