from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_envelope import GraphErrorEnvelope
from ...models.user import User
from ...models.user_list import UserList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/me",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorEnvelope | User | UserList:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> User | UserList:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = UserList.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = User.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    response_default = GraphErrorEnvelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorEnvelope | User | UserList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> Response[GraphErrorEnvelope | User | UserList]:
    """Get the token owner's account

     GET /me: the Instagram professional account that owns the access token. `id` is the
    app-scoped ID; `user_id` is the professional account ID (the `entry.id` of webhooks). Meta
    documents the response wrapped in `{"data":[...]}`, while most clients see a flat object;
    both are accepted and the SDK returns the user object.

    Permissions: instagram_business_basic.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-login/get-
    started

    Args:
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorEnvelope | User | UserList]
    """

    kwargs = _get_kwargs(
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> GraphErrorEnvelope | User | UserList | None:
    """Get the token owner's account

     GET /me: the Instagram professional account that owns the access token. `id` is the
    app-scoped ID; `user_id` is the professional account ID (the `entry.id` of webhooks). Meta
    documents the response wrapped in `{"data":[...]}`, while most clients see a flat object;
    both are accepted and the SDK returns the user object.

    Permissions: instagram_business_basic.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-login/get-
    started

    Args:
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorEnvelope | User | UserList
    """

    return sync_detailed(
        client=client,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> Response[GraphErrorEnvelope | User | UserList]:
    """Get the token owner's account

     GET /me: the Instagram professional account that owns the access token. `id` is the
    app-scoped ID; `user_id` is the professional account ID (the `entry.id` of webhooks). Meta
    documents the response wrapped in `{"data":[...]}`, while most clients see a flat object;
    both are accepted and the SDK returns the user object.

    Permissions: instagram_business_basic.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-login/get-
    started

    Args:
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorEnvelope | User | UserList]
    """

    kwargs = _get_kwargs(
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> GraphErrorEnvelope | User | UserList | None:
    """Get the token owner's account

     GET /me: the Instagram professional account that owns the access token. `id` is the
    app-scoped ID; `user_id` is the professional account ID (the `entry.id` of webhooks). Meta
    documents the response wrapped in `{"data":[...]}`, while most clients see a flat object;
    both are accepted and the SDK returns the user object.

    Permissions: instagram_business_basic.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-login/get-
    started

    Args:
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorEnvelope | User | UserList
    """

    return (
        await asyncio_detailed(
            client=client,
            fields=fields,
        )
    ).parsed
