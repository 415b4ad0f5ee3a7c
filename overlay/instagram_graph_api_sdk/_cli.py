"""The `instagram-graph` command: `demo` and `fake-server`."""

from __future__ import annotations

import argparse
import sys
import time

from ._version import __version__


def _fake_server(port: int) -> int:
    from .testing import FakeInstagram

    fake = FakeInstagram()
    server = fake.serve(port)
    print(f"FakeInstagram on {server.url}  (Ctrl-C stops it)")
    print(f"  InstagramClient(access_token={fake.access_token!r}, base_url={server.url!r})")
    print(
        f"  OAuth app: client_id={fake.client_id} client_secret={fake.client_secret} redirect_uri={fake.redirect_uri}"
    )
    sys.stdout.flush()
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        return 0
    finally:
        server.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="instagram-graph", description="instagram-graph-api-sdk tools")
    parser.add_argument("--version", action="version", version=f"instagram-graph-api-sdk {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("demo", help="run the Access Tokens story against the fake Instagram (offline)")
    serve = commands.add_parser("fake-server", help="run FakeInstagram as an HTTP server on 127.0.0.1")
    serve.add_argument("--port", type=int, default=0, help="port to listen on (default: a free one)")
    args = parser.parse_args(argv)
    if args.command == "demo":
        from ._demo import run

        return run()
    return _fake_server(args.port)


if __name__ == "__main__":
    sys.exit(main())
