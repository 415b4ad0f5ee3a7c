"""FakeInstagram's messaging routes: the Send API, conversations, welcome flows, ice breakers and
the persistent menu, and webhook subscriptions."""

from __future__ import annotations

import json

from ._graph_routes import MESSAGES, fields_of, invalid
from ._http import FakeRequest, FakeResponse, missing_permission, page, project
from ._state import State, Token, stamp


def send_message(state: State, request: FakeRequest, token: Token) -> FakeResponse:
    op = "send_message"
    denied = missing_permission(token, MESSAGES, op)
    if denied:
        return denied
    body = request.params
    recipient = body.get("recipient") or {}
    if isinstance(recipient, str):
        recipient = json.loads(recipient)
    message, action = body.get("message"), body.get("sender_action")
    if message and action:
        return invalid("(#100) sender_action cannot be sent with message", op)
    if not message and not action:
        return invalid("(#100) Either message or sender_action is required", op)
    if isinstance(message, dict):
        if len(str(message.get("text", "")).encode()) > 1000:
            return invalid("(#100) Message text must be at most 1000 bytes", op)
        if any(q.get("content_type") != "text" for q in message.get("quick_replies", [])):
            return invalid("(#100) Only text quick replies are supported", op)
    if "comment_id" in recipient:
        comment = state.comments.get(recipient["comment_id"])
        if comment is None:
            return invalid("(#100) No matching comment found", op)
        if comment.get("_private_reply"):
            return invalid("(#10) A private reply was already sent for this comment", op, code=10)
        comment["_private_reply"] = True
        igsid = comment["from"]["id"]
    else:
        igsid = str(recipient.get("id", ""))
        if igsid not in state.customers:
            return invalid("(#100) No matching user found", op)
    control = body.get("thread_control")
    if isinstance(control, dict):
        kind = control.get("control_type")
        if kind not in ("pass", "release", "take", "extend", "request"):
            return invalid("(#100) thread_control.control_type must be pass, release, take, extend or request", op)
        if kind == "pass":
            state.thread_owners[igsid] = str(control.get("app_id") or "default")
        elif kind == "take":
            state.thread_owners[igsid] = state.client_id
        elif kind == "release":
            state.thread_owners.pop(igsid, None)
    reply_to = body.get("reply_to")
    if isinstance(reply_to, dict) and reply_to.get("mid") not in state.messages:
        return invalid("(#100) reply_to.mid does not match a message in this conversation", op)
    state.sent.append(dict(body))
    if action:
        return FakeResponse(200, {"recipient_id": igsid}, op)
    conversation = next((c for c in state.conversations.values() if c["customer"] == igsid), None)
    if conversation is not None and isinstance(message, dict) and message.get("text"):
        mid = state.record_message(conversation["id"], str(message["text"]), from_customer=False)["id"]
    else:
        mid = "fake-mid-" + state.new_id()
    return FakeResponse(200, {"recipient_id": igsid, "message_id": mid}, op)


def conversations(state: State, request: FakeRequest, token: Token) -> FakeResponse:
    denied = missing_permission(token, MESSAGES, "list_conversations")
    if denied:
        return denied
    items = [c for c in state.conversations.values() if request.params.get("user_id") in (None, c["customer"])]
    fields = fields_of(request, "id,updated_time")
    return FakeResponse(200, page([project(c, fields) for c in items], request), "list_conversations")


def welcome_flows(state: State, request: FakeRequest, token: Token) -> FakeResponse:
    flow_id = request.params.get("flow_id")
    if request.method == "GET":
        items = [f for f in state.welcome_flows.values() if flow_id in (None, f["id"])]
        return FakeResponse(200, page(items, request), "list_welcome_flows")
    if request.method == "DELETE":
        if state.welcome_flows.pop(str(flow_id), None) is None:
            return invalid("(#100) Invalid flow_id", "delete_welcome_flow")
        return FakeResponse(200, {"success": True}, "delete_welcome_flow")
    steps = request.params.get("welcome_message_flow")
    if not request.params.get("name") or not isinstance(steps, list):
        return invalid("(#100) name and welcome_message_flow are required", "create_welcome_flow")
    if flow_id is not None:
        if flow_id not in state.welcome_flows:
            return invalid("(#100) Invalid flow_id", "create_welcome_flow")
        state.welcome_flows[flow_id].update(
            name=request.params["name"], welcome_message_flow=json.dumps(steps), last_update_time=stamp(state.now())
        )
        return FakeResponse(200, {"success": True}, "create_welcome_flow")
    new_id = state.new_id()
    state.welcome_flows[new_id] = {
        "id": new_id, "name": request.params["name"], "eligible_platforms": ["INSTAGRAM"],
        "welcome_message_flow": json.dumps(steps), "last_update_time": stamp(state.now()), "is_used_in_ad": False,
    }  # fmt: skip
    return FakeResponse(200, {"flow_id": new_id}, "create_welcome_flow")


def messenger_profile(state: State, request: FakeRequest, token: Token) -> FakeResponse:
    profile = state.messenger_profile
    if request.method == "POST":
        if request.params.get("platform") != "instagram":
            return invalid("(#100) platform must be instagram", "set_messenger_profile")
        for key in ("ice_breakers", "persistent_menu"):
            value = request.params.get(key)
            if isinstance(value, str):
                value = json.loads(value)
            if value is not None:
                profile[key] = value
        return FakeResponse(200, {"result": "success"}, "set_messenger_profile")
    if request.method == "DELETE":
        for key in json.loads(request.params.get("fields") or "[]"):
            profile.pop(key, None)
        return FakeResponse(200, {"result": "success"}, "delete_messenger_profile")
    wanted = str(request.params.get("fields", ""))
    if wanted == "ice_breakers":
        return FakeResponse(200, {"data": list(profile.get("ice_breakers", []))}, "get_messenger_profile")
    data = [{"persistent_menu": profile["persistent_menu"]}] if "persistent_menu" in profile else []
    return FakeResponse(200, {"data": data}, "get_messenger_profile")


def subscribed_apps(state: State, request: FakeRequest, token: Token) -> FakeResponse:
    if request.method == "POST":
        fields = request.params.get("subscribed_fields", "")
        state.subscribed_fields = list(fields) if isinstance(fields, list) else [f for f in str(fields).split(",") if f]
        return FakeResponse(200, {"success": True}, "subscribe")
    if request.method == "DELETE":
        state.subscribed_fields = []
        return FakeResponse(200, {"success": True}, "unsubscribe")
    data = [{"id": state.client_id, "subscribed_fields": state.subscribed_fields}] if state.subscribed_fields else []
    return FakeResponse(200, {"data": data}, "get_subscribed_fields")
