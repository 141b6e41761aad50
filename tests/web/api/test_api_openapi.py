"""The OpenAPI document: served at /api/v1/openapi.json, POST …/events a oneOf discriminated by
trigger with one branch per trigger of every loaded definition, generated from its fields."""

from __future__ import annotations

from workflow.definitions.model import FIELD_TYPES
from workflow.web.api.schemas import BASE_TYPES, fields_schema


def test_the_document_is_served_without_a_token(api):
    response = api.anonymous().get("/api/v1/openapi.json")
    assert response.status_code == 200 and response.json()["openapi"].startswith("3.1")


def test_fire_is_a_oneof_discriminated_by_trigger_with_a_branch_per_trigger_of_every_version(api):
    doc = api.anonymous().get("/api/v1/openapi.json").json()
    schemas = doc["components"]["schemas"]
    fire = schemas["FireRequest"]
    triggers = {name for d in api.world.registry.definitions.values() for name in d.triggers}
    assert fire["discriminator"]["propertyName"] == "trigger"
    assert set(fire["discriminator"]["mapping"]) == triggers and len(fire["oneOf"]) == len(triggers)
    request = doc["paths"]["/cases/{case_no}/events"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert request == {"$ref": "#/components/schemas/FireRequest"}


def test_each_branch_is_generated_from_the_triggers_fields_with_labelled_enums(api):
    registry = api.world.registry
    schemas = api.anonymous().get("/api/v1/openapi.json").json()["components"]["schemas"]
    newest = registry.definitions[("GIR2019", "2")]
    decide = schemas["Fire_decide"]
    data = decide["properties"]["data"]
    expected = fields_schema(registry.vocabulary, newest.all_fields(newest.triggers["decide"]))
    assert expected in (data.get("anyOf") or [data])
    assert decide["properties"]["trigger"]["const"] == "decide"
    outcome = expected["properties"]["outcome"]
    assert outcome["x-enum-labels"]["disclosed"] == "予以公开" and "outcome" in expected["required"]


def test_every_error_status_of_every_operation_is_documented_with_the_error_shape(api):
    doc = api.anonymous().get("/api/v1/openapi.json").json()
    for path, operations in doc["paths"].items():
        for method, op in operations.items():
            # every operation with a token says 401 and 403 (an intake token); the status lookup has none
            needs_token = op.get("security", doc["security"]) != []
            assert needs_token == ("401" in op["responses"]) == ("403" in op["responses"]), (method, path)
            for status, answer in op["responses"].items():
                if status.startswith("4"):
                    assert answer["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Error"}


def test_every_field_type_of_the_definitions_has_a_schema():
    assert set(BASE_TYPES) == FIELD_TYPES
