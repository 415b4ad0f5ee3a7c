from typing import Literal

TemplateButtonType = Literal["postback", "web_url"]

TEMPLATE_BUTTON_TYPE_VALUES: set[TemplateButtonType] = {
    "postback",
    "web_url",
}


def check_template_button_type(value: str) -> TemplateButtonType:
    if value in TEMPLATE_BUTTON_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TEMPLATE_BUTTON_TYPE_VALUES!r}"
    )
