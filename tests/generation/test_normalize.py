"""`specs/normalize.py`: what a normalized document keeps of ServiceTitan's download."""

from __future__ import annotations

from types import ModuleType


def test_a_duplicated_enum_value_is_kept_once_with_its_first_name(codegen: ModuleType) -> None:
    # crm's ContactType of 2025-10 lists "Phone" twice (once per name: Phone, LandlinePhone); the generator refuses
    # an enum with two equal members, and the second one says nothing the first does not.
    document = {
        "openapi": "3.0.1",
        "servers": [{"url": "https://api.servicetitan.io/crm/v2"}],
        "paths": {},
        "components": {
            "schemas": {
                "Crm.V2.ContactType": {
                    "type": "string",
                    "enum": ["Phone", "Phone", "Email", "Fax", "MobilePhone"],
                    "x-enumNames": ["Phone", "LandlinePhone", "Email", "Fax", "MobilePhone"],
                },
                "Level": {"type": "integer", "enum": [1, 2, 2, 3]},
            }
        },
    }
    schemas = codegen.normalize.normalize(document)["components"]["schemas"]
    assert schemas["Crm.V2.ContactType"] == {
        "type": "string",
        "enum": ["Phone", "Email", "Fax", "MobilePhone"],
        "x-enumNames": ["Phone", "Email", "Fax", "MobilePhone"],
    }
    assert schemas["Level"] == {"type": "integer", "enum": [1, 2, 3]}
    # The original is left as it was.
    assert document["components"]["schemas"]["Level"]["enum"] == [1, 2, 2, 3]


def test_an_enum_without_duplicates_is_unchanged(codegen: ModuleType) -> None:
    schema = {"type": "string", "enum": ["b", "a"], "x-enumNames": ["B", "A"]}
    document = {"openapi": "3.1.0", "paths": {}, "components": {"schemas": {"S": schema}}}
    assert codegen.normalize.normalize(document)["components"]["schemas"]["S"] == schema


def test_the_operation_index_reads_a_30_document_in_the_31_form(codegen: ModuleType) -> None:
    """The library (the sandbox, the cassettes' contract) reads the index with JSON Schema 2020-12 semantics, where
    OpenAPI 3.0's `nullable` means nothing: the index of a 3.0 document (2025-10's) says null the 3.1 way."""
    schema = {
        "type": "object",
        "description": "a job",
        "properties": {
            "bookingId": {"type": "integer", "format": "int64", "nullable": True},
            "status": {"type": "string", "enum": ["Open", "Done"], "nullable": True},
            "location": {"allOf": [{"$ref": "#/components/schemas/Location"}], "nullable": True},
            "customer": {"$ref": "#/components/schemas/Customer", "nullable": True},
            "anything": {"nullable": True},
            "name": {"type": "string"},
        },
    }
    assert codegen.index_form(schema, "3.0.1") == {
        "type": "object",
        "properties": {
            "bookingId": {"type": ["integer", "null"], "format": "int64"},
            "status": {"type": ["string", "null"], "enum": ["Open", "Done", None]},
            "location": {"oneOf": [{"allOf": [{"$ref": "#/components/schemas/Location"}]}, {"type": "null"}]},
            "customer": {"oneOf": [{"$ref": "#/components/schemas/Customer"}, {"type": "null"}]},
            "anything": {},
            "name": {"type": "string"},
        },
    }
    # A 3.1 document is already in that form; a property called `nullable` is a name, not the keyword.
    named = {"type": "object", "properties": {"nullable": {"type": "boolean"}}}
    assert codegen.index_form(named, "3.1.0") == named
    assert codegen.index_form(named, "3.0.1") == named


def test_a_30_parameter_loses_its_nullable_in_the_index(codegen: ModuleType) -> None:
    """A parameter has no null to send (an optional one is left out), and openapi-core reads a parameter's `type`
    as one string: a 3.0 parameter's `nullable` is dropped, not turned into a type list."""
    schema = {"type": "array", "items": {"type": "integer", "nullable": True}, "nullable": True}
    assert codegen.index_form(schema, "3.0.1", parameter=True) == {"type": "array", "items": {"type": "integer"}}
    assert codegen.index_form(schema, "3.1.0", parameter=True) == schema
