"""FakeInstagram's messaging routes: the Send API, customers' profiles, conversations, welcome flows,
ice breakers and the persistent menu, and webhook subscriptions."""

from __future__ import annotations

import json

from ._call import Call
from ._graph_routes import MESSAGES, expander, fields_of, invalid
from ._http import FakeResponse, missing_permission, page, project
from ._state import stamp


def send_message(call: Call) -> FakeResponse:
    state, request, op = call.state, call.request, call.operation_id
    denied = missing_permission(call.token, MESSAGES, op)
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


def upload_attachment(call: Call) -> FakeResponse:
    return FakeResponse(200, {"attachment_id": call.state.new_id()}, call.operation_id)


def get_user_profile(call: Call) -> FakeResponse:
    denied = missing_permission(call.token, MESSAGES, call.operation_id)
    customer = call.state.customers[call.ids["igsid"]]
    return denied or FakeResponse(
        200, project(customer, fields_of(call.request, "name,username,profile_pic")), call.operation_id
    )


def list_conversations(call: Call) -> FakeResponse:
    state, request = call.state, call.request
    denied = missing_permission(call.token, MESSAGES, "list_conversations")
    if denied:
        return denied
    items = [c for c in state.conversations.values() if request.params.get("user_id") in (None, c["customer"])]
    fields = fields_of(request, "id,updated_time")
    return FakeResponse(200, page([project(c, fields) for c in items], request), "list_conversations")


def get_conversation(call: Call) -> FakeResponse:
    conversation = call.state.conversations[call.ids["conversation_id"]]
    fields = fields_of(call.request, "messages")
    return FakeResponse(200, project(conversation, fields, expander(call.state, call.request)), call.operation_id)


def get_message(call: Call) -> FakeResponse:
    state, node = call.state, call.ids["message_id"]
    conversation = next(c for c in state.conversations.values() if node in c["messages"])
    if conversation["messages"].index(node) >= 20:  # only the 20 most recent can be read
        return invalid("(#100) This message has been deleted", call.operation_id)
    return FakeResponse(200, project(state.messages[node], fields_of(call.request, "id,created_time")), "get_message")


def list_welcome_flows(call: Call) -> FakeResponse:
    flow_id = call.request.params.get("flow_id")
    items = [f for f in call.state.welcome_flows.values() if flow_id in (None, f["id"])]
    return FakeResponse(200, page(items, call.request), "list_welcome_flows")


def delete_welcome_flow(call: Call) -> FakeResponse:
    if call.state.welcome_flows.pop(str(call.request.params.get("flow_id")), None) is None:
        return invalid("(#100) Invalid flow_id", "delete_welcome_flow")
    return FakeResponse(200, {"success": True}, "delete_welcome_flow")


def create_welcome_flow(call: Call) -> FakeResponse:
    state, request = call.state, call.request
    flow_id = request.params.get("flow_id")
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
        "id": new_id,
        "name": request.params["name"],
        "eligible_platforms": ["INSTAGRAM"],
        "welcome_message_flow": json.dumps(steps),
        "last_update_time": stamp(state.now()),
        "is_used_in_ad": False,
    }
    return FakeResponse(200, {"flow_id": new_id}, "create_welcome_flow")


def set_messenger_profile(call: Call) -> FakeResponse:
    params = call.request.params
    if params.get("platform") != "instagram":
        return invalid("(#100) platform must be instagram", "set_messenger_profile")
    for key in ("ice_breakers", "persistent_menu"):
        value = params.get(key)
        if isinstance(value, str):
            value = json.loads(value)
        if value is not None:
            call.state.messenger_profile[key] = value
    return FakeResponse(200, {"result": "success"}, "set_messenger_profile")


def delete_messenger_profile(call: Call) -> FakeResponse:
    for key in json.loads(call.request.params.get("fields") or "[]"):
        call.state.messenger_profile.pop(key, None)
    return FakeResponse(200, {"result": "success"}, "delete_messenger_profile")


def get_messenger_profile(call: Call) -> FakeResponse:
    profile = call.state.messenger_profile
    wanted = str(call.request.params.get("fields", ""))
    if wanted == "ice_breakers":
        return FakeResponse(200, {"data": list(profile.get("ice_breakers", []))}, "get_messenger_profile")
    data = [{"persistent_menu": profile["persistent_menu"]}] if "persistent_menu" in profile else []
    return FakeResponse(200, {"data": data}, "get_messenger_profile")


def subscribe(call: Call) -> FakeResponse:
    fields = call.request.params.get("subscribed_fields", "")
    subscribed = list(fields) if isinstance(fields, list) else [f for f in str(fields).split(",") if f]
    call.state.subscribed_fields = subscribed
    return FakeResponse(200, {"success": True}, "subscribe")


def unsubscribe(call: Call) -> FakeResponse:
    call.state.subscribed_fields = []
    return FakeResponse(200, {"success": True}, "unsubscribe")


def get_subscribed_fields(call: Call) -> FakeResponse:
    state = call.state
    data = [{"id": state.client_id, "subscribed_fields": state.subscribed_fields}] if state.subscribed_fields else []
    return FakeResponse(200, {"data": data}, "get_subscribed_fields")
