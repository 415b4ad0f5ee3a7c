from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.container import Container
from ...models.graph_error_envelope import GraphErrorEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    ig_container_id: str,
    *,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{ig_container_id}".format(
            ig_container_id=quote(str(ig_container_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Container | GraphErrorEnvelope:
    if response.status_code == 200:
        response_200 = Container.from_dict(response.json())

        return response_200

    response_default = GraphErrorEnvelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Container | GraphErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    ig_container_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> Response[Container | GraphErrorEnvelope]:
    """Get a container's publishing status

     GET /{ig-container-id}?fields=id,status_code,status. `status_code` is one of EXPIRED,
    ERROR, FINISHED, IN_PROGRESS, PUBLISHED (parsed leniently: a value Meta adds later still
    parses). With ERROR, `status` carries the error subcode. Meta asks for polling at most once
    per minute for up to five minutes.

    Permissions: instagram_business_basic, instagram_business_content_publish.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-
    container

    Args:
        ig_container_id (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Container | GraphErrorEnvelope]
    """

    kwargs = _get_kwargs(
        ig_container_id=ig_container_id,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ig_container_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> Container | GraphErrorEnvelope | None:
    """Get a container's publishing status

     GET /{ig-container-id}?fields=id,status_code,status. `status_code` is one of EXPIRED,
    ERROR, FINISHED, IN_PROGRESS, PUBLISHED (parsed leniently: a value Meta adds later still
    parses). With ERROR, `status` carries the error subcode. Meta asks for polling at most once
    per minute for up to five minutes.

    Permissions: instagram_business_basic, instagram_business_content_publish.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-
    container

    Args:
        ig_container_id (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Container | GraphErrorEnvelope
    """

    return sync_detailed(
        ig_container_id=ig_container_id,
        client=client,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    ig_container_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> Response[Container | GraphErrorEnvelope]:
    """Get a container's publishing status

     GET /{ig-container-id}?fields=id,status_code,status. `status_code` is one of EXPIRED,
    ERROR, FINISHED, IN_PROGRESS, PUBLISHED (parsed leniently: a value Meta adds later still
    parses). With ERROR, `status` carries the error subcode. Meta asks for polling at most once
    per minute for up to five minutes.

    Permissions: instagram_business_basic, instagram_business_content_publish.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-
    container

    Args:
        ig_container_id (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Container | GraphErrorEnvelope]
    """

    kwargs = _get_kwargs(
        ig_container_id=ig_container_id,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ig_container_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> Container | GraphErrorEnvelope | None:
    """Get a container's publishing status

     GET /{ig-container-id}?fields=id,status_code,status. `status_code` is one of EXPIRED,
    ERROR, FINISHED, IN_PROGRESS, PUBLISHED (parsed leniently: a value Meta adds later still
    parses). With ERROR, `status` carries the error subcode. Meta asks for polling at most once
    per minute for up to five minutes.

    Permissions: instagram_business_basic, instagram_business_content_publish.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-
    container

    Args:
        ig_container_id (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Container | GraphErrorEnvelope
    """

    return (
        await asyncio_detailed(
            ig_container_id=ig_container_id,
            client=client,
            fields=fields,
        )
    ).parsed
