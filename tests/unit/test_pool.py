"""One connection pool, many clients: for_account() and with_options() copies share the pool and
never close it; a closed client refuses calls with ClientClosedError (nothing is sent)."""

from __future__ import annotations

import gc
import json
import tracemalloc
from typing import Any

import httpx
import pytest
from helpers import FAKE_TOKEN, Recorder

import instagram_graph_api_sdk as sdk
from instagram_graph_api_sdk.testing import FakeInstagram


def usage_header(percent: int) -> dict[str, str]:
    usage = {"17841400000000001": [{"type": "instagram", "call_count": percent, "total_cputime": 1, "total_time": 1}]}
    return {"x-business-use-case-usage": json.dumps(usage)}


def profile(request: httpx.Request) -> httpx.Response:
    token = request.headers["authorization"].removeprefix("Bearer ")
    percent = 95 if token == "token-busy" else 10
    return httpx.Response(200, json={"id": "1", "username": token}, headers=usage_header(percent))


def test_for_account_shares_the_pool_with_its_own_token_and_usage() -> None:
    recorder = Recorder(profile)
    parent = sdk.InstagramClient(FAKE_TOKEN, transport=httpx.MockTransport(recorder), max_retries=0, ig_user_id="42")
    busy = parent.for_account("token-busy")
    calm = parent.for_account("token-calm", ig_user_id="7")
    assert busy._http is parent._http
    assert busy._runner.pool is parent._runner.pool is calm._runner.pool
    assert busy.get_config().retry == parent.get_config().retry
    assert busy.get_config().ig_user_id is None  # never the parent's account
    assert calm.get_config().ig_user_id == "7"
    assert busy.users.get_profile().username == "token-busy"
    assert calm.users.get_profile().username == "token-calm"
    assert recorder.requests[0].url.path.endswith("/me")
    assert recorder.requests[1].url.path.endswith("/7")
    assert parent.access_token == FAKE_TOKEN  # the parent's token is untouched
    assert busy.usage is not None
    assert calm.usage is not None
    assert busy.usage.max_percent == 95
    assert calm.usage.max_percent == 10
    assert parent.usage is None  # each account has its own rate-limit state
    busy.set_access_token("token-calm")
    assert parent.access_token == FAKE_TOKEN
    parent.close()


def test_an_account_near_its_limit_waits_and_the_others_do_not() -> None:
    sleeps: list[float] = []
    transport = sdk._transport.RetryTransport(  # the injected sleep records the waits
        httpx.MockTransport(Recorder(profile)), sleep=sleeps.append
    )
    parent = sdk.InstagramClient(FAKE_TOKEN, transport=transport, max_retries=0)
    busy, calm = parent.for_account("token-busy"), parent.for_account("token-calm")
    busy.users.get_profile()
    calm.users.get_profile()
    calm.users.get_profile()
    assert sleeps == []
    busy.users.get_profile()  # its last answer said 95 %: it waits before sending
    assert len(sleeps) == 1
    assert sleeps[0] > 0
    calm.users.get_profile()
    assert len(sleeps) == 1
    parent.close()


def test_each_account_has_its_own_token_refresh_callback() -> None:
    fake = FakeInstagram(real_time=False)
    from datetime import timedelta

    seen: dict[str, Any] = {}
    parent = fake.client()
    other_token = fake.issue_token(age=timedelta(days=2))
    other = parent.for_account(other_token, on_token_refresh=lambda t: seen.setdefault("other", t))
    refreshed = other.auth.refresh_token()
    assert seen["other"] is refreshed
    assert other.access_token == refreshed.access_token
    assert parent.access_token == fake.access_token
    parent.close()


