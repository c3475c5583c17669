"""How every answer's body is decoded: one module, whatever reads it (`st.request`, calls, pages, feeds, reports).

- `decode`: a successful answer as JSON (None when empty), text or bytes; with `decimals`, every JSON number with
  a fraction or an exponent as a `Decimal`, exactly as sent. A body that is not JSON raises
  `ResponseValidationError`, with the status, method and URL.
- `response_json`: the JSON of a single-record answer; `page_body`: the JSON of a page of a list or feed, by
  msgspec's decoder when the `speedups` extra is installed (about twice as fast), else as `decode` reads it.

Bytes become Python through `servicetitan._serialize.loads` only, which also bounds how deeply a hostile body may
nest; error bodies (problem details) are read by `servicetitan.errors` and `servicetitan.retries` through it too.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any

from servicetitan._serialize import loads
from servicetitan.errors import ResponseValidationError

if TYPE_CHECKING:
    import httpx

    from servicetitan._core import ResponseType

__all__ = ["decode", "page_body", "response_json"]


def decode(
    response: httpx.Response, response_type: ResponseType, decimals: bool = False, subject: str = "response body"
) -> Any:
    """The body of a successful response as JSON (None when empty), text or bytes. With `decimals`, every JSON
    number with a fraction or an exponent is a `Decimal`, exactly as sent (integers stay int). `subject` names
    the body in the error of one that is not JSON."""
    if response_type == "binary":
        return response.content
    if response_type == "text":
        return response.text
    if not response.content:
        return None
    try:
        if not decimals:
            return loads(response.content)
        from decimal import Decimal  # loaded by the clients that ask for it, not by every import

        return loads(response.content, parse_float=Decimal)
    except ValueError as exc:  # every way a body fails to decode, nesting too deep included (`loads`)
        raise ResponseValidationError.of(
            f"{subject} is not JSON ({response.headers.get('content-type', 'no content type')})",
            response,
            response.text,
        ) from exc


def response_json(response: httpx.Response) -> Any:
    """The JSON body of a successful answer (None when empty); a body that is not JSON raises."""
    return decode(response, "json")


@cache
def _fast_decoder(decimals: bool = False) -> tuple[Callable[[bytes], Any], type[Exception]] | None:
    """msgspec's JSON decoder into plain Python objects and the error it raises, when the `speedups` extra is
    installed (imported with the first page, not with the library); with `decimals`, every number with a fraction
    or an exponent a `Decimal` of the text sent (`float_hook`, as `json`'s `parse_float`)."""
    try:
        import msgspec
    except ImportError:
        return None
    if decimals:
        from decimal import Decimal

        exact: Callable[[bytes], Any] = msgspec.json.Decoder(float_hook=Decimal).decode
        return exact, msgspec.DecodeError
    decode_bytes: Callable[[bytes], Any] = msgspec.json.Decoder().decode
    return decode_bytes, msgspec.DecodeError


def page_body(response: httpx.Response, decimals: bool = False) -> Any:
    """The JSON body of a page of a list or feed, as `response_json` gives it (with `decimals`, as `decode` with
    `decimals` gives it).

    With msgspec installed, its decoder reads the page first, in about half the time `json` takes: it makes the
    same objects (big integers exact, floats rounded alike or Decimals of the same text, the last of repeated keys
    kept) and refuses some texts `json` reads (NaN, Infinity, numbers beyond a float, lone surrogates, a byte-order
    mark, encodings other than UTF-8). `json` decodes a page msgspec refuses, exactly as without msgspec: it reads
    it or raises."""
    fast = _fast_decoder(decimals)
    content = response.content
    if fast is not None and content:
        decode_bytes, refused = fast
        try:
            return decode_bytes(content)
        except (refused, RecursionError):
            # Nesting beyond the recursion limit: `json` refuses it too, as the typed error every reader raises.
            pass
    return decode(response, "json", decimals)
