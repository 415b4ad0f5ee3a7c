from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.facebook_page import FacebookPage
from ...models.graph_error_envelope import GraphErrorEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    facebook_page_id: str,
    *,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{facebook_page_id}".format(
            facebook_page_id=quote(str(facebook_page_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FacebookPage | GraphErrorEnvelope:
    if response.status_code == 200:
        response_200 = FacebookPage.from_dict(response.json())

        return response_200

    response_default = GraphErrorEnvelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FacebookPage | GraphErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    facebook_page_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> Response[FacebookPage | GraphErrorEnvelope]:
    """Get a Facebook Page's token and linked Instagram account (Facebook Login only)

     GET graph.facebook.com/{page-id}?fields=name,access_token,instagram_business_account,
    as in Meta's Postman collection: the shortcut when the Page ID is already known.

    Permissions (Facebook Login): pages_show_list, instagram_basic.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-login/get-
    started

    Args:
        facebook_page_id (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FacebookPage | GraphErrorEnvelope]
    """

    kwargs = _get_kwargs(
        facebook_page_id=facebook_page_id,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    facebook_page_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> FacebookPage | GraphErrorEnvelope | None:
    """Get a Facebook Page's token and linked Instagram account (Facebook Login only)

     GET graph.facebook.com/{page-id}?fields=name,access_token,instagram_business_account,
    as in Meta's Postman collection: the shortcut when the Page ID is already known.

    Permissions (Facebook Login): pages_show_list, instagram_basic.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-login/get-
    started

    Args:
        facebook_page_id (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FacebookPage | GraphErrorEnvelope
    """

    return sync_detailed(
        facebook_page_id=facebook_page_id,
        client=client,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    facebook_page_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> Response[FacebookPage | GraphErrorEnvelope]:
    """Get a Facebook Page's token and linked Instagram account (Facebook Login only)

     GET graph.facebook.com/{page-id}?fields=name,access_token,instagram_business_account,
    as in Meta's Postman collection: the shortcut when the Page ID is already known.

    Permissions (Facebook Login): pages_show_list, instagram_basic.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-login/get-
    started

    Args:
        facebook_page_id (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FacebookPage | GraphErrorEnvelope]
    """

    kwargs = _get_kwargs(
        facebook_page_id=facebook_page_id,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    facebook_page_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> FacebookPage | GraphErrorEnvelope | None:
    """Get a Facebook Page's token and linked Instagram account (Facebook Login only)

     GET graph.facebook.com/{page-id}?fields=name,access_token,instagram_business_account,
    as in Meta's Postman collection: the shortcut when the Page ID is already known.

    Permissions (Facebook Login): pages_show_list, instagram_basic.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-login/get-
    started

    Args:
        facebook_page_id (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FacebookPage | GraphErrorEnvelope
    """

    return (
        await asyncio_detailed(
            facebook_page_id=facebook_page_id,
            client=client,
            fields=fields,
        )
    ).parsed
