"""The OpenAPI paths and schemas of ``GET /reports/{year}`` and ``GET /calendar/due``: their
parameters and bounds come from the routes (first year, formats, the window's limit), so that the
document says what the routes check."""

from __future__ import annotations

from typing import Any

from workflow.web.api.calendar_routes import MAX_DAYS
from workflow.web.api.queue_params import PAGE_PARAMETERS
from workflow.web.api.report_routes import FIRST_YEAR, FORMATS

DATE = {"type": "string", "format": "date"}
COUNTS = {"type": "array", "items": {"type": "integer"}}


def _row(values: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "object",
        "required": ["key", "label", "values"],
        "properties": {"key": {"type": "string"}, "label": {"type": "string"}, "values": values},
    }


def report_schemas(case_row_ref: dict[str, str]) -> dict[str, Any]:
    year_source = {
        "type": "object",
        "required": ["year", "source", "source_detail", "provisional"],
        "properties": {
            "year": {"type": "integer"},
            "source": {"type": "string"},
            "source_detail": {"type": "string"},
            "provisional": {"type": "boolean"},
        },
    }
    return {
        "Report": {
            "type": "object",
            "required": ["year", "agency", "format", "table3", "table4", "fees", "checks"],
            "description": "disclosure report --format json 的内容 / what `disclosure report --format json` gives",
            "properties": {
                "year": {"type": "integer"},
                "agency": {"type": "string"},
                "format": {"type": "string", "description": "报告格式（版式）名 / the layout's name"},
                "table3": {
                    "type": "object",
                    "required": ["columns", "rows"],
                    "properties": {
                        "columns": {"type": "array", "items": {"type": "string"}},
                        "rows": {"type": "array", "items": _row(COUNTS)},
                    },
                },
                "table4": {
                    "type": "object",
                    "required": ["columns", "groups"],
                    "properties": {
                        "columns": {"type": "array", "items": {"type": "string"}},
                        "groups": {"type": "array", "items": _row(COUNTS)},
                    },
                },
                "fees": {"type": "object"},
                "checks": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": ["name", "ok", "detail"],
                        "properties": {
                            "name": {"type": "string"},
                            "ok": {"type": "boolean"},
                            "detail": {"type": "string"},
                        },
                    },
                },
                "by_agency": {"type": "array", "items": {"type": "object"}},
            },
        },
        "DueWindow": {
            "type": "object",
            "required": [
                "from",
                "days",
                "due",
                "internal_target",
                "provisional",
                "years",
                "total",
                "count",
                "items",
                "next",
            ],
            "description": "disclosure calendar due 的结果与期间内到期的案件 / what `disclosure calendar due` says, "
            "with the cases due in the window",
            "properties": {
                "from": DATE,
                "days": {"type": "integer"},
                "due": DATE,
                "internal_target": DATE,
                "internal_target_working_days": {"type": "integer"},
                "provisional": {"type": "boolean"},
                "source": {"type": "string"},
                "source_detail": {"type": "string"},
                "years": {"type": "array", "items": year_source},
                "total": {"type": "integer"},
                "count": {"type": "integer"},
                "items": {"type": "array", "items": case_row_ref},
                "next": {"type": ["string", "null"]},
            },
        },
    }


def report_paths(responses: Any, json_of: Any) -> dict[str, Any]:
    """``responses(ok, schema, *errors)`` and ``json_of(schema)`` are the document's own builders."""
    binary = {"type": "string", "format": "binary"}
    disposition = {
        "Content-Disposition": {
            "schema": {"type": "string"},
            "description": "附件文件名 / the file name (docx, xlsx)",
        }
    }
    report_ok = {
        "description": "年度报告 / the annual report",
        "headers": disposition,
        "content": {
            FORMATS["json"]: {"schema": {"$ref": "#/components/schemas/Report"}},
            FORMATS["xlsx"]: {"schema": binary},
            FORMATS["docx"]: {"schema": binary},
        },
    }
    query = [
        {
            "name": "agency",
            "in": "query",
            "required": True,
            "schema": {"type": "string", "minLength": 1},
            "description": "机关代码（须在您的范围内） / the agency's code, one of your scope",
        },
        {
            "name": "include_subordinates",
            "in": "query",
            "required": False,
            "schema": {"type": "boolean", "default": False},
            "description": "含下级机关（须全部在您的范围内，否则 403） / with its subordinates (all in your scope, else 403)",
        },
        {
            "name": "format",
            "in": "query",
            "required": False,
            "schema": {"type": "string", "enum": list(FORMATS), "default": "json"},
        },
    ]
    return {
        "/reports/{year}": {
            "get": {
                "operationId": "getReport",
                "summary": "年度报告 / the annual report",
                "parameters": [
                    {
                        "name": "year",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "integer", "minimum": FIRST_YEAR},
                        "description": f"报告年度，{FIRST_YEAR} 至今年 / the year, {FIRST_YEAR} to this year",
                    },
                    *query,
                ],
                "responses": {
                    "200": report_ok,
                    **{k: v for k, v in responses(200, "Report", 403, 404, 422).items() if k != "200"},
                },
            }
        },
        "/calendar/due": {
            "get": {
                "operationId": "getDueWindow",
                "summary": "到期日与期间内到期的案件 / the due date and the cases due by it",
                "parameters": [
                    {
                        "name": "from",
                        "in": "query",
                        "required": False,
                        "schema": DATE,
                        "description": "起算日（不计入），默认今天 / the start date, not counted; today by default",
                    },
                    {
                        "name": "days",
                        "in": "query",
                        "required": True,
                        "schema": {"type": "integer", "minimum": 1, "maximum": MAX_DAYS},
                        "description": "工作日数 / working days",
                    },
                    *PAGE_PARAMETERS,
                ],
                "responses": responses(200, "DueWindow", 422),
            }
        },
    }
