"""types.decode_json: json.loads's result, or json.loads's exception, for every body, whether msgspec
decodes it (when installed and it accepts the body) or json.loads does (msgspec missing, or a body
it refuses). Each case runs on both paths."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from helpers import FAKE_TOKEN, Recorder
from hypothesis import given, settings
from hypothesis import strategies as st

import instagram_graph_api_sdk as sdk
from instagram_graph_api_client import types
from instagram_graph_api_client.models import Media, User

HOSTILE: dict[str, bytes] = {
    "lone high surrogate": b'"\\ud800"',
    "lone low surrogate": b'{"a": "x\\udc00y"}',
    "surrogate pair": b'"\\ud83d\\ude00"',
    "raw surrogate bytes": b'"\xed\xa0\x80"',
    "2**64": b'{"id": 18446744073709551616}',
    "65 bits (msgspec < 0.19 got these wrong)": b"[19933688932870350000, 18446744073709551615]",
    "below -2**63": b"-9223372036854775809",
    "30 digits": b"123456789012345678901234567890",
    "4,300 digits": b"1" * 4300,
    "4,301 digits": b"1" * 4301,
    "NaN": b'{"value": NaN}',
    "Infinity": b"[Infinity, -Infinity]",
    "1e400": b"1e400",
    "UTF-8 BOM": b'\xef\xbb\xbf{"a": 1}',
    "UTF-16 with BOM": '{"a": "é"}'.encode("utf-16"),
    "UTF-32 with BOM": '{"a": "é"}'.encode("utf-32"),
    "UTF-16-LE without BOM": '{"a": 1}'.encode("utf-16-le"),
    "invalid UTF-8": b'"\xff"',
    "overlong UTF-8": b'"\xc0\xaf"',
    "deep nesting": b"[" * 100_000 + b"]" * 100_000,
    "deep but fine": b'{"a":' * 500 + b"1" + b"}" * 500,
    "duplicate keys": b'{"a": 1, "b": 2, "a": 3}',
    "control character": b'"\x01"',
    "empty": b"",
    "whitespace only": b" \n",
    "trailing data": b"{} x",
    "trailing comma": b"[1,]",
    "leading zero": b"01",
    "floats": b"[0.1, -0.0, 5e-324, 1.7976931348623157e308, 2.2250738585072011e-308, 1E2, 1e-400]",
    "escapes": b'"\\/\\b\\f\\n\\r\\t\\"\\\\\\u00e9\\u0000"',
    "non-ASCII": '{"ключ": "🔥", "a": [true, false, null]}'.encode(),
}


def outcome(decode: Callable[[Any], Any], body: Any) -> tuple[str, str]:
    """What a decode gives: its value's repr (types and key order included), or its exception."""
    try:
        value = decode(body)
    except (ValueError, RecursionError) as error:
        return type(error).__name__, str(error)
    return "value", repr(value)


def record_msgspec(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """Decode through msgspec, recording the bodies it decoded (a body it refuses is not recorded)."""
    from msgspec.json import Decoder

    real = Decoder().decode
    decoded: list[bytes] = []

    def recording(body: bytes) -> Any:
        result = real(body)
        decoded.append(body)
        return result

    monkeypatch.setattr(types, "_fast", recording)
    return decoded


@pytest.fixture(params=["msgspec", "json.loads only"])
def path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """Each test twice: through msgspec (the bodies it decoded are returned), and without it."""
    if request.param == "msgspec":
        return record_msgspec(monkeypatch)
    monkeypatch.setattr(types, "_fast", False)
    return []


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_bodies_decode_as_json_loads_decodes_them(name: str, path: list[bytes]) -> None:
    body = HOSTILE[name]
    assert outcome(types.decode_json, body) == outcome(json.loads, body)


def test_msgspec_decodes_what_it_can_and_json_loads_the_rest(monkeypatch: pytest.MonkeyPatch) -> None:
    decoded = record_msgspec(monkeypatch)
    assert types.decode_json(b'{"id": "1", "n": 18446744073709551616}') == {"id": "1", "n": 2**64}
    assert repr(types.decode_json(b'{"value": NaN}')) == "{'value': nan}"
    assert decoded == [b'{"id": "1", "n": 18446744073709551616}']  # exact, no fallback; NaN went to json.loads


def test_without_msgspec_json_loads_decodes_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(types, "_fast", None)  # not looked up yet
    monkeypatch.setitem(sys.modules, "msgspec", None)  # `import msgspec` raises ImportError
    monkeypatch.setitem(sys.modules, "msgspec.json", None)
    assert types.decode_json(b'{"a": [1, 18446744073709551616]}') == {"a": [1, 18446744073709551616]}
    assert types._fast is False  # looked up once, remembered
    assert Media.from_json(b'{"id": 5, "caption": "x"}') == Media.from_dict({"id": 5, "caption": "x"})


def test_msgspec_is_looked_up_on_first_use(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(types, "_fast", None)
    assert types.decode_json(b"[1]") == [1]
    assert callable(types._fast)


def test_text_and_other_types_go_to_json_loads(path: list[bytes]) -> None:
    assert types.decode_json('{"a": "\\ud800"}') == json.loads('{"a": "\\ud800"}')
    assert types.decode_json(bytearray(b"[1]")) == [1]  # type: ignore[arg-type]  # json.loads takes it too
    assert path == []


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**80), max_value=2**80)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(value=json_values, ascii_only=st.booleans())
def test_any_json_text_decodes_as_json_loads_decodes_it(value: Any, ascii_only: bool) -> None:
    body = json.dumps(value, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")
    assert outcome(types.decode_json, body) == outcome(json.loads, body)


@settings(max_examples=300, deadline=None)
@given(body=st.binary(max_size=40) | st.text(alphabet='{}[]":,0123456789.eE+-\\u tfalsnr\ud800é', max_size=40))
def test_any_bytes_decode_as_json_loads_decodes_them(body: bytes | str) -> None:
    data = body.encode("utf-8", "surrogatepass") if isinstance(body, str) else body
    assert outcome(types.decode_json, data) == outcome(json.loads, data)


def client_answering(body: bytes) -> sdk.InstagramClient:
    transport = httpx.MockTransport(
        Recorder(httpx.Response(200, content=body, headers={"content-type": "application/json"}))
    )
    return sdk.InstagramClient(FAKE_TOKEN, transport=transport, retry=sdk.RetryConfig(max_retries=0))


def test_the_client_reads_bodies_as_before(path: list[bytes]) -> None:
    me = client_answering(b'{"id": 18446744073709551616, "username": "\\ud800"}').users.get_profile()
    assert me == User(id="18446744073709551616", username="\ud800")
    with pytest.raises(sdk.NonJSONResponseError):
        client_answering(b"<html>").users.get_profile()
    with pytest.raises(sdk.ResponseValidationError, match=r"User\.media_count: expected an integer"):
        client_answering(b'{"id": "1", "media_count": NaN}').users.get_profile()
    with pytest.raises(sdk.ResponseValidationError, match="RecursionError"):
        client_answering(b'{"id": "1", "name": ' + b"[" * 100_000 + b"]" * 100_000 + b"}").users.get_profile()
