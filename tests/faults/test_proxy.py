"""NO_PROXY is honoured per host when the client has no base_url (issue 8, item 14), checked
with a real proxy and a real server on 127.0.0.1."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fault_server import FaultServer

from instagram_graph_api_sdk._proxy import AsyncProxyRouter, ProxyRouter, default_async_transport, default_transport

pytestmark = pytest.mark.fault
VARIABLES = ("https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY", "no_proxy", "NO_PROXY", "http_proxy", "HTTP_PROXY")


@pytest.fixture
def servers(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[FaultServer, FaultServer]]:
    for name in VARIABLES:
        monkeypatch.delenv(name, raising=False)
    proxy, origin = FaultServer(), FaultServer()
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    yield proxy, origin
    proxy.stop()
    origin.stop()


def test_each_host_goes_direct_or_through_the_proxy_as_no_proxy_says(servers: tuple[FaultServer, FaultServer]) -> None:
    proxy, origin = servers
    port = origin.url.rsplit(":", 1)[1]
    transport = default_transport()  # no base_url: decided per request host
    assert isinstance(transport, ProxyRouter)
    with httpx.Client(transport=transport) as http:
        assert http.get(f"http://127.0.0.1:{port}/direct").status_code == 200  # exempted by NO_PROXY
        assert http.get(f"http://localhost:{port}/proxied").status_code == 200  # not exempted
    assert [head.split(b"\r\n")[0] for head in origin.heads] == [b"GET /direct HTTP/1.1"]
    assert [head.split(b"\r\n")[0] for head in proxy.heads] == [
        f"GET http://localhost:{port}/proxied HTTP/1.1".encode()
    ]


async def test_the_async_router_decides_per_host_too(servers: tuple[FaultServer, FaultServer]) -> None:
    proxy, origin = servers
    port = origin.url.rsplit(":", 1)[1]
    transport = default_async_transport()
    assert isinstance(transport, AsyncProxyRouter)
    async with httpx.AsyncClient(transport=transport) as http:
        assert (await http.get(f"http://localhost:{port}/proxied")).status_code == 200
        assert (await http.get(f"http://127.0.0.1:{port}/direct")).status_code == 200
    assert len(proxy.heads) == 1
    assert len(origin.heads) == 1
    assert origin.heads[0].startswith(b"GET /direct ")


def test_without_proxy_variables_there_is_no_router(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in VARIABLES:
        monkeypatch.delenv(name, raising=False)
    assert isinstance(default_transport(), httpx.HTTPTransport)
    assert isinstance(default_async_transport(), httpx.AsyncHTTPTransport)


async def test_aiohttp_transport_sends_through_its_proxy_and_direct_without_one(
    servers: tuple[FaultServer, FaultServer],
) -> None:
    """The fast lane's own connections never bypass a proxy: a proxied host goes through aiohttp
    (absolute-form request to the proxy), an exempted one over the lane's connections."""
    import instagram_graph_api_sdk as sdk

    proxy, origin = servers
    port = origin.url.rsplit(":", 1)[1]
    through = sdk.AsyncInstagramClient(
        "test-access-token-0001", base_url=f"http://localhost:{port}", transport=sdk.AiohttpTransport(proxy=proxy.url)
    )
    direct = sdk.AsyncInstagramClient(
        "test-access-token-0001", base_url=f"http://127.0.0.1:{port}", transport=sdk.AiohttpTransport()
    )  # NO_PROXY exempts 127.0.0.1
    try:
        assert (await through.users.get_profile()).username == "fault_tolerant"
        assert (await direct.users.get_profile()).username == "fault_tolerant"
    finally:
        await through.close()
        await direct.close()
    assert [head.split(b" ")[1].startswith(f"http://localhost:{port}/".encode()) for head in proxy.heads] == [True]
    assert len(origin.heads) == 1
    assert origin.heads[0].split(b" ")[1].startswith(b"/")
