"""The OpenAPI 3.1 document of ``/api/v1``, built from the routes' contract and the definitions.

``POST /cases/{case_no}/events`` takes a ``oneOf`` discriminated by ``trigger``: one branch per
trigger of every loaded definition version, each branch's ``data`` generated from that trigger's
fields (``workflow.web.api.schemas``). A trigger whose fields differ between versions gets an
``anyOf`` of its versions' field schemas. Nothing here is written by hand per trigger.
"""

from __future__ import annotations

import json
from typing import Any

from workflow.definitions.model import Registry
from workflow.letters.issuing import letter_kinds
from workflow.web.api import BASE
from workflow.web.api.intake_routes import intake_fields
from workflow.web.api.letter_routes import DOCX
from workflow.web.api.openapi_attachments import attachment_paths, attachment_schemas
from workflow.web.api.queue_params import QUEUE_PARAMETERS
from workflow.web.api.schemas import fields_schema

REF = "#/components/schemas/"
DATE = {"type": "string", "format": "date"}
NULLABLE_TEXT = {"type": ["string", "null"]}
ERROR_STATUSES = {
    400: "请求体不是有效的 JSON / the body is not JSON",
    401: "缺少或无效的令牌 / missing, unknown, expired or revoked token",
    403: "网上申请接入令牌只能提交网上申请 / an intake token may only POST /intake/applications",
    404: "没有这件案件或无权查看 / no such case, or outside the caller's scope",
    409: "并发写入冲突 / another writer changed the case meanwhile (current_version says the current one)",
    412: "If-Match 的版本已过时 / the If-Match version is stale (current_version says the current one)",
    413: "文件过大 / the upload is larger than attachments.max_mb",
    422: "字段无效（每个字段一条） / invalid input, one entry per field",
    428: "缺少 If-Match / If-Match is required",
    429: "请求过于频繁（见 Retry-After） / over the token's request budget; see Retry-After",
}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": REF + name}


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"application/json": {"schema": schema}}


def _responses(ok: int, schema: str, *errors: int, headers: tuple[str, ...] = ()) -> dict[str, Any]:
    header_docs = {"Location": {"schema": {"type": "string"}, "description": "新资源的地址 / the new resource"},
                   "ETag": {"schema": {"type": "string"}, "description": "案件版本 / the case version, for If-Match"}}
    out: dict[str, Any] = {str(ok): {"description": "成功 / success", "content": _json(_ref(schema)),
                                     **({"headers": {h: header_docs[h] for h in headers}} if headers else {})}}
    for status in (401, 403, *errors, 429):
        out[str(status)] = {"description": ERROR_STATUSES[status], "content": _json(_ref("Error"))}
    return out


CASE_NO = {"name": "case_no", "in": "path", "required": True, "schema": {"type": "string"},
           "description": "案件编号 / case number, e.g. SJJ-2026-0001"}
IDEMPOTENCY = {"name": "Idempotency-Key", "in": "header", "required": False,
               "schema": {"type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[\\x21-\\x7e]+$"},
               "description": "重试同一请求时的同一键 / the same key on a retry of the same request"}
IF_MATCH = {"name": "If-Match", "in": "header", "required": True, "schema": {"type": "string", "pattern": '^"[0-9]+"$'},
            "description": "GET 案件时的 ETag / the ETag of GET /cases/{case_no}"}


def _trigger_branches(registry: Registry) -> dict[str, dict[str, Any]]:
    vocab = registry.vocabulary
    per_trigger: dict[str, list[dict[str, Any]]] = {}
    labels: dict[str, str] = {}
    for key in sorted(registry.definitions):
        definition = registry.definitions[key]
        for name, trig in definition.triggers.items():
            schema = fields_schema(vocab, definition.all_fields(trig))
            known = per_trigger.setdefault(name, [])
            if all(json.dumps(s, sort_keys=True) != json.dumps(schema, sort_keys=True) for s in known):
                known.append(schema)
            labels.setdefault(name, trig.label)
    branches = {}
    for name in sorted(per_trigger):
        schemas = per_trigger[name]
        branches[f"Fire_{name}"] = {
            "type": "object", "title": f"{labels[name]}（{name}）", "additionalProperties": False,
            "required": ["trigger"],
            "properties": {"trigger": {"type": "string", "const": name},
                           "effective_on": {**DATE, "description": "办理日期，默认今天 / defaults to today"},
                           "data": schemas[0] if len(schemas) == 1 else {"anyOf": schemas}}}
    return branches


