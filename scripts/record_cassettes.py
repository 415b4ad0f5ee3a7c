"""Re-record the cassettes under tests/recorded/cassettes (`make cassettes`).

    make cassettes                                  # live: needs INSTAGRAM_ACCESS_TOKEN
    python scripts/record_cassettes.py --source spec   # offline: the spec's examples

Live recording reads the token from INSTAGRAM_ACCESS_TOKEN and the IDs to call from
INSTAGRAM_TEST_MEDIA_ID, INSTAGRAM_TEST_COMMENT_ID, ... (see tests/recorded/README.md). Only
read-only operations are recorded unless --include-writes is given (writes publish, comment and
message for real); Facebook-Login-only operations need FACEBOOK_ACCESS_TOKEN and
INSTAGRAM_TEST_IG_USER_ID; the OAuth chain needs INSTAGRAM_APP_SECRET and a fresh
INSTAGRAM_AUTH_CODE. Every cassette is scrubbed by the SDK's redaction function while it is
written, and checked for token-shaped strings afterwards.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RECORDED = ROOT / "tests" / "recorded"
sys.path.insert(0, str(RECORDED))  # test_operations
sys.path.insert(0, str(ROOT / "tests"))  # recorded.recording
sys.path.insert(0, str(ROOT / "scripts"))


def selection(include_writes: bool) -> list[str]:
    """pytest node ids to record live."""
    import check_spec
    from test_operations import CALLS  # type: ignore[import-not-found]

    spec = check_spec.load()
    methods = {op["operationId"]: method for _, method, op in check_spec.operations(spec)}
    nodes = []
    for name, (operation, login, *_rest) in sorted(CALLS.items()):
        if login == "facebook" and not os.environ.get("FACEBOOK_ACCESS_TOKEN"):
            continue
        if methods[operation] != "get" and not include_writes:
            continue
        nodes.append(f"tests/recorded/test_operations.py::test_method[{name}]")
    if os.environ.get("INSTAGRAM_AUTH_CODE") and os.environ.get("INSTAGRAM_APP_SECRET"):
        nodes.append("tests/recorded/test_oauth_chain.py::test_exchange_code_for_token")
    if os.environ.get("INSTAGRAM_EXPIRED_TOKEN"):
        nodes.append("tests/recorded/test_oauth_chain.py::test_an_expired_token_is_an_authentication_error")
    return nodes


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--source", choices=["live", "spec"], default="live")
    parser.add_argument("--include-writes", action="store_true", help="also record operations that change things")
    args = parser.parse_args(argv)
    env = {**os.environ, "INSTAGRAM_CASSETTE_SOURCE": args.source}
    if args.source == "live":
        if not os.environ.get("INSTAGRAM_ACCESS_TOKEN"):
            print(
                "make cassettes records against the live Instagram API and needs credentials:\n"
                "  export INSTAGRAM_ACCESS_TOKEN=...          # an Instagram Login user token\n"
                "  export INSTAGRAM_TEST_MEDIA_ID=... (and the other IDs in tests/recorded/README.md)\n"
                "Without network or credentials, rebuild the offline cassettes instead:\n"
                "  .venv/bin/python scripts/record_cassettes.py --source spec",
                file=sys.stderr,
            )
            return 2
        nodes = selection(args.include_writes)
        socket_options = ["-o", "addopts=--import-mode=importlib -p no:cacheprovider", "-p", "no:socket"]
    else:
        nodes = ["tests/recorded"]
        socket_options = []
    command = [sys.executable, "-m", "pytest", "-q", *socket_options, "--record-mode=rewrite", *nodes]
    result = subprocess.run(command, cwd=ROOT, env=env)
    if result.returncode != 0:
        return result.returncode
    from recorded.recording import IDS_FILE, load_ids  # the IDs used, so replay asks for the same URLs

    IDS_FILE.write_text(json.dumps(load_ids(), indent=2, sort_keys=True) + "\n")
    scan = subprocess.run([sys.executable, "-m", "pytest", "-q", "tests/test_no_secrets.py"], cwd=ROOT)
    return scan.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
