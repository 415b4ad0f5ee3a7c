"""The canary suite: four canary secrets that are NOT shaped like Meta tokens (a token with
`| / + =`, a 32-hex app secret, an `AQ...` code, a refresh token with `\\ ' "`), driven through
success, error, retry, refresh and OAuth paths, sync and async, with the token in the header and
in the query, against a loopback server and a MockTransport that echo every secret they receive
(in every form, in headers and error bodies) and against FakeInstagram. With DEBUG logging of the
SDK, httpx and httpcore on, no form of any secret may appear in any channel: logs, str/repr/
traceback/pickle of every error raised, str/repr of clients, token holders, tokens, callbacks.

Each case counts secrets x forms x channels checked; the module prints the total.
"""

from __future__ import annotations

import logging
import pickle
import sys
import traceback
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
import vcr
from helpers import TokenIn

import instagram_graph_api_sdk as sdk
from instagram_graph_api_sdk.testing import FakeInstagram

sys.path.insert(0, str(Path(__file__).resolve().parent))
from canaries import FORM_NAMES, Canaries, Echo, echo_server, forms

LOGGERS = ("httpx", "httpcore", "httpcore.connection", "httpcore.http11", "instagram_graph_api_sdk")
APP = "990602627938098"
REDIRECT = "https://example.com/instagram/callback"
FAST = sdk.RetryConfig(max_retries=2, backoff_base=0.001, throttle_base=0.001)
TALLY: dict[str, int] = {}


@pytest.fixture(scope="module", autouse=True)
def report(pytestconfig: pytest.Config) -> Iterator[None]:
    yield
    total = sum(TALLY.values())
    reporter = pytestconfig.pluginmanager.get_plugin("terminalreporter")
    capture = pytestconfig.pluginmanager.get_plugin("capturemanager")
    line = (
        f"canary suite: {total} checks (secrets x forms x channels) passed over {len(TALLY)} cases, "
        f"{len(FORM_NAMES)} forms each"
    )
    if reporter is not None and capture is not None and total:
        with capture.global_and_fixture_disabled():
            reporter.write_line("\n" + line)


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.DEBUG)
    for name in LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog


class Said:
    """Everything the SDK said, channel by channel."""

    def __init__(self) -> None:
        self.errors: list[BaseException] = []
        self.objects: list[Any] = []

    def expect(self, kind: type[BaseException], call: Callable[[], Any]) -> None:
        with pytest.raises(kind) as caught:
            call()
        self.errors.append(caught.value)

    async def aexpect(self, kind: type[BaseException], call: Callable[[], Any]) -> None:
        with pytest.raises(kind) as caught:
            await call()
        self.errors.append(caught.value)

    def channels(self, caplog: pytest.LogCaptureFixture) -> dict[str, str]:
        errors = self.errors
        return {
            "logs": caplog.text + "\n".join(r.getMessage() for r in caplog.records),
            "str(error)": "\n".join(str(e) for e in errors),
            "repr(error)": "\n".join(repr(e) for e in errors),
            "traceback": "\n".join("".join(traceback.format_exception(e)) for e in errors),
            "pickled error": "\n".join(repr(pickle.loads(pickle.dumps(e))) + str(e.args) for e in errors),
            "repr(object)": "\n".join(repr(o) for o in self.objects),
            "str(object)": "\n".join(str(o) for o in self.objects),
        }


def check(case: str, said: Said, caplog: pytest.LogCaptureFixture, secrets: dict[str, str]) -> None:
    channels = said.channels(caplog)
    assert said.errors, "the case raised no error: nothing was tested"
    assert "HTTP Request:" in channels["logs"]  # httpx did log the requests
    found = [
        (channel, name, form)
        for channel, text in channels.items()
        for name, secret in secrets.items()
        for form, value in forms(secret).items()
        if value in text
    ]
    assert found == [], f"leaked: {found[:10]}"
    TALLY[case] = len(channels) * len(secrets) * len(FORM_NAMES)


# --- echoing servers: a loopback HTTP server (httpcore logs included) and a MockTransport


def run_sync_echo(c: Canaries, echo: Echo, token_in: TokenIn, said: Said, **where: Any) -> None:
    client = sdk.InstagramClient(c.token + "\n", token_in=token_in, retry=FAST, timeout=5, **where)
    said.objects += [client, client._runner.token]
    said.expect(sdk.ValidationError, client.users.get_profile)  # a Graph error echoing the token
    echo.kind = "html"
    said.expect(sdk.NonJSONResponseError, client.users.get_profile)  # a retried 502 page echoing it
    echo.kind = "graph"
    said.expect(sdk.ValidationError, lambda: client.auth.exchange_token(c.token, c.app_secret))
    refreshed = client.auth.refresh_token()  # the server answers with the refresh-token canary
    said.objects.append(refreshed)
    said.expect(sdk.ValidationError, client.users.get_profile)  # now echoing the refreshed token
    said.expect(sdk.InvalidCredentialError, lambda: sdk.InstagramClient(c.refresh_token + "\x00"))
    client.close()
    oauth = {"transport": where["transport"]} if "transport" in where else {"base_url": where["base_url"]}
    said.expect(
        sdk.OAuthError,
        lambda: sdk.InstagramOAuth.exchange_code_for_token(
            client_id=APP, client_secret=c.app_secret, redirect_uri=REDIRECT, code=c.code + "#_", **oauth
        ),
    )
    said.expect(
        sdk.ValidationError,
        lambda: sdk.InstagramOAuth.get_long_lived_token(client_secret=c.app_secret, access_token=c.token, **oauth),
    )
    said.objects.append(sdk.InstagramOAuth.parse_callback(f"{REDIRECT}?code={c.code}&state=s#_", expected_state="s"))


