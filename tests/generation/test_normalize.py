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
