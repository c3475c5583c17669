"""A fake ServiceTitan behind httpx.MockTransport: the token endpoint and the API, recording what reaches the wire.

An API request goes to the route of its method and path (the part after `/tenant/{tenant}`) when one was set
(`route`), else to `handler`: by default one that answers every request with `JOB`; `FakeAPI(not_routed)` answers
404 to whatever has no route.
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Callable
from typing import Any

import httpx

API_URL = "https://api.test"
TOKEN_URL = "https://auth.test/connect/token"
TOKEN_PATH = urllib.parse.urlsplit(TOKEN_URL).path
CLIENT_ID = "cid-0001"
CLIENT_SECRET = "cs-very-secret-value-0001"
APP_KEY = "ak-app-key-value-0001"
TENANT = 1234567890

JOB = {
    "id": 1,
    "jobNumber": "J-1",
    "jobStatus": "Scheduled",
    "priority": "Normal",
    "tagTypeIds": [],
    "customerPo": "",
    "estimateIds": [],
    "customerId": 10,
    "locationId": 20,
    "businessUnitId": 30,
    "jobTypeId": 40,
    "campaignId": 50,
    "appointmentCount": 1,
    "firstAppointmentId": 60,
    "lastAppointmentId": 60,
    "noCharge": False,
    "notificationsEnabled": True,
    "createdOn": "2024-01-09T18:32:41.6833333Z",
    "createdById": 70,
    "modifiedOn": "2024-01-09T18:32:41Z",
    "invoiceId": 80,
    "equipmentIds": [],
    "customFields": [],
    "externalData": [],
    "total": 125.5,
}

Handler = Callable[[httpx.Request], httpx.Response]


def snapshot(request: httpx.Request) -> httpx.Request:
    """A copy: the client mutates and resends one request object when it retries or replays."""
    return httpx.Request(
        request.method,
        request.url,
        headers=request.headers.copy(),
        content=request.read(),
        extensions=dict(request.extensions),
    )


def answer_job(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=JOB)


def not_routed(request: httpx.Request) -> httpx.Response:
    return httpx.Response(404, json={"title": f"no fake route for {request.method} {request.url.path}", "status": 404})


class FakeAPI:
    """The token endpoint plus the API (see the module docstring). `token_requests` and `api_requests` (also
    `requests`) hold a copy of every request that reached the wire; `sent` is both."""

    def __init__(self, handler: Handler | None = None, *, lifetime: float = 900) -> None:
        self.handler = handler or answer_job
        self.lifetime = lifetime
        self.routes: dict[tuple[str, str], Handler] = {}
        self.token_requests: list[httpx.Request] = []
        self.api_requests: list[httpx.Request] = []
        self.before_token: Callable[[], None] | None = None
        self.token_response: Callable[[int], httpx.Response] | None = None

    @property
    def requests(self) -> list[httpx.Request]:
        """The API requests that reached the wire."""
        return self.api_requests

    @property
    def sent(self) -> list[httpx.Request]:
        """Every request that reached the wire, the token requests first."""
        return [*self.token_requests, *self.api_requests]

    def route(self, method: str, suffix: str, handler: Handler) -> None:
        """Answer `method` requests to the path that ends, after `/tenant/{tenant}`, with `suffix`."""
        self.routes[(method, suffix)] = handler

    def token(self, number: int) -> str:
        return f"tok-{number:04d}-secret-access-token"

    def json_bodies(self) -> list[Any]:
        return [json.loads(r.content) for r in self.api_requests if r.content]

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == TOKEN_PATH:
            self.token_requests.append(snapshot(request))
            if self.before_token is not None:
                self.before_token()
            number = len(self.token_requests)
            if self.token_response is not None:
                return self.token_response(number)
            return httpx.Response(
                200, json={"access_token": self.token(number), "expires_in": self.lifetime, "token_type": "Bearer"}
            )
        self.api_requests.append(snapshot(request))
        if self.routes:
            _, tenant, path = request.url.path.partition(f"/tenant/{TENANT}")
            handler = self.routes.get((request.method, path)) if tenant else None
            if handler is not None:
                return handler(request)
        return self.handler(request)


def form(request: httpx.Request) -> dict[str, str]:
    return dict(urllib.parse.parse_qsl(request.content.decode()))


def client_kwargs(**overrides: Any) -> dict[str, Any]:
    """The settings of a client of `FakeAPI` (no rate limit), with `overrides`."""
    settings: dict[str, Any] = {
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "app_key": APP_KEY,
        "tenant": TENANT,
        "api_url": API_URL,
        "token_url": TOKEN_URL,
        "rate_limit": None,
    }
    settings.update(overrides)
    return settings