def openapi_document(registry: Registry, today: Any) -> dict[str, Any]:
    branches = _trigger_branches(registry)
    register = registry.for_received(today)
    message = {"type": "object", "required": ["zh", "en"],
               "properties": {"zh": {"type": "string"}, "en": {"type": "string"}}}
    entry = {"type": "object", "required": ["code", "message", "field"],
             "properties": {"code": {"type": "string"}, "message": message, "field": NULLABLE_TEXT}}
    schemas: dict[str, Any] = {
        "Error": {"type": "object", "required": ["code", "message", "field", "errors"],
                  "description": "每个错误响应的形状 / the shape of every error body",
                  "properties": {**entry["properties"], "errors": {"type": "array", "items": entry},
                                 "current_version": {"type": "integer"}}},
        "CaseRow": {"type": "object", "required": ["case_no", "state", "state_label", "url"],
                    "properties": {"case_no": {"type": "string"}, "state": {"type": "string"},
                                   "state_label": {"type": "string"}, "url": {"type": "string"},
                                   "due": {"type": ["string", "null"]}, "applicant": NULLABLE_TEXT}},
        "CaseList": {"type": "object", "required": ["total", "count", "items", "next"],
                     "properties": {"total": {"type": "integer"}, "count": {"type": "integer"},
                                    "items": {"type": "array", "items": _ref("CaseRow")},
                                    "next": {**NULLABLE_TEXT, "description": "下一页的 cursor / the next page's cursor"}}},
        "Case": {"type": "object", "description": "disclosure show --json 的形状 / the shape of `show --json`",
                 "required": ["case_no", "state", "state_label", "regime", "definition_version", "version", "clocks"],
                 "properties": {"case_no": {"type": "string"}, "state": {"type": "string"},
                                "state_label": {"type": "string"}, "regime": {"type": "string"},
                                "definition_version": {"type": "string"}, "version": {"type": "integer"},
                                "clocks": {"type": "array", "items": {"type": "object"}},
                                "events": {"type": "array", "items": _ref("Event")}}},
        "Event": {"type": "object", "required": ["seq", "trigger", "to", "effective", "actor", "role", "data"],
                  "properties": {"seq": {"type": "integer"}, "trigger": {"type": "string"}, "from": NULLABLE_TEXT,
                                 "to": {"type": "string"}, "effective": DATE, "actor": {"type": "string"},
                                 "role": {"type": "string"}, "data": {"type": "object"}}},
        "Timeline": {"type": "object", "required": ["case_no", "version", "events"],
                     "properties": {"case_no": {"type": "string"}, "version": {"type": "integer"},
                                    "events": {"type": "array", "items": _ref("Event")}}},
        "Deadlines": {"type": "object", "required": ["case_no", "clocks"],
                      "properties": {"case_no": {"type": "string"}, "clocks": {"type": "array", "items": {
                          "type": "object", "required": ["kind", "label", "text"],
                          "properties": {"text": {"type": "array", "items": {"type": "string"}}}}}}},
        "Triggers": {"type": "object", "required": ["case_no", "state", "version", "triggers"],
                     "properties": {"case_no": {"type": "string"}, "state": {"type": "string"},
                                    "version": {"type": "integer"}, "triggers": {"type": "array", "items": {
                                        "type": "object", "required": ["trigger", "label", "available", "schema"],
                                        "properties": {"trigger": {"type": "string"}, "available": {"type": "boolean"},
                                                       "why_not": NULLABLE_TEXT, "schema": {"type": "object"}}}}}},
        "Registration": {"type": "object", "additionalProperties": False, "required": ["data"],
                         "properties": {"effective_on": DATE, "data": fields_schema(registry.vocabulary,
                                                                                     register.all_fields(register.register))}},
        "Fired": {"type": "object", "required": ["case_no", "seq", "trigger", "to", "version"],
                  "properties": {"case_no": {"type": "string"}, "seq": {"type": "integer"},
                                 "trigger": {"type": "string"}, "from": NULLABLE_TEXT, "to": {"type": "string"},
                                 "effective": DATE, "late": {"type": "boolean"}, "version": {"type": "integer"},
                                 # an amended date of receipt: each clock it moved, due date before and after
                                 "due_dates": {"type": "array", "items": {"type": "object", "properties": {
                                     "kind": {"type": "string"}, "label": {"type": "string"}, "party": NULLABLE_TEXT,
                                     "due_before": {"type": ["string", "null"], "format": "date"},
                                     "due_after": {"type": ["string", "null"], "format": "date"}}}}}},
        "FireRequest": {"oneOf": [_ref(n) for n in branches],
                        "discriminator": {"propertyName": "trigger",
                                          "mapping": {n.removeprefix("Fire_"): REF + n for n in branches}}},
        **branches,
        **attachment_schemas(registry),
    }
    case_path = "/cases/{case_no}"
    paths = {
        "/cases": {
            "get": {"operationId": "listCases", "summary": "待办案件 / the queue", "parameters": QUEUE_PARAMETERS,
                    "responses": _responses(200, "CaseList", 422)},
            "post": {"operationId": "registerCase", "summary": "登记 / register an application",
                     "parameters": [IDEMPOTENCY],
                     "requestBody": {"required": True, "content": _json(_ref("Registration"))},
                     "responses": _responses(201, "Case", 400, 409, 422, headers=("Location", "ETag"))}},
        case_path: {"get": {"operationId": "getCase", "summary": "案件 / a case", "parameters": [CASE_NO],
                            "responses": _responses(200, "Case", 404, headers=("ETag",))}},
        case_path + "/events": {
            "get": {"operationId": "listEvents", "summary": "办理记录 / the timeline", "parameters": [CASE_NO],
                    "responses": _responses(200, "Timeline", 404, headers=("ETag",))},
            "post": {"operationId": "fireTrigger", "summary": "办理 / fire a trigger",
                     "parameters": [CASE_NO, IF_MATCH, IDEMPOTENCY],
                     "requestBody": {"required": True, "content": _json(_ref("FireRequest"))},
                     "responses": _responses(201, "Fired", 400, 404, 409, 412, 422, 428,
                                             headers=("Location", "ETag"))}},
        case_path + "/events/{seq}": {"get": {
            "operationId": "getEvent", "summary": "一个事件 / one event",
            "parameters": [CASE_NO, {"name": "seq", "in": "path", "required": True, "schema": {"type": "integer"}}],
            "responses": _responses(200, "Event", 404, 422)}},
        case_path + "/deadlines": {"get": {"operationId": "getDeadlines", "summary": "期限说明 / deadlines explained",
                                           "parameters": [CASE_NO], "responses": _responses(200, "Deadlines", 404)}},
        case_path + "/letters/{kind}": {"get": {
            "operationId": "getLetter", "summary": "文书 / the latest letter of a kind the case was issued",
            "parameters": [CASE_NO, {"name": "kind", "in": "path", "required": True,
                                     "schema": {"type": "string", "enum": list(letter_kinds())}},
                           {"name": "format", "in": "query", "required": False,
                            "schema": {"type": "string", "enum": ["txt", "html", "docx"], "default": "txt"}}],
            "responses": {"200": {"description": "文书 / the letter", "content": {
                "text/plain": {"schema": {"type": "string"}}, "text/html": {"schema": {"type": "string"}},
                DOCX: {"schema": {"type": "string", "format": "binary"}}}},
                **{k: v for k, v in _responses(200, "Error", 404, 422).items() if k != "200"}}}},
        **attachment_paths(case_path),
        case_path + "/triggers": {"get": {"operationId": "getTriggers", "summary": "可执行的操作 / what may be fired",
                                          "parameters": [CASE_NO],
                                          "responses": _responses(200, "Triggers", 404, headers=("ETag",))}},
    }
    intake_schemas, intake_ops = _intake(registry, register)
    schemas.update(intake_schemas)
    paths.update(intake_ops)
    return {
        "openapi": "3.1.0",
        "info": {"title": "政府信息公开申请办理系统 API / disclosure workflow API", "version": "1",
                 "description": "每个错误响应都是 Error 的形状 / every error body has the shape of Error."},
        "servers": [{"url": BASE}],
        "security": [{"bearer": []}],
        "paths": paths,
        "components": {"schemas": schemas,
                       "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer",
                                                      "description": "disclosure token create USER"}}},
    }


