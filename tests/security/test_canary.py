"""A canary token and a canary app secret, driven through success, error, retry, pagination,
OAuth and refresh paths with DEBUG logging on: they must appear nowhere in logs, exception text,
tracebacks, reprs, pickles or cassettes."""

from __future__ import annotations

import logging
import pickle
import secrets
import traceback
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
import vcr

import instagram_graph_api_sdk as sdk
from instagram_graph_api_sdk.testing import FakeInstagram

LOGGERS = ("httpx", "httpcore", "httpcore.connection", "httpcore.http11", "instagram_graph_api_sdk")


@pytest.fixture
def canary() -> str:
    return "IGAA" + secrets.token_hex(24)  # unique per run and token-shaped


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.DEBUG)
    for name in LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog


def everything_said(caplog: pytest.LogCaptureFixture, errors: list[BaseException], objects: list[Any]) -> str:
    parts = [caplog.text, *(r.getMessage() for r in caplog.records)]
    for error in errors:
        parts += [str(error), repr(error), "".join(traceback.format_exception(error))]
        parts.append(repr(pickle.loads(pickle.dumps(error))))
        parts.append(str(pickle.loads(pickle.dumps(error))))
    parts += [repr(o) for o in objects] + [str(o) for o in objects]
    return "\n".join(parts)


@pytest.mark.parametrize("token_in", ["header", "query"])
def test_the_canary_never_leaks(canary: str, token_in: str, debug_logs: pytest.LogCaptureFixture) -> None:
    fake = FakeInstagram(video_processing=0.0)
    app_secret = "canary-secret-" + secrets.token_hex(12)
    fake.state.client_secret = app_secret
    fake.issue_token(value=canary, age=timedelta(days=2))
    errors: list[BaseException] = []
    objects: list[Any] = []
    with fake.serve() as server:
        retry = sdk.RetryConfig(max_retries=2, backoff_base=0.001, throttle_base=0.001)
        client = sdk.InstagramClient(canary, base_url=server.url, token_in=token_in, retry=retry)
        objects += [client, client._runner.token, client.usage]
        # success
        objects.append(client.users.get_profile())
        # retries (logged at INFO) through a transient error and a throttle
        fake.faults.transient(times=1)
        fake.faults.throttle(times=1, code=4)
        client.users.get_profile()
        # pagination: Meta's paging.next URLs carry the token; the SDK never requests them
        pages = list(client.paginate(client.users.get_media, limit=7))
        assert len(pages) == 30
        page = client.users.get_media(limit=7)  # a whole page: its paging.next carries the canary
        assert canary in str(page.paging.next_)  # (the data is intact for whoever needs it)
        objects += [page, page.paging]
        # errors: an HTML page, an expired token, a network failure
        fake.faults.html_error(times=3)
        with pytest.raises(sdk.NonJSONResponseError) as html:
            client.users.get_profile()
        errors.append(html.value)
        fake.faults.lose_response(times=3)
        with pytest.raises(sdk.APIConnectionError) as lost:
            client.users.get_profile()
        errors.append(lost.value)
        # OAuth with the canary secret in the query string of the long-lived exchange
        auth = sdk.InstagramOAuth.build_authorization_url(
            client_id=fake.client_id, redirect_uri=fake.redirect_uri, base_url=server.url
        )
        location = httpx.get(auth.url, follow_redirects=False).headers["location"]
        callback = sdk.InstagramOAuth.parse_callback(location)
        code = callback.code
        objects.append(callback)
        token = sdk.InstagramOAuth.exchange_code_for_token(
            client_id=fake.client_id,
            client_secret=app_secret,
            redirect_uri=fake.redirect_uri,
            code=code,
            base_url=server.url,
        )
        objects.append(token)
        with pytest.raises(sdk.InvalidAuthorizationCodeError) as reused:
            sdk.InstagramOAuth.get_short_lived_token(client_id=fake.client_id, client_secret=app_secret, code=code,
                                                     redirect_uri=fake.redirect_uri, base_url=server.url)  # fmt: skip
        errors.append(reused.value)
        # refresh (the new token is also a secret) and expiry
        refreshed = client.auth.refresh_token()
        objects.append(refreshed)
        fake.clock.advance(days=61)
        with pytest.raises(sdk.AuthenticationError) as expired:
            client.users.get_profile()
        errors.append(expired.value)
        client.close()
    said = everything_said(debug_logs, errors, objects)
    assert "HTTP Request:" in said  # httpx did log every request
    if token_in == "query":
        assert "access_token=[REDACTED]" in said
    for secret in (canary, app_secret, code, refreshed.access_token, token.access_token):
        assert secret not in said


def test_the_cassette_recorder_scrubs_the_canary(canary: str, tmp_path: Path) -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "recorded"))
    from recording import scrub_request, scrub_response

    fake = FakeInstagram()
    fake.issue_token(value=canary)
    recorder = vcr.VCR(
        cassette_library_dir=str(tmp_path), record_mode="all", filter_headers=["authorization"],
        before_record_request=scrub_request, before_record_response=scrub_response,
    )  # fmt: skip
    with recorder.use_cassette("canary.yaml"):
        for token_in in ("header", "query"):
            client = sdk.InstagramClient(canary, transport=fake.transport(), token_in=token_in)
            list(client.paginate(client.users.get_media, limit=10))  # next URLs carry the canary
            client.auth.exchange_token(fake.issue_token(long_lived=False), fake.client_secret)
    text = (tmp_path / "canary.yaml").read_text()
    assert "paging" in text
    assert canary not in text
    assert fake.client_secret not in text
