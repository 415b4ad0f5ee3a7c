"""The keys of `httpx.Request.extensions` through which the runner tells the retrying transport how
to treat a request (set in `_runner.prepare`, read in `_attempts`)."""

from __future__ import annotations

# request.extensions[RETRY_EXTENSION] = a `_retry.RetryPlan` (config, retry class); absent: defaults by method.
RETRY_EXTENSION = "instagram_graph_api_sdk.retry"
# request.extensions[OPERATION_EXTENSION] = the spec operationId (for logs, tests and recorders).
OPERATION_EXTENSION = "instagram_graph_api_sdk.operation"
# request.extensions[USAGE_EXTENSION] = the UsageState of the account the request is for (clients from
# `for_account()` share one transport but not their rate-limit state); absent: the transport's own.
USAGE_EXTENSION = "instagram_graph_api_sdk.usage"
