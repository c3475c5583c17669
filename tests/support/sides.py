"""One test, both clients: the `side` fixture ("sync", "async"), and helpers that call or iterate on either."""

from __future__ import annotations

from typing import Any

import pytest

__all__ = ["anyio_backend", "call", "collect", "side"]


@pytest.fixture(params=["sync", "async"])
def side(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


async def call(target: Any, method: str, /, *args: Any, **kwargs: Any) -> Any:
    """`target.method(...)`, awaited when it answers an awaitable (a method of the async client or of what it
    hands out)."""
    result = getattr(target, method)(*args, **kwargs)
    return await result if hasattr(result, "__await__") else result


async def collect(iterable: Any, limit: int | None = None) -> list[Any]:
    """The items of a sync or async iterable, at most `limit` (the iteration stops there)."""
    items: list[Any] = []
    if hasattr(iterable, "__aiter__"):
        async for item in iterable:
            items.append(item)
            if len(items) == limit:
                break
    else:
        for item in iterable:
            items.append(item)
            if len(items) == limit:
                break
    return items
