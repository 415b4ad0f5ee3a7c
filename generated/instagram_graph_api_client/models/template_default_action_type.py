from typing import Literal

TemplateDefaultActionType = Literal["web_url"]

TEMPLATE_DEFAULT_ACTION_TYPE_VALUES: set[TemplateDefaultActionType] = {
    "web_url",
}


def check_template_default_action_type(value: str) -> TemplateDefaultActionType:
    if value in TEMPLATE_DEFAULT_ACTION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TEMPLATE_DEFAULT_ACTION_TYPE_VALUES!r}"
    )
