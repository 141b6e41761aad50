"""Schemathesis' state machine over the document's OpenAPI links, on SQLite and PostgreSQL: a
registration's answer leads to reading that case and to firing triggers on it at its ETag, a fired
event to reading it and to firing again at the new version. Every step must be no 5xx, conform to
the document (status, content type, headers, body), and a created case must then be readable
(``ensure_resource_availability``).

The run: Hypothesis asked for SCENARIOS scenarios of at most STEPS calls per store; measured (Dec 2026)
it runs about 81 scenarios and 486 calls per store, ~20-30 s each, 14 of them firing a trigger
(201) on a case a link led to. The counts of scenarios, calls and answers by operation and status
are printed at the end of the module. (It found that a path under /api/v1 holding a newline, which
the mount does not take, was answered with the HTML 404 page: now the API's error shape.) A registration is aimed at
the caller's agency with a valid body (random ones are refused, tested by test_api_fuzz), and a
generated trigger the case cannot take now is swapped for one it can (its data left to the
engine's checks), so that chains go past the first step.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from urllib.parse import quote

import schemathesis
from conftest import Api
from hypothesis import HealthCheck, settings
from schemathesis import checks

from workflow.web.app import create_app

SCENARIOS = 40
STEPS = 10
CHECKS = [
    checks.not_a_server_error,
    checks.status_code_conformance,
    checks.content_type_conformance,
    checks.response_schema_conformance,
    checks.response_headers_conformance,
    checks.ensure_resource_availability,
]
ANSWERS: Counter[str] = Counter()
RUNS: Counter[str] = Counter()


def _registration(w, n: int) -> dict:
    return {
        "effective_on": w.today.isoformat(),
        "data": {
            "agency": w.agency,
            "channel": "in_person",
            "submitted": w.today.isoformat(),
            "applicant_type": "natural_person",
            "applicant_name": "李四",
            "subject": f"申请公开事项 {n}",
        },
    }


def test_linked_operations_keep_to_the_document_step_after_step(api):
    # A step's answer must depend only on the scenario's own steps (Hypothesis replays draws and
    # picks the next rule by the answers so far): no rate limit across the run, no Idempotency-Key
    # met again in a later scenario, no choice by a count that runs across scenarios.
    w = api.world
    app = create_app(w.services, {"secret_key": "stateful", "api_rate_per_minute": 0})
    clerk = Api(w, app, api.clients).client(w.clerk)
    schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", app)
    schema.config.generation.update(
        with_security_parameters=False
    )  # the token is the caller's (401: test_api_tokens)
    counted: Counter[str] = Counter()

    class Machine(schema.as_state_machine()):  # type: ignore[misc]
        def setup(self) -> None:
            counted["scenarios"] += 1
            self.steps = 0

        def get_call_kwargs(self, case) -> dict:  # noqa: ANN001
            return {"headers": {"Authorization": f"Bearer {clerk.token}"}}

        def before_call(self, case) -> None:  # noqa: ANN001
            self.steps += 1
            if case.headers and "Idempotency-Key" in case.headers:
                case.headers["Idempotency-Key"] = f"{counted['calls']}-{case.headers['Idempotency-Key']}"[
                    :200
                ]
            if case.method == "POST" and case.path == "/cases":
                case.body = _registration(w, counted["calls"])
            elif case.method == "POST" and isinstance(case.body, dict):
                # a generated case number may hold any character: asked for as the document's client would
                asked = clerk.get(
                    f"/api/v1/cases/{quote(str(case.path_parameters['case_no']), safe='')}/triggers"
                )
                offered = asked.json()["triggers"] if asked.status_code == 200 else []
                now = [t["trigger"] for t in offered if t["available"]]
                if now and case.body.get("trigger") not in now:
                    case.body = {"trigger": now[self.steps % len(now)], "data": {}}

        def after_call(self, response, case) -> None:  # noqa: ANN001
            super().after_call(response, case)
            counted["calls"] += 1
            ANSWERS[f"{case.method} {case.path} {response.status_code}"] += 1

        def validate_response(self, response, case, additional_checks=None, **kwargs) -> None:  # noqa: ANN001
            case.validate_response(
                response, checks=CHECKS, transport_kwargs=kwargs or None, recorder=self.recorder
            )

    Machine.run(
        settings=settings(
            max_examples=SCENARIOS,
            stateful_step_count=STEPS,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
    )
    RUNS.update(counted)
    fired = sum(n for k, n in ANSWERS.items() if k.startswith("POST /cases/{case_no}/events 201"))
    assert counted["scenarios"] >= SCENARIOS and fired > 0  # chains did reach past the registration
    assert w.today == date(2026, 11, 25)


def teardown_module() -> None:
    print(
        f"\nstateful run: {RUNS['scenarios']} scenarios, {RUNS['calls']} calls; "
        f"answers: {dict(sorted(ANSWERS.items()))}"
    )