def test_closing_a_copy_never_closes_the_pool() -> None:
    recorder = Recorder(profile)
    parent = sdk.InstagramClient(FAKE_TOKEN, transport=httpx.MockTransport(recorder), max_retries=0)
    with parent.with_options(max_retries=0) as copy:
        copy.users.get_profile()
    assert copy.closed
    assert not parent.closed
    parent.users.get_profile()  # the parent's pool is still open
    account = parent.for_account("token-calm")
    account.close()
    with pytest.raises(sdk.ClientClosedError, match="was closed"):
        account.users.get_profile()
    parent.users.get_profile()
    sent = len(recorder.requests)
    parent.close()
    assert all(client.closed for client in (parent, copy))
    with pytest.raises(sdk.ClientClosedError, match="nothing was sent"):
        parent.users.get_profile()
    with pytest.raises(sdk.ClientClosedError):
        parent.with_options(max_retries=1).users.get_profile()  # derived after the close: same pool
    with pytest.raises(sdk.ClientClosedError):
        parent.for_account("token-calm").users.get_profile()
    assert len(recorder.requests) == sent
    assert isinstance(sdk.ClientClosedError("x"), sdk.InstagramError)


async def test_the_async_client_behaves_the_same() -> None:
    recorder = Recorder(profile)
    parent = sdk.AsyncInstagramClient(FAKE_TOKEN, transport=httpx.MockTransport(recorder), max_retries=0)
    async with parent.with_options(deadline=5) as copy:
        assert (await copy.users.get_profile()).username == FAKE_TOKEN
    account = parent.for_account("token-busy")
    assert (await account.users.get_profile()).username == "token-busy"
    assert account.usage is not None
    assert account.usage.max_percent == 95
    assert parent.usage is not None  # with_options() shares the parent's usage; for_account() does not
    assert parent.usage.max_percent == 10
    await account.close()
    assert (await parent.users.get_profile()).username == FAKE_TOKEN
    await parent.close()
    with pytest.raises(sdk.ClientClosedError):
        await parent.users.get_profile()
    with pytest.raises(sdk.ClientClosedError):
        await parent.for_account("token-calm").users.get_profile()


def test_ten_thousand_accounts_cost_little_memory() -> None:
    """The figure itself is reported by `make bench`; here: well under 1 KB per account."""
    parent = sdk.InstagramClient(FAKE_TOKEN, transport=httpx.MockTransport(Recorder(profile)))
    parent.for_account("warm-up-token")
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    accounts = [parent.for_account(f"token-{i:05d}") for i in range(10_000)]
    used = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    assert len({id(a._runner.pool) for a in accounts}) == 1
    assert used / len(accounts) < 1024, used
    parent.close()


@pytest.mark.parametrize("method", ["GET", "POST", "DELETE"])
def test_a_request_without_a_body_has_exactly_the_headers_httpx_gives_it(method: str) -> None:
    """The runner builds bodiless requests from a per-pool set of normalised headers (Host first,
    Content-Length: 0 for POST); the result is what httpx.Request itself builds, token included,
    and a token switch is never served the previous token's headers."""
    from instagram_graph_api_client._operations import OPERATIONS
    from instagram_graph_api_client.api.users import get_profile

    client = sdk.InstagramClient(FAKE_TOKEN, transport=httpx.MockTransport(profile))
    runner = client._runner
    for token in (FAKE_TOKEN, "c4n4ry|tok/en+x=y", FAKE_TOKEN):
        client.set_access_token(token)
        built = runner.prepare(
            OPERATIONS["get_profile"], lambda: {**get_profile.build_request("me", fields="id"), "method": method}
        )
        expected = httpx.Request(method, built.url, headers={**runner.pool.headers, "Authorization": "Bearer " + token})
        assert built.headers.raw == expected.headers.raw
        assert built.method == method
        assert built.content == expected.content == b""
        # Built without httpx.Request.__init__ (see _pool.bodiless_request): every attribute
        # httpx's own request has, so an httpx upgrade that adds one fails here.
        assert vars(built).keys() == vars(expected).keys()
        assert built.url == expected.url
        assert built.extensions["timeout"] == runner.options.timeout.as_dict()
        again = runner.prepare(
            OPERATIONS["get_profile"], lambda: {**get_profile.build_request("me", fields="id"), "method": method}
        )
        assert again.headers is not built.headers  # each its own copy: a transport may change it
