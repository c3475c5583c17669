"""`servicetitan check`: can this app, with these settings, read this tenant?

It obtains a token, names the environment, then for each domain sends one cheap read (one record of a list
that needs no input, the same operation every time: `probe_operation`). A 403 names the scope that
operation's spec requires. An operation the server does not serve (404, 501: the sandbox serves only part of
the API) is reported and is no problem. Any problem ends the check with a non-zero exit and one line saying
what to fix.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache

from servicetitan import _catalog
from servicetitan._operations import Kind, spec_for
from servicetitan.environments import ENVIRONMENTS
from servicetitan.errors import (
    APIConnectionError,
    APIStatusError,
    AuthenticationError,
    PermissionDeniedError,
    ServiceTitanError,
)
from servicetitan.frames import client_method
from servicetitan.resources import EXPORT, domain_resources

from .settings import Connection

NOT_SERVED = frozenset({404, 501})


@cache
def probe_operation(domain: str) -> str | None:
    """The method (`jpm.appointments.get_list`) that `check` reads one record of, or None for a domain
    without a list that needs no input: the one with the shortest path, then the first by operationId."""
    candidates = []
    for resource, verbs in domain_resources(domain).items():
        if resource == EXPORT:
            continue
        for verb, operation in verbs.items():
            spec = spec_for(operation.domain, operation.operation_id)
            if spec.kind is Kind.LIST and not spec.required:
                candidates.append((len(operation.path), operation.operation_id, f"{domain}.{resource}.{verb}"))
    return min(candidates)[2] if candidates else None


@dataclass
class Report:
    fix: str | None = None
    denied: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.fix is None and not self.denied

    def what_to_fix(self) -> str:
        if self.fix is not None:
            return self.fix
        scopes = sorted({scope for needed in self.denied.values() for scope in needed})
        domains = ", ".join(sorted(self.denied))
        return f"grant the app the scope(s) {', '.join(scopes)} (denied in {domains}), or leave those domains out"


def run_check(connection: Connection, domains: Sequence[str] | None, say: Callable[[str], None]) -> Report:
    report = Report()
    chosen = [_catalog.domain_key(name) for name in domains] if domains else list(_catalog.DOMAINS)
    with connection.client(max_retries=1) as st:
        environment = st.environment
        overridden = ", URLs overridden" if environment != ENVIRONMENTS.get(environment.name) else ""
        say(f"environment: {environment.name}{overridden} (API {environment.api_url}, token {environment.token_url})")
        say(f"tenant: {st.tenant} (settings from {connection.source})")
        try:
            st.authenticate()
        except AuthenticationError as exc:
            report.fix = (
                f"the token was refused ({exc.title or exc}): check the client id and secret, and that they "
                f"belong to the {environment.name} environment"
            )
            return report
        except APIConnectionError:
            report.fix = f"cannot reach the token endpoint {environment.token_url}: check the URL and the network"
            return report
        say("token: obtained")
        for domain in chosen:
            path = probe_operation(domain)
            if path is None:
                say(f"{domain}: no list to probe")
                continue
            try:
                client_method(st, path)(page_size=1, as_dicts=True)
            except PermissionDeniedError as exc:
                report.denied[domain] = exc.required_scopes
                say(f"{domain}: DENIED reading {path} (needs scope {' or '.join(exc.required_scopes) or '?'})")
            except AuthenticationError as exc:
                report.fix = f"the API refused the credentials ({exc.title or exc}): check the app key"
                say(f"{domain}: refused ({exc.status})")
                return report
            except APIStatusError as exc:
                if exc.status not in NOT_SERVED:
                    report.fix = report.fix or f"{path} failed with {exc.status}: {exc.title or exc}"
                meaning = "not served here" if exc.status in NOT_SERVED else "error"
                say(f"{domain}: {path} answered {exc.status} ({meaning})")
            except ServiceTitanError as exc:
                report.fix = report.fix or f"{path} failed: {exc}"
                say(f"{domain}: {path} failed")
            else:
                say(f"{domain}: ok ({path})")
    return report
