from typing import Any

import httpx

from ...models.graph_error_envelope import GraphErrorEnvelope
from ...models.user import User
from ...models.user_list import UserList
from ...types import UNSET, Unset, decode_json, path_segment


def build_request(
    ig_user_id: str,
    *,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request for `get_profile`: GET /{ig_user_id}.

    Keyword arguments for httpx: method, url (relative to the operation's server), params, body, headers.
    """

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{ig_user_id}".format(
            ig_user_id=path_segment(ig_user_id),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> GraphErrorEnvelope | User | UserList:
    """The model for a response to `get_profile`, chosen by its status code."""
    if response.status_code == 200:

        def _parse_response_200(data: object) -> User | UserList:
            if isinstance(data, dict) and UserList.fits(data):
                try:
                    response_200_type_0 = UserList.from_dict(data)

                    return response_200_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = User.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(decode_json(response.content))

        return response_200

    response_default = GraphErrorEnvelope.from_json(response.content)

    return response_default
