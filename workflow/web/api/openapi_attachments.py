"""The OpenAPI document's part for the case file: the attachment schemas and the three operations."""

from __future__ import annotations

from typing import Any

from workflow.definitions.model import Registry
from workflow.file_types import FILE_TYPES

REF = "#/components/schemas/"
CASE_NO = {
    "name": "case_no",
    "in": "path",
    "required": True,
    "schema": {"type": "string"},
    "description": "案件编号 / case number, e.g. SJJ-2026-0001",
}
IDEMPOTENCY = {
    "name": "Idempotency-Key",
    "in": "header",
    "required": False,
    "schema": {"type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[\\x21-\\x7e]+$"},
    "description": "重试同一请求时的同一键 / the same key on a retry of the same request",
}
IF_MATCH = {
    "name": "If-Match",
    "in": "header",
    "required": False,
    "schema": {"type": "string", "pattern": '^"[0-9]+"$'},
    "description": "可选：案件版本，过时则 412 / optional: the case version; stale is 412",
}
ATTACHMENT_ID = {"name": "attachment_id", "in": "path", "required": True, "schema": {"type": "integer"}}
TEXT = {"type": "string"}


def _error(description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": {"$ref": REF + "Error"}}}}


ERRORS = {
    "401": _error("缺少或无效的令牌 / missing, unknown, expired or revoked token"),
    "404": _error("没有这件案件、附件或无权查看 / no such case or attachment, or outside the caller's scope"),
    "429": _error("请求过于频繁（见 Retry-After） / over the token's request budget; see Retry-After"),
}


def attachment_schemas(registry: Registry) -> dict[str, Any]:
    kinds = registry.vocabulary.codes("attachment_kinds")
    attachment = {
        "type": "object",
        "required": [
            "id",
            "kind",
            "kind_label",
            "sha256",
            "size",
            "media_type",
            "filename",
            "uploaded_by",
            "uploaded_at",
            "url",
        ],
        "properties": {
            "id": {"type": "integer"},
            "event_seq": {"type": ["integer", "null"]},
            "kind": {"type": "string", "enum": kinds},
            "kind_label": TEXT,
            "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
            "size": {"type": "integer"},
            "media_type": TEXT,
            "filename": TEXT,
            "uploaded_by": TEXT,
            "uploaded_at": {"type": "string", "format": "date-time"},
            "recorded_seq": {"type": "integer"},
            "url": TEXT,
        },
    }
    return {
        "Attachment": attachment,
        "Attached": {
            "allOf": [
                {"$ref": REF + "Attachment"},
                {
                    "type": "object",
                    "required": ["case_no", "seq", "version"],
                    "properties": {
                        "case_no": TEXT,
                        "seq": {"type": "integer"},
                        "version": {"type": "integer"},
                    },
                },
            ]
        },
        "Attachments": {
            "type": "object",
            "required": ["case_no", "version", "attachments"],
            "properties": {
                "case_no": TEXT,
                "version": {"type": "integer"},
                "attachments": {"type": "array", "items": {"$ref": REF + "Attachment"}},
            },
        },
        "AttachmentUpload": {
            "type": "object",
            "required": ["kind", "file"],
            "properties": {
                "kind": {"type": "string", "enum": kinds, "description": "附件类别 / attachment kind"},
                "event_seq": {
                    "type": "integer",
                    "minimum": 1,
                    "description": "所属事件（默认整个案件） / the event it belongs to",
                },
                "file": {
                    "type": "string",
                    "format": "binary",
                    "description": "文件；类型按内容识别 / the file; its type is read from its content",
                },
            },
        },
    }


def attachment_paths(case_path: str) -> dict[str, Any]:
    base = case_path + "/attachments"
    json_of = {"application/json": {"schema": {"$ref": REF + "Attachments"}}}
    media = {
        t.media_type.split(";")[0]: {"schema": {"type": "string", "format": "binary"}}
        for t in FILE_TYPES.values()
    }
    return {
        base: {
            "get": {
                "operationId": "listAttachments",
                "summary": "案卷附件 / the case's files",
                "parameters": [CASE_NO],
                "responses": {
                    "200": {
                        "description": "成功 / success",
                        "content": json_of,
                        "headers": {"ETag": {"schema": TEXT}},
                    },
                    **ERRORS,
                },
            },
            "post": {
                "operationId": "attachFile",
                "summary": "添加附件 / attach a file",
                "parameters": [CASE_NO, IF_MATCH, IDEMPOTENCY],
                "requestBody": {
                    "required": True,
                    "content": {"multipart/form-data": {"schema": {"$ref": REF + "AttachmentUpload"}}},
                },
                "responses": {
                    "201": {
                        "description": "已添加 / attached",
                        "content": {"application/json": {"schema": {"$ref": REF + "Attached"}}},
                        "headers": {"Location": {"schema": TEXT}, "ETag": {"schema": TEXT}},
                    },
                    **ERRORS,
                    "400": _error("请求体不是 multipart 表单 / the body is not a multipart form"),
                    "409": _error("并发写入冲突 / another writer changed the case meanwhile"),
                    "412": _error("If-Match 的版本已过时 / the If-Match version is stale"),
                    "413": _error("文件过大 / the upload is larger than attachments.max_mb"),
                    "422": _error("字段无效或文件被拒绝 / invalid field, or the file is refused"),
                },
            },
        },
        base + "/{attachment_id}": {
            "get": {
                "operationId": "getAttachment",
                "summary": "取出附件 / one file, as uploaded",
                "parameters": [CASE_NO, ATTACHMENT_ID],
                "responses": {
                    "200": {
                        "description": "文件 / the file",
                        "content": media,
                        "headers": {"Content-Disposition": {"schema": TEXT}},
                    },
                    **ERRORS,
                    "409": _error("存储的文件已缺失或被改动 / the stored file is missing or changed"),
                    "422": _error("参数无效 / invalid parameters"),
                },
            }
        },
    }
