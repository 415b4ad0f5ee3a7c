from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_envelope import GraphErrorEnvelope
from ...models.o_embed import OEmbed
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    url_query: str,
    maxwidth: int | Unset = UNSET,
    hidecaption: bool | Unset = UNSET,
    omitscript: bool | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["url"] = url_query

    params["maxwidth"] = maxwidth

    params["hidecaption"] = hidecaption

    params["omitscript"] = omitscript

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/instagram_oembed",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorEnvelope | OEmbed:
    if response.status_code == 200:
        response_200 = OEmbed.from_dict(response.json())

        return response_200

    response_default = GraphErrorEnvelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorEnvelope | OEmbed]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    url_query: str,
    maxwidth: int | Unset = UNSET,
    hidecaption: bool | Unset = UNSET,
    omitscript: bool | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[GraphErrorEnvelope | OEmbed]:
    """Get embed HTML for a public Instagram post (graph.facebook.com, no token needed)

     GET graph.facebook.com/{version}/instagram_oembed?url=... Callable without an access token
    since 2026-05-15 (changelog: "You can now call Instagram oEmbed API without an access
    token"), up to 1,000 requests per hour; an app access token (`APP_ID|APP_SECRET`) or a
    client token (`APP_ID|CLIENT_TOKEN`) still works. It is not served by graph.instagram.com
    and does not accept Instagram Login user tokens, so the SDK sends no token from an
    Instagram Login client (or from a client made with `access_token=None`), and the token
    of a Facebook Login client. `author_name`, `author_url` and the thumbnail fields were
    removed on 2025-11-03.

    Permissions: none (an app or client token is optional).

    See: https://developers.facebook.com/docs/instagram-platform/oembed

    Args:
        url_query (str):
        maxwidth (int | Unset):
        hidecaption (bool | Unset):
        omitscript (bool | Unset):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorEnvelope | OEmbed]
    """

    kwargs = _get_kwargs(
        url_query=url_query,
        maxwidth=maxwidth,
        hidecaption=hidecaption,
        omitscript=omitscript,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    url_query: str,
    maxwidth: int | Unset = UNSET,
    hidecaption: bool | Unset = UNSET,
    omitscript: bool | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> GraphErrorEnvelope | OEmbed | None:
    """Get embed HTML for a public Instagram post (graph.facebook.com, no token needed)

     GET graph.facebook.com/{version}/instagram_oembed?url=... Callable without an access token
    since 2026-05-15 (changelog: "You can now call Instagram oEmbed API without an access
    token"), up to 1,000 requests per hour; an app access token (`APP_ID|APP_SECRET`) or a
    client token (`APP_ID|CLIENT_TOKEN`) still works. It is not served by graph.instagram.com
    and does not accept Instagram Login user tokens, so the SDK sends no token from an
    Instagram Login client (or from a client made with `access_token=None`), and the token
    of a Facebook Login client. `author_name`, `author_url` and the thumbnail fields were
    removed on 2025-11-03.

    Permissions: none (an app or client token is optional).

    See: https://developers.facebook.com/docs/instagram-platform/oembed

    Args:
        url_query (str):
        maxwidth (int | Unset):
        hidecaption (bool | Unset):
        omitscript (bool | Unset):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorEnvelope | OEmbed
    """

    return sync_detailed(
        client=client,
        url_query=url_query,
        maxwidth=maxwidth,
        hidecaption=hidecaption,
        omitscript=omitscript,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    url_query: str,
    maxwidth: int | Unset = UNSET,
    hidecaption: bool | Unset = UNSET,
    omitscript: bool | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[GraphErrorEnvelope | OEmbed]:
    """Get embed HTML for a public Instagram post (graph.facebook.com, no token needed)

     GET graph.facebook.com/{version}/instagram_oembed?url=... Callable without an access token
    since 2026-05-15 (changelog: "You can now call Instagram oEmbed API without an access
    token"), up to 1,000 requests per hour; an app access token (`APP_ID|APP_SECRET`) or a
    client token (`APP_ID|CLIENT_TOKEN`) still works. It is not served by graph.instagram.com
    and does not accept Instagram Login user tokens, so the SDK sends no token from an
    Instagram Login client (or from a client made with `access_token=None`), and the token
    of a Facebook Login client. `author_name`, `author_url` and the thumbnail fields were
    removed on 2025-11-03.

    Permissions: none (an app or client token is optional).

    See: https://developers.facebook.com/docs/instagram-platform/oembed

    Args:
        url_query (str):
        maxwidth (int | Unset):
        hidecaption (bool | Unset):
        omitscript (bool | Unset):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorEnvelope | OEmbed]
    """

    kwargs = _get_kwargs(
        url_query=url_query,
        maxwidth=maxwidth,
        hidecaption=hidecaption,
        omitscript=omitscript,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    url_query: str,
    maxwidth: int | Unset = UNSET,
    hidecaption: bool | Unset = UNSET,
    omitscript: bool | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> GraphErrorEnvelope | OEmbed | None:
    """Get embed HTML for a public Instagram post (graph.facebook.com, no token needed)

     GET graph.facebook.com/{version}/instagram_oembed?url=... Callable without an access token
    since 2026-05-15 (changelog: "You can now call Instagram oEmbed API without an access
    token"), up to 1,000 requests per hour; an app access token (`APP_ID|APP_SECRET`) or a
    client token (`APP_ID|CLIENT_TOKEN`) still works. It is not served by graph.instagram.com
    and does not accept Instagram Login user tokens, so the SDK sends no token from an
    Instagram Login client (or from a client made with `access_token=None`), and the token
    of a Facebook Login client. `author_name`, `author_url` and the thumbnail fields were
    removed on 2025-11-03.

    Permissions: none (an app or client token is optional).

    See: https://developers.facebook.com/docs/instagram-platform/oembed

    Args:
        url_query (str):
        maxwidth (int | Unset):
        hidecaption (bool | Unset):
        omitscript (bool | Unset):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorEnvelope | OEmbed
    """

    return (
        await asyncio_detailed(
            client=client,
            url_query=url_query,
            maxwidth=maxwidth,
            hidecaption=hidecaption,
            omitscript=omitscript,
            fields=fields,
        )
    ).parsed
