"""Item 24: None for a required input was dropped silently (`cancel_job` sent `{}`); it is refused, naming the
input, before anything is sent."""

from __future__ import annotations

import pytest

from ._capture import capturing


def test_none_for_a_required_body_input_is_refused():
    with capturing() as (st, api), pytest.raises(TypeError, match=r"cancel_job\(reason_id\) must not be None"):
        st.cancel_job(id=1, reason_id=None, memo="customer called")  # type: ignore[arg-type]
    assert api.api_requests == []


def test_none_for_a_required_path_input_is_refused():
    with capturing() as (st, api), pytest.raises(TypeError, match="must not be None"):
        st.get_job(id=None)  # type: ignore[arg-type]
    assert api.api_requests == []
