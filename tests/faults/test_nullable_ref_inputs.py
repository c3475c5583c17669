"""Item 23: inputs whose schema is a nullable `$ref` (`oneOf: [$ref, {type: null}]`, 22 inputs on 12 actions)
accepted anything. They are checked against the referenced schema, and None is still allowed."""

from __future__ import annotations

import pytest

from servicetitan._actions_runtime import action_method
from servicetitan._inputs import check_value
from servicetitan.actions import ACTIONS

from ._capture import capturing


def nullable_ref_inputs():
    found = []
    for action in ACTIONS:
        spec = action_method(action).spec
        if spec is None:
            continue
        for item in spec.inputs:
            variants = item.schema.get("oneOf") or []
            if any("$ref" in v for v in variants) and {"type": "null"} in variants:
                found.append((spec, item))
    return found


def test_every_nullable_ref_input_refuses_a_wrong_type_and_takes_none():
    inputs = nullable_ref_inputs()
    assert len(inputs) >= 22
    for spec, item in inputs:
        domain = spec.operation.domain
        for wrong in ("NotAPriority", 12345):
            with pytest.raises((TypeError, ValueError)):
                check_value(domain, wrong, item.schema, item.python_name)
        assert check_value(domain, None, item.schema, item.python_name) is None


def test_update_location_address_as_a_number_is_refused_before_sending():
    with capturing() as (st, api), pytest.raises(TypeError, match="job_generated_lead_source"):
        st.update_job(id=1, job_generated_lead_source=12345)  # type: ignore[arg-type]
    assert api.api_requests == []
