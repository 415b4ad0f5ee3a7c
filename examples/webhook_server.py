"""A webhook endpoint with only the standard library: handshake, signature, parse, de-duplicate.

INSTAGRAM_APP_SECRET=... INSTAGRAM_VERIFY_TOKEN=... python examples/webhook_server.py 8000

It listens on 127.0.0.1. Meta delivers webhooks only to a public https URL: run it behind a
tunnel (ngrok, cloudflared) or a reverse proxy with a certificate, and register that URL.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
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


def settings(environ: Mapping[str, str]) -> tuple[list[str], str]:
    """The app secrets and the verify token, or SystemExit naming what is missing."""
    secrets = [s for s in environ.get("INSTAGRAM_APP_SECRET", "").split(",") if s]
    verify_token = environ.get("INSTAGRAM_VERIFY_TOKEN", "")
    missing = [name for name, value in (("INSTAGRAM_APP_SECRET", secrets), ("INSTAGRAM_VERIFY_TOKEN", verify_token))
               if not value]  # fmt: skip
    if missing:
        raise SystemExit(
            f"set {' and '.join(missing)}: the app secret signs Meta's notifications (comma-separate several "
            "during rotation), and the verify token is the one you type into the App Dashboard's webhook setup; "
            "without it every subscription handshake would be refused"
        )
    return secrets, verify_token


def main(argv: list[str], environ: Mapping[str, str]) -> None:
    secrets, verify_token = settings(environ)
    server = make_server(int(argv[1]) if len(argv) > 1 else 8000, secrets, verify_token, print_event)
    print(f"listening on http://127.0.0.1:{server.server_address[1]}")
    print("Meta delivers webhooks only to a public https URL: put a tunnel (ngrok, cloudflared) or a reverse")
    print("proxy with a certificate in front of this port, and register that URL in the App Dashboard.", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main(sys.argv, os.environ)
