"""A client whose requests are recorded and answered 200, for checks that must stop a request before sending."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import httpx

from servicetitan import ServiceTitan
from tests.core.conftest import JOB, FakeAPI, client_kwargs


@contextmanager
def capturing(answer: object = JOB) -> Iterator[tuple[ServiceTitan, FakeAPI]]:
    api = FakeAPI(lambda request: httpx.Response(200, json=answer))
    with ServiceTitan(**client_kwargs(transport=httpx.MockTransport(api), sleep=lambda seconds: None)) as st:
        yield st, api