def _intake(registry: Registry, register: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """The website's two operations: submit (an intake token) and the public status (no token)."""
    schemas = {
        "IntakeApplication": {"type": "object", "additionalProperties": False, "required": ["data"],
                              "properties": {"data": fields_schema(registry.vocabulary, intake_fields(register))}},
        "IntakeReceipt": {"type": "object", "required": ["case_no", "query_code", "received", "status"],
                          "properties": {"case_no": {"type": "string"},
                                         "query_code": {**NULLABLE_TEXT, "description": "查询码，只显示这一次 / "
                                                        "shown once; a replay gives a new one"},
                                         "received": DATE, "status": {"type": "string"}}},
        "IntakeStatus": {"type": "object", "additionalProperties": False,
                         "required": ["received", "state_label", "due", "replied"],
                         "properties": {"received": DATE, "state_label": {"type": "string"},
                                        "due": {"type": ["string", "null"], "format": "date"},
                                        "replied": {"type": "boolean"}}},
    }
    errors = {str(s): {"description": ERROR_STATUSES[s] if s != 404 else "没有这件申请或查询码不对 / no application "
                       "with this case number and query code", "content": _json(_ref("Error"))} for s in (404, 422, 429)}
    text = {"type": "string", "minLength": 1, "maxLength": 64}
    paths = {
        "/intake/applications": {"post": {
            "operationId": "submitApplication", "summary": "网上申请 / an online application (intake token only)",
            "parameters": [IDEMPOTENCY],
            "requestBody": {"required": True, "content": _json(_ref("IntakeApplication"))},
            "responses": _responses(201, "IntakeReceipt", 400, 409, 422)}},
        "/intake/status": {"get": {
            "operationId": "applicationStatus", "summary": "申请进度 / the public status of an online application",
            "security": [],
            "parameters": [{"name": "case_no", "in": "query", "required": True, "schema": text},
                           {"name": "code", "in": "query", "required": True, "schema": text,
                            "description": "查询码 / the query code given at submission"}],
            "responses": {"200": {"description": "成功 / success", "content": _json(_ref("IntakeStatus"))}, **errors}}},
    }
    return schemas, paths
