"""Item 21: a 3xx answer was treated as success (`get_job` returned None). The API never redirects, so it is
an `UnexpectedRedirectError` naming the Location, and it is never followed."""

from __future__ import annotations

import httpx
import pytest

from servicetitan import APIStatusError, ServiceTitan
from tests.core.conftest import FakeAPI, client_kwargs


@pytest.mark.parametrize("status", [301, 302, 307, 308])
def test_redirect_is_an_error_naming_the_location(status):
    api = FakeAPI(lambda request: httpx.Response(status, headers={"Location": "https://elsewhere.test/login"}))
    with ServiceTitan(**client_kwargs(transport=httpx.MockTransport(api))) as st:
        with pytest.raises(APIStatusError) as caught:
            st.get_job(id=1)
        assert caught.value.status == status
        assert "https://elsewhere.test/login" in str(caught.value)
        assert type(caught.value).__name__ == "UnexpectedRedirectError"
    assert len(api.api_requests) == 1
