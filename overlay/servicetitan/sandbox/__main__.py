"""`python -m servicetitan.sandbox --port 8765`: a ServiceTitan-compatible API on loopback."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from .app import DEFAULT_JOBS, Sandbox
from .auth import Credentials
from .faults import FaultSettings
from .listing import ExportSettings
from .server import LOOPBACK, run_forever


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    defaults = Credentials()
    parser = argparse.ArgumentParser(prog="python -m servicetitan.sandbox", description=__doc__)
    parser.add_argument("--host", default=LOOPBACK, help="interface to listen on (default: loopback only)")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--jobs", type=int, default=DEFAULT_JOBS, help="seeded jobs per tenant (1 to 100000+)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the generated tenant data")
    parser.add_argument("--client-id", default=defaults.client_id)
    parser.add_argument("--client-secret", default=defaults.client_secret)
    parser.add_argument("--app-key", default=defaults.app_key)
    parser.add_argument("--export-batch-size", type=int, default=ExportSettings().batch_size)
    parser.add_argument("--rate-limit", type=float, default=None, help="requests/s per (app key, tenant); 429 above")
    parser.add_argument("--error-rate", type=float, default=0.0, help="fraction of requests answered with a 5xx")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added to every answer")
    parser.add_argument("--token-lifetime", type=int, default=FaultSettings().token_lifetime, help="seconds")
    parser.add_argument("--drop-rate", type=float, default=0.0, help="fraction of connections dropped unanswered")
    parser.add_argument("--odd-record-rate", type=float, default=0.0, help="fraction of odd records in lists")
    parser.add_argument("--fault-seed", type=int, default=0, help="seed of the fault decisions")
    parser.add_argument("--http", choices=("h11", "httptools"), default=None, help="uvicorn HTTP implementation")
    return parser.parse_args(argv)


def build(args: argparse.Namespace) -> Sandbox:
    return Sandbox(
        jobs=args.jobs,
        seed=args.seed,
        credentials=Credentials(args.client_id, args.client_secret, args.app_key),
        export=ExportSettings(batch_size=args.export_batch_size),
        faults=FaultSettings(
            rate_limit=args.rate_limit,
            error_rate=args.error_rate,
            latency=args.latency,
            token_lifetime=args.token_lifetime,
            drop_rate=args.drop_rate,
            odd_record_rate=args.odd_record_rate,
            seed=args.fault_seed,
        ),
    )


def main(argv: Sequence[str] | None = None) -> None:
    args = parse_args(argv)
    sandbox = build(args)
    print(f"ServiceTitan sandbox on http://{args.host}:{args.port} (token: POST /connect/token)", flush=True)
    run_forever(sandbox, args.host, args.port, args.http)


if __name__ == "__main__":
    main()
