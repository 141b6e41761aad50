"""Schemathesis against /api/v1/openapi.json on SQLite and PostgreSQL: no 5xx, every status code,
content type, header and body as the document says. POST …/events is aimed at a real case at its
current version and registrations at the caller's agency, so that generated bodies reach the engine;
the online intake is called with an intake token and the status lookup with none.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import checks

from workflow.accounts.tokens import create_intake_token
from workflow.store.db import read, write
from workflow.store.repository import Repository

EXAMPLES = 25  # per operation and store: 14 operations x 2 stores; the run's count is printed at the end
CHECKS = [checks.not_a_server_error, checks.status_code_conformance, checks.content_type_conformance,
          checks.response_schema_conformance, checks.response_headers_conformance]
SEEN: Counter[str] = Counter()
STATUSES: Counter[str] = Counter()


def _aim(case, w, case_no: str) -> None:
    """Point a generated request at a real case (a POST at its current version), or a registration at
    the caller's agency; random case numbers would only ever be 404 (tested in test_api_read)."""
    if "case_no" in (case.path_parameters or {}):
        case.path_parameters["case_no"] = case_no
    if case.method == "POST" and "case_no" in (case.path_parameters or {}):
        with read(w.engine) as conn:
            version = Repository(conn).load_case(case_no)["version"]
        case.headers = {**(case.headers or {}), "If-Match": f'"{version}"'}
    if case.method == "POST" and case.path == "/cases" and isinstance(case.body, dict) \
            and isinstance(case.body.get("data"), dict):
        case.body["data"]["agency"] = w.agency


def test_the_api_keeps_to_its_document(api):
    # schemathesis' pytest plugin does not run under this pytest (it reads a node attribute pytest 9
    # removed), so each operation's strategy is driven by Hypothesis here
    w = api.world
    case_no = w.register(on=date(2026, 11, 2))
    w.fire(case_no, "accept", date(2026, 11, 3))
    token = api.client(w.clerk).token
    with write(w.engine) as conn:
        _, intake, _ = create_intake_token(conn, w.agency, name="门户网站", via="test")
    # each operation with the token it is for: the website's for intake, none for the status lookup
    tokens = {"/intake/applications": {"Authorization": f"Bearer {intake}"}, "/intake/status": {}}
    schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", api.app)
    seen: Counter[str] = Counter()
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == 14
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        def run(case) -> None:  # noqa: ANN001
            _aim(case, w, case_no)
            headers = tokens.get(case.path, {"Authorization": f"Bearer {token}"})
            response = case.call_and_validate(headers=headers, checks=CHECKS)
            seen[f"{case.method} {case.path}"] += 1
            STATUSES[f"{case.method} {case.path} {response.status_code}"] += 1

        run()
    SEEN.update(seen)
    assert all(seen[f"{o.method.upper()} {o.path}"] > 0 for o in operations)


def teardown_module() -> None:
    print(f"\nschemathesis examples run: {sum(SEEN.values())}; answers: {dict(sorted(STATUSES.items()))}")
