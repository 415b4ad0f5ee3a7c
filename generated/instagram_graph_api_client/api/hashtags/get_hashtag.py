from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_envelope import GraphErrorEnvelope
from ...models.hashtag import Hashtag
from ...types import UNSET, Response, Unset


def _get_kwargs(
    ig_hashtag_id: str,
    *,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{ig_hashtag_id}".format(
            ig_hashtag_id=quote(str(ig_hashtag_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorEnvelope | Hashtag:
    if response.status_code == 200:
        response_200 = Hashtag.from_dict(response.json())

        return response_200

    response_default = GraphErrorEnvelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorEnvelope | Hashtag]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    ig_hashtag_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> Response[GraphErrorEnvelope | Hashtag]:
    """Get a hashtag (Facebook Login only)

     GET graph.facebook.com/{ig-hashtag-id}?fields=id,name.

    Permissions (Facebook Login): instagram_basic and the Instagram Public Content Access feature.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-
    hashtag

    Args:
        ig_hashtag_id (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorEnvelope | Hashtag]
    """

    kwargs = _get_kwargs(
        ig_hashtag_id=ig_hashtag_id,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ig_hashtag_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> GraphErrorEnvelope | Hashtag | None:
    """Get a hashtag (Facebook Login only)

     GET graph.facebook.com/{ig-hashtag-id}?fields=id,name.

    Permissions (Facebook Login): instagram_basic and the Instagram Public Content Access feature.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-
    hashtag

    Args:
        ig_hashtag_id (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorEnvelope | Hashtag
    """

    return sync_detailed(
        ig_hashtag_id=ig_hashtag_id,
        client=client,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    ig_hashtag_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> Response[GraphErrorEnvelope | Hashtag]:
    """Get a hashtag (Facebook Login only)

     GET graph.facebook.com/{ig-hashtag-id}?fields=id,name.

    Permissions (Facebook Login): instagram_basic and the Instagram Public Content Access feature.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-
    hashtag

    Args:
        ig_hashtag_id (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorEnvelope | Hashtag]
    """

    kwargs = _get_kwargs(
        ig_hashtag_id=ig_hashtag_id,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ig_hashtag_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> GraphErrorEnvelope | Hashtag | None:
    """Get a hashtag (Facebook Login only)

     GET graph.facebook.com/{ig-hashtag-id}?fields=id,name.

    Permissions (Facebook Login): instagram_basic and the Instagram Public Content Access feature.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-
    hashtag

    Args:
        ig_hashtag_id (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorEnvelope | Hashtag
    """

    return (
        await asyncio_detailed(
            ig_hashtag_id=ig_hashtag_id,
            client=client,
            fields=fields,
        )
    ).parsed
