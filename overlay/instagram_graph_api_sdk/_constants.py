"""Numbers and names that come from Meta's documented behaviour, each with its source."""

from __future__ import annotations

from datetime import timedelta

# Hosts. Instagram Login uses graph.instagram.com for everything but the code exchange.
# https://developers.facebook.com/docs/instagram-platform/overview
GRAPH_INSTAGRAM = "https://graph.instagram.com"
GRAPH_FACEBOOK = "https://graph.facebook.com"
API_INSTAGRAM = "https://api.instagram.com"
WWW_INSTAGRAM = "https://www.instagram.com"
# Resumable uploads: only rupload.facebook.com is documented; some Instagram Login clients use
# rupload.instagram.com, hence the client setting `upload_host=`.
# https://developers.facebook.com/docs/instagram-platform/content-publishing/resumable-uploads
RUPLOAD_FACEBOOK = "https://rupload.facebook.com"

# The TypeScript SDK's default timeout (30 s), per attempt.
DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_RETRIES = 2
# Overall budget for one call, attempts and waits included (httpx has no total deadline).
DEFAULT_DEADLINE = 120.0
# The OAuth calls are single requests, never retried: a shorter overall budget.
DEFAULT_OAUTH_DEADLINE = 60.0
# estimated_time_to_regain_access is believed up to this many seconds (one header of 99,999,999
# minutes would otherwise block a client for 190 years); `client.reset_rate_limit()` lifts a block.
MAX_REGAIN_ACCESS_WAIT = 24 * 3600.0

# Token lifetimes.
# https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-login/business-login
SHORT_LIVED_TOKEN_LIFETIME = timedelta(hours=1)
# https://developers.facebook.com/docs/instagram-platform/reference/access_token
LONG_LIVED_TOKEN_LIFETIME = timedelta(days=60)
# "Refresh a long-lived access token that is at least 24 hours old but has not expired."
# https://developers.facebook.com/docs/instagram-platform/reference/refresh_access_token
REFRESH_MIN_AGE = timedelta(hours=24)

# Containers: poll "once per minute for no more than 5 minutes"; they expire after 24 hours.
# https://developers.facebook.com/docs/instagram-platform/content-publishing#troubleshooting
CONTAINER_POLL_INTERVAL = 60.0
CONTAINER_POLL_TIMEOUT = 300.0
# After an ambiguous media_publish failure, wait this long before reading the container's status,
# so that a publish still in flight at Meta has finished and shows as PUBLISHED.
PUBLISH_SETTLE = 5.0
CONTAINER_LIFETIME = timedelta(hours=24)

# Instagram Login scopes (the old business_* names were removed on 2025-01-27).
# https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-login/business-login
SCOPE_BASIC = "instagram_business_basic"
SCOPE_MESSAGES = "instagram_business_manage_messages"
SCOPE_COMMENTS = "instagram_business_manage_comments"
SCOPE_PUBLISH = "instagram_business_content_publish"
SCOPE_INSIGHTS = "instagram_business_manage_insights"
DEFAULT_SCOPES = (SCOPE_BASIC, SCOPE_MESSAGES, SCOPE_COMMENTS, SCOPE_PUBLISH)
ALL_SCOPES = (*DEFAULT_SCOPES, SCOPE_INSIGHTS)

# Proactive slowdown starts when the usage headers report this share of a limit (percent).
# https://developers.facebook.com/docs/graph-api/overview/rate-limiting
DEFAULT_USAGE_SLOWDOWN_THRESHOLD = 90.0