async def run_async_echo(c: Canaries, echo: Echo, token_in: TokenIn, said: Said, **where: Any) -> None:
    client = sdk.AsyncInstagramClient(c.token + "\n", token_in=token_in, retry=FAST, timeout=5, **where)
    said.objects += [client, client._runner.token]
    await said.aexpect(sdk.ValidationError, client.users.get_profile)
    echo.kind = "html"
    await said.aexpect(sdk.NonJSONResponseError, client.users.get_profile)
    echo.kind = "graph"
    await said.aexpect(sdk.ValidationError, lambda: client.auth.exchange_token(c.token, c.app_secret))
    said.objects.append(await client.auth.refresh_token())
    await said.aexpect(sdk.ValidationError, client.users.get_profile)
    await client.close()
    oauth = {"transport": where["transport"]} if "transport" in where else {"base_url": where["base_url"]}
    await said.aexpect(
        sdk.OAuthError,
        lambda: sdk.AsyncInstagramOAuth.exchange_code_for_token(
            client_id=APP, client_secret=c.app_secret, redirect_uri=REDIRECT, code=c.code, **oauth
        ),
    )
    await said.aexpect(
        sdk.ValidationError,
        lambda: sdk.AsyncInstagramOAuth.get_long_lived_token(client_secret=c.app_secret, access_token=c.token, **oauth),
    )
    said.objects.append(sdk.AsyncInstagramOAuth.parse_callback(f"{REDIRECT}?code={c.code}&state=s", expected_state="s"))


def echoed_everything(echo: Echo, c: Canaries) -> None:
    """The hostile server really received (and so echoed) each canary."""
    assert {c.token, c.app_secret, c.code, c.refresh_token} <= set(echo.seen)


@pytest.mark.parametrize("token_in", ["header", "query"])
@pytest.mark.parametrize("server", ["loopback", "mock"])
def test_sync_echo(server: str, token_in: TokenIn, debug_logs: pytest.LogCaptureFixture) -> None:
    c, said = Canaries.fresh(), Said()
    echo = Echo(c.refresh_token)
    if server == "mock":
        run_sync_echo(c, echo, token_in, said, transport=httpx.MockTransport(echo.handler()))
    else:
        with echo_server(echo) as url:
            run_sync_echo(c, echo, token_in, said, base_url=url)
        assert "receive_response_headers.complete" in debug_logs.text  # httpcore logged the echoed headers
    echoed_everything(echo, c)
    check(f"sync-{server}-{token_in}", said, debug_logs, c.named())


@pytest.mark.parametrize("token_in", ["header", "query"])
@pytest.mark.parametrize("server", ["loopback", "mock"])
async def test_async_echo(server: str, token_in: TokenIn, debug_logs: pytest.LogCaptureFixture) -> None:
    c, said = Canaries.fresh(), Said()
    echo = Echo(c.refresh_token)
    if server == "mock":
        await run_async_echo(c, echo, token_in, said, transport=httpx.MockTransport(echo.handler()))
    else:
        with echo_server(echo) as url:
            await run_async_echo(c, echo, token_in, said, base_url=url)
        assert "receive_response_headers.complete" in debug_logs.text
    echoed_everything(echo, c)
    check(f"async-{server}-{token_in}", said, debug_logs, c.named())


# --- FakeInstagram: success, retries, pagination, errors, OAuth, refresh, expiry


