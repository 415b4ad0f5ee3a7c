"""A webhook endpoint with only the standard library: handshake, signature, parse, de-duplicate.

INSTAGRAM_APP_SECRET=... INSTAGRAM_VERIFY_TOKEN=... python examples/webhook_server.py 8000
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from instagram_graph_api_sdk import InstagramWebhooks, WebhookDeduplicator, WebhookEvent


def make_server(
    port: int, app_secrets: list[str], verify_token: str, handle: Callable[[WebhookEvent], None]
) -> ThreadingHTTPServer:
    dedupe = WebhookDeduplicator()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # the subscription handshake
            params = parse_qs(urlsplit(self.path).query)
            challenge = InstagramWebhooks.verify_subscription(params, verify_token)
            self.reply(200 if challenge is not None else 403, (challenge or "").encode())

        def do_POST(self) -> None:  # a notification
            raw = self.rfile.read(int(self.headers.get("content-length") or 0))
            if not InstagramWebhooks.verify_signature(raw, self.headers.get("x-hub-signature-256"), app_secrets):
                self.reply(403, b"")
                return
            for event in InstagramWebhooks.parse_payload(raw).events:
                if dedupe.first_time(event):
                    handle(event)
            self.reply(200, b"")

        def reply(self, status: int, body: bytes) -> None:
            self.send_response(status)
            self.send_header("content-type", "text/plain")
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            return

    return ThreadingHTTPServer(("127.0.0.1", port), Handler)


def print_event(event: WebhookEvent) -> None:
    print(f"{event.field} for {event.account_id}: {event.raw}")


if __name__ == "__main__":
    secrets = [s for s in os.environ.get("INSTAGRAM_APP_SECRET", "").split(",") if s]
    if not secrets:
        raise SystemExit("set INSTAGRAM_APP_SECRET (comma-separate several during rotation)")
    server = make_server(int(sys.argv[1]) if len(sys.argv) > 1 else 8000, secrets,
                         os.environ.get("INSTAGRAM_VERIFY_TOKEN", ""), print_event)  # fmt: skip
    print(f"listening on http://127.0.0.1:{server.server_address[1]}")
    server.serve_forever()
