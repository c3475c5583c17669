"""`python -m servicetitan.sandbox --port 8765`: a ServiceTitan-compatible API on loopback."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from .app import DEFAULT_JOBS, DEFAULT_TENANT, TOKEN_PATH, Sandbox
from .auth import Credentials
from .faults import FaultSettings
from .listing import ExportSettings
from .server import LOOPBACK, bind, run_forever

MAX_PORT = 65_535


def _bounded(kind: Callable[[str], float], low: float, high: float | None, what: str) -> Callable[[str], float]:
    """An argparse type: the value read by `kind`, refused (as a usage error naming the flag) outside the range."""

    def read(text: str) -> float:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not {what}") from None
        if value < low or (high is not None and value > high):
            raise argparse.ArgumentTypeError(f"{text} is not {what}")
        return value

    return read


_FRACTION = _bounded(float, 0.0, 1.0, "a fraction between 0 and 1")
_SECONDS = _bounded(float, 0.0, None, "a number of seconds >= 0")
_POSITIVE = _bounded(int, 1, None, "an integer >= 1")


def _positive_rate(text: str) -> float:
    value = _bounded(float, 0.0, None, "a positive number of requests per second")(text)
    if value == 0:
        raise argparse.ArgumentTypeError(f"{text} is not a positive number of requests per second")
    return value


def _connection_help(credentials: Credentials) -> str:
    return (
        f"Connect with client_id={credentials.client_id} client_secret={credentials.client_secret} "
        f"app_key={credentials.app_key} tenant={DEFAULT_TENANT} (any tenant id works; each is seeded on first "
        f"use). The token endpoint is POST {TOKEN_PATH} on the same host."
    )


MODULE_PROG = "python -m servicetitan.sandbox"


def parse_args(argv: Sequence[str] | None = None, prog: str = MODULE_PROG) -> argparse.Namespace:
    """The options; `prog` is how the command was invoked, as usage and errors name it."""
    defaults = Credentials()
    faults = FaultSettings()
    parser = argparse.ArgumentParser(
        prog=prog,
        description=__doc__,
        epilog=_connection_help(defaults),
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    parser.add_argument("--host", default=LOOPBACK, help="interface to listen on (loopback only unless changed)")
    parser.add_argument(
        "--port", type=_bounded(int, 0, MAX_PORT, f"a port between 0 and {MAX_PORT}"), default=8765,
        help="port to listen on; 0 picks a free one (the banner prints the port bound)",
    )  # fmt: skip
    parser.add_argument("--jobs", type=_POSITIVE, default=DEFAULT_JOBS, help="seeded jobs per tenant (1 to 100000+)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the generated tenant data")
    parser.add_argument("--client-id", default=defaults.client_id, help="OAuth client id the sandbox accepts")
    parser.add_argument(
        "--client-secret", default=defaults.client_secret, help="OAuth client secret the sandbox accepts"
    )
    parser.add_argument("--app-key", default=defaults.app_key, help="ST-App-Key the sandbox accepts")
    parser.add_argument(
        "--export-batch-size", type=_POSITIVE, default=ExportSettings().batch_size, help="records per export batch"
    )
    parser.add_argument(
        "--rate-limit", type=_positive_rate, default=None, help="requests/s per (app key, tenant); 429 above"
    )
    parser.add_argument("--error-rate", type=_FRACTION, default=0.0, help="fraction of requests answered with a 5xx")
    parser.add_argument("--latency", type=_SECONDS, default=0.0, help="seconds added to every answer")
    parser.add_argument(
        "--token-lifetime", type=_POSITIVE, default=faults.token_lifetime, help="expires_in of new tokens, seconds"
    )
    parser.add_argument("--drop-rate", type=_FRACTION, default=0.0, help="fraction of connections dropped unanswered")
    parser.add_argument("--odd-record-rate", type=_FRACTION, default=0.0, help="fraction of odd records in lists")
    parser.add_argument(
        "--deviations",
        choices=("documents", "production"),
        default="documents",
        help="answer as the documents say (default) or as production was seen to answer (QUIRKS.md)",
    )
    parser.add_argument("--fault-seed", type=int, default=0, help="seed of the fault decisions")
    parser.add_argument(
        "--http",
        choices=("h11", "httptools"),
        default=None,
        help="uvicorn HTTP implementation; none given picks the fastest installed",
    )
    return parser.parse_args(argv)


def build(args: argparse.Namespace) -> Sandbox:
    return Sandbox(
        jobs=int(args.jobs),
        seed=args.seed,
        credentials=Credentials(args.client_id, args.client_secret, args.app_key),
        export=ExportSettings(batch_size=int(args.export_batch_size)),
        deviations=args.deviations,
        faults=FaultSettings(
            rate_limit=args.rate_limit,
            error_rate=args.error_rate,
            latency=args.latency,
            token_lifetime=int(args.token_lifetime),
            drop_rate=args.drop_rate,
            odd_record_rate=args.odd_record_rate,
            seed=args.fault_seed,
        ),
    )


def main(argv: Sequence[str] | None = None, prog: str = MODULE_PROG) -> int:
    args = parse_args(argv, prog)
    sandbox = build(args)
    try:
        listener = bind(args.host, int(args.port))
    except OSError as error:
        print(f"error: cannot listen on {args.host}:{args.port}: {error.strerror or error}", file=sys.stderr)
        return 1
    host, port = listener.getsockname()[:2]
    base_url = f"http://{f'[{host}]' if ':' in host else host}:{port}"
    # One write, so a reader of the pipe gets the whole banner at once.
    print(f"ServiceTitan sandbox on {base_url}\n{_connection_help(sandbox.credentials)}", flush=True)
    run_forever(sandbox, listener, args.http)
    return 0


if __name__ == "__main__":
    sys.exit(main())
