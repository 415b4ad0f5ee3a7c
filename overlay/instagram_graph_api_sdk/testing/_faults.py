"""Fault injection for FakeInstagram: throttling, transient errors, HTML pages, latency, lost
responses, slow publishes and uploads cut mid-body. Each fault fires a bounded number of times.

The faults that strike before routing answer with `fault_response`; the ones that strike after
the work was done raise `LostResponse` (or `SlowResponse`), which the transport and the loopback
server turn into a dropped connection or a read timeout."""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from typing import Any

from .._exceptions import ConfigurationError
from ._http import FakeResponse, graph_error


class LostResponse(Exception):
    """Raised inside the fake when a fault drops the connection after the work was done."""


class SlowResponse(LostResponse):
    """Raised when the work is still going on (faults.slow_publish): the client's wait times out."""


@dataclass
class Fault:
    kind: str
    times: int | None  # None: every matching request
    path: str | None  # fires when this text is in the request path (None: any request)
    options: dict[str, Any] = field(default_factory=dict)


class FaultPlan:
    """What to break next. `fake.faults.throttle(times=2)`, `fake.faults.lose_response(path="media_publish")`."""

    def __init__(self) -> None:
        self._faults: list[Fault] = []
        self._lock = threading.Lock()

    def _add(self, kind: str, times: int | None, path: str | None, **options: Any) -> FaultPlan:
        if times is not None and times < 1:
            raise ValueError("times must be at least 1 (or None for every request)")
        with self._lock:
            self._faults.append(Fault(kind, times, path, options))
        return self

    def throttle(
        self, times: int | None = 1, *, code: int = 4, regain_minutes: float | None = None, path: str | None = None
    ) -> FaultPlan:
        """Answer with a throttling error (code 4, 17, 32, 613 or 80002); `regain_minutes` adds
        X-Business-Use-Case-Usage with estimated_time_to_regain_access."""
        return self._add("throttle", times, path, code=code, regain_minutes=regain_minutes)

    def transient(
        self, times: int | None = 1, *, code: int = 2, status: int = 500, path: str | None = None
    ) -> FaultPlan:
        """Answer with a temporary Graph error (code 1 or 2)."""
        return self._add("transient", times, path, code=code, status=status)

    def html_error(self, times: int | None = 1, *, status: int = 502, path: str | None = None) -> FaultPlan:
        """Answer with a proxy's HTML error page instead of JSON."""
        return self._add("html", times, path, status=status)

    def latency(self, seconds: float, *, times: int | None = None, path: str | None = None) -> FaultPlan:
        """Wait before answering."""
        return self._add("latency", times, path, seconds=seconds)

    def lose_response(self, times: int | None = 1, *, path: str | None = None) -> FaultPlan:
        """Carry out the request, then drop the connection before answering (the ambiguous case)."""
        return self._add("lose", times, path)

    def slow_publish(self, seconds: float = 30.0, *, status: str = "FINISHED", times: int | None = 1) -> FaultPlan:
        """Make media_publish slow, as Meta's sometimes is: the request is accepted, the client's
        wait ends without an answer (a read timeout in process, a dropped connection on a
        loopback server), and the post appears `seconds` later on the fake's clock. Meanwhile
        the container reads `status` (FINISHED or IN_PROGRESS), and a second media_publish of a
        FINISHED container posts again: the double post a blind retry causes."""
        if status not in ("FINISHED", "IN_PROGRESS"):
            raise ConfigurationError("slow_publish status must be FINISHED or IN_PROGRESS")
        return self._add("slow_publish", times, "media_publish", seconds=seconds, status=status)

    def cut_upload(self, at_bytes: int, times: int | None = 1) -> FaultPlan:
        """Keep only the first `at_bytes` of an upload's body, then drop the connection."""
        return self._add("cut", times, "/ig-api-upload/", at_bytes=at_bytes)

    def take_cut(self, path: str) -> int | None:
        """How many bytes of this upload to keep before dropping the connection (None: no cut)."""
        fault = self.take(("cut",), path)
        return int(fault.options["at_bytes"]) if fault is not None else None

    def take_slow_publish(self, path: str) -> tuple[float, str] | None:
        """(seconds until the post appears, the container's status meanwhile) for a slow media_publish."""
        fault = self.take(("slow_publish",), path)
        return (float(fault.options["seconds"]), str(fault.options["status"])) if fault is not None else None

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def take(self, kinds: tuple[str, ...], path: str) -> Fault | None:
        """The first pending fault of these kinds matching `path` (counting it as used)."""
        with self._lock:
            for fault in self._faults:
                if fault.kind in kinds and (fault.path is None or fault.path in path):
                    if fault.times is not None:
                        fault.times -= 1
                        if fault.times == 0:
                            self._faults.remove(fault)
                    return fault
        return None


def fault_response(fault: Fault) -> tuple[FakeResponse, dict[str, str]]:
    """The response (and extra headers) a before-routing fault answers with."""
    if fault.kind == "html":
        status = fault.options["status"]
        return FakeResponse(status, f"<html><body><h1>{status} Bad Gateway</h1></body></html>"), {}
    if fault.kind == "transient":
        message = "An unexpected error has occurred. Please retry your request later."
        return graph_error(fault.options["code"], message, status=fault.options["status"], transient=True), {}
    code = fault.options["code"]
    messages = {
        4: "(#4) Application request limit reached",
        17: "(#17) User request limit reached",
        32: "(#32) Page request limit reached",
        613: "(#613) Calls to this api have exceeded the rate limit.",
        80002: "(#80002) There have been too many calls to this Instagram account. Wait a bit and try again.",
    }
    headers = {}
    if fault.options.get("regain_minutes") is not None:
        entry = {"type": "instagram", "call_count": 100, "total_cputime": 20, "total_time": 20}
        entry["estimated_time_to_regain_access"] = fault.options["regain_minutes"]
        usage = {"17841400000000001": [entry]}
        headers["x-business-use-case-usage"] = json.dumps(usage)
    return graph_error(code, messages.get(code, f"(#{code}) Rate limited"), transient=True), headers


def app_limit_response() -> FakeResponse:
    """Meta's answer once the app's rolling-hour limit is used up (X-App-Usage at 100 %)."""
    return graph_error(4, "(#4) Application request limit reached", transient=True)
