"""A sweeper in its own process (tests and the benchmark): prints its SweepReport as JSON.

python sweeper_child.py DB_URL KEY BASE_URL NOW_ISO CONCURRENCY
"""

from __future__ import annotations

import json
import sys
from datetime import datetime


def main() -> None:
    url, key, base_url, now_iso, concurrency = sys.argv[1:6]
    from instagram_graph_api_sdk.tokens import TokenStore

    now = datetime.fromisoformat(now_iso)
    store = TokenStore(url, key=key, clock=lambda: now)
    print("ready", flush=True)
    report = store.refresh_due(concurrency=int(concurrency), base_url=base_url)
    print(
        json.dumps(
            {
                "refreshed": report.refreshed,
                "deferred": report.deferred,
                "errors": report.errors,
                "seconds": report.seconds,
            }
        ),
        flush=True,
    )
    store.close()


if __name__ == "__main__":
    main()