@pytest.mark.parametrize("token_in", ["header", "query"])
def test_sync_fake(token_in: TokenIn, debug_logs: pytest.LogCaptureFixture) -> None:
    c, said = Canaries.fresh(), Said()
    fake = FakeInstagram(video_processing=0.0)
    fake.state.client_secret = c.app_secret
    fake.issue_token(value=c.token, age=timedelta(days=2))
    with fake.serve() as server:
        client = sdk.InstagramClient(c.token, base_url=server.url, token_in=token_in, retry=FAST)
        said.objects += [client, client._runner.token, client.usage, client.users.get_profile()]
        fake.faults.transient(times=1)
        fake.faults.throttle(times=1, code=4)
        client.users.get_profile()  # two retries, logged
        assert len(list(client.paginate(client.users.get_media, limit=7))) == 30  # next URLs carry the token
        page = client.users.get_media(limit=7)
        said.objects += [page, page.paging]
        fake.faults.html_error(times=3)
        said.expect(sdk.NonJSONResponseError, client.users.get_profile)
        fake.faults.lose_response(times=3)
        said.expect(sdk.APIConnectionError, client.users.get_profile)
        auth = sdk.InstagramOAuth.build_authorization_url(
            client_id=fake.client_id, redirect_uri=fake.redirect_uri, base_url=server.url
        )
        location = httpx.get(auth.url, follow_redirects=False).headers["location"]
        callback = sdk.InstagramOAuth.parse_callback(location, expected_state=auth.state)
        token = sdk.InstagramOAuth.exchange_code_for_token(
            client_id=fake.client_id,
            client_secret=c.app_secret,
            redirect_uri=fake.redirect_uri,
            code=callback.code,
            base_url=server.url,
        )
        said.objects += [callback, token, auth]
        said.expect(
            sdk.InvalidAuthorizationCodeError,
            lambda: sdk.InstagramOAuth.get_short_lived_token(
                client_id=fake.client_id,
                client_secret=c.app_secret,
                code=callback.code,
                redirect_uri=fake.redirect_uri,
                base_url=server.url,
            ),
        )
        refreshed = client.auth.refresh_token()
        said.objects.append(refreshed)
        fake.clock.advance(days=61)
        said.expect(sdk.AuthenticationError, client.users.get_profile)
        client.close()
    if token_in == "query":
        assert "access_token=[REDACTED]" in debug_logs.text
    secrets = {
        **c.named(),
        "code": callback.code,
        "long_lived": token.access_token,
        "refresh_token": refreshed.access_token,
    }
    check(f"sync-fake-{token_in}", said, debug_logs, secrets)


@pytest.mark.parametrize("token_in", ["header", "query"])
async def test_async_fake(token_in: TokenIn, debug_logs: pytest.LogCaptureFixture) -> None:
    c, said = Canaries.fresh(), Said()
    fake = FakeInstagram(video_processing=0.0)
    fake.state.client_secret = c.app_secret
    fake.issue_token(value=c.token, age=timedelta(days=2))
    with fake.serve() as server:
        client = sdk.AsyncInstagramClient(c.token, base_url=server.url, token_in=token_in, retry=FAST)
        said.objects += [client, client._runner.token, await client.users.get_profile()]
        fake.faults.transient(times=1)
        await client.users.get_profile()
        fake.faults.html_error(times=3)
        await said.aexpect(sdk.NonJSONResponseError, client.users.get_profile)
        auth = sdk.AsyncInstagramOAuth.build_authorization_url(
            client_id=fake.client_id, redirect_uri=fake.redirect_uri, base_url=server.url
        )
        async with httpx.AsyncClient() as browser:
            location = (await browser.get(auth.url, follow_redirects=False)).headers["location"]
        callback = sdk.AsyncInstagramOAuth.parse_callback(location, expected_state=auth.state)
        token = await sdk.AsyncInstagramOAuth.exchange_code_for_token(
            client_id=fake.client_id,
            client_secret=c.app_secret,
            redirect_uri=fake.redirect_uri,
            code=callback.code,
            base_url=server.url,
        )
        said.objects += [callback, token]
        await said.aexpect(
            sdk.InvalidAuthorizationCodeError,
            lambda: sdk.AsyncInstagramOAuth.get_short_lived_token(
                client_id=fake.client_id,
                client_secret=c.app_secret,
                code=callback.code,
                redirect_uri=fake.redirect_uri,
                base_url=server.url,
            ),
        )
        refreshed = await client.auth.refresh_token()
        said.objects.append(refreshed)
        fake.clock.advance(days=61)
        await said.aexpect(sdk.AuthenticationError, client.users.get_profile)
        await client.close()
    secrets = {
        **c.named(),
        "code": callback.code,
        "long_lived": token.access_token,
        "refresh_token": refreshed.access_token,
    }
    check(f"async-fake-{token_in}", said, debug_logs, secrets)


def test_the_cassette_recorder_scrubs_the_canary(tmp_path: Path) -> None:
    from recorded.recording import scrub_request, scrub_response

    c = Canaries.fresh()
    fake = FakeInstagram()
    fake.issue_token(value=c.token)
    recorder = vcr.VCR(
        cassette_library_dir=str(tmp_path),
        record_mode="all",
        filter_headers=["authorization"],
        before_record_request=scrub_request,
        before_record_response=scrub_response,
    )
    with recorder.use_cassette("canary.yaml"):
        for token_in in ("header", "query"):
            client = sdk.InstagramClient(c.token, transport=fake.transport(), token_in=token_in)
            list(client.paginate(client.users.get_media, limit=10))  # next URLs carry the canary
            client.auth.exchange_token(fake.issue_token(long_lived=False), fake.client_secret)
    text = (tmp_path / "canary.yaml").read_text()
    assert "paging" in text
    leaked = [
        (n, f)
        for n, s in {"token": c.token, "app_secret": fake.client_secret}.items()
        for f, v in forms(s).items()
        if v in text
    ]
    assert leaked == []
