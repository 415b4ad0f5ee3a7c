from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_envelope import GraphErrorEnvelope
from ...models.messaging_user_profile import MessagingUserProfile
from ...types import UNSET, Response, Unset


def _get_kwargs(
    igsid: str,
    *,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{igsid}".format(
            igsid=quote(str(igsid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorEnvelope | MessagingUserProfile:
    if response.status_code == 200:
        response_200 = MessagingUserProfile.from_dict(response.json())

        return response_200

    response_default = GraphErrorEnvelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorEnvelope | MessagingUserProfile]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    igsid: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> Response[GraphErrorEnvelope | MessagingUserProfile]:
    """Get a messaging user's profile (User Profile API)

     GET /{igsid}?fields=name,username,profile_pic,follower_count,is_user_follow_business,is_business_fol
    low_user,is_verified_user.
    The user must have messaged the account (or tapped an ice breaker or persistent menu
    item); otherwise Meta answers "User consent is required to access user profile".
    `profile_pic` URLs expire after a few days.

    Permissions: instagram_business_basic, instagram_business_manage_messages.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-
    login/messaging-api/user-profile

    Args:
        igsid (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorEnvelope | MessagingUserProfile]
    """

    kwargs = _get_kwargs(
        igsid=igsid,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    igsid: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> GraphErrorEnvelope | MessagingUserProfile | None:
    """Get a messaging user's profile (User Profile API)

     GET /{igsid}?fields=name,username,profile_pic,follower_count,is_user_follow_business,is_business_fol
    low_user,is_verified_user.
    The user must have messaged the account (or tapped an ice breaker or persistent menu
    item); otherwise Meta answers "User consent is required to access user profile".
    `profile_pic` URLs expire after a few days.

    Permissions: instagram_business_basic, instagram_business_manage_messages.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-
    login/messaging-api/user-profile

    Args:
        igsid (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorEnvelope | MessagingUserProfile
    """

    return sync_detailed(
        igsid=igsid,
        client=client,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    igsid: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> Response[GraphErrorEnvelope | MessagingUserProfile]:
    """Get a messaging user's profile (User Profile API)

     GET /{igsid}?fields=name,username,profile_pic,follower_count,is_user_follow_business,is_business_fol
    low_user,is_verified_user.
    The user must have messaged the account (or tapped an ice breaker or persistent menu
    item); otherwise Meta answers "User consent is required to access user profile".
    `profile_pic` URLs expire after a few days.

    Permissions: instagram_business_basic, instagram_business_manage_messages.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-
    login/messaging-api/user-profile

    Args:
        igsid (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorEnvelope | MessagingUserProfile]
    """

    kwargs = _get_kwargs(
        igsid=igsid,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    igsid: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> GraphErrorEnvelope | MessagingUserProfile | None:
    """Get a messaging user's profile (User Profile API)

     GET /{igsid}?fields=name,username,profile_pic,follower_count,is_user_follow_business,is_business_fol
    low_user,is_verified_user.
    The user must have messaged the account (or tapped an ice breaker or persistent menu
    item); otherwise Meta answers "User consent is required to access user profile".
    `profile_pic` URLs expire after a few days.

    Permissions: instagram_business_basic, instagram_business_manage_messages.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-
    login/messaging-api/user-profile

    Args:
        igsid (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorEnvelope | MessagingUserProfile
    """

    return (
        await asyncio_detailed(
            igsid=igsid,
            client=client,
            fields=fields,
        )
    ).parsed
