"""Resource namespaces, one module per spec tag; import them lazily. Generated; do not edit."""

# tag -> (module in this package, sync class, async class)
RESOURCE_CLASSES: dict[str, tuple[str, str, str]] = {
    "auth": ("auth", "AuthResource", "AsyncAuthResource"),
    "users": ("users", "UsersResource", "AsyncUsersResource"),
    "media": ("media", "MediaResource", "AsyncMediaResource"),
    "publishing": ("publishing", "PublishingResource", "AsyncPublishingResource"),
    "comments": ("comments", "CommentsResource", "AsyncCommentsResource"),
    "insights": ("insights", "InsightsResource", "AsyncInsightsResource"),
    "messaging": ("messaging", "MessagingResource", "AsyncMessagingResource"),
    "conversations": (
        "conversations",
        "ConversationsResource",
        "AsyncConversationsResource",
    ),
    "welcome_flows": (
        "welcome_flows",
        "WelcomeFlowsResource",
        "AsyncWelcomeFlowsResource",
    ),
    "messenger_profile": (
        "messenger_profile",
        "MessengerProfileResource",
        "AsyncMessengerProfileResource",
    ),
    "webhooks": ("webhooks", "WebhooksResource", "AsyncWebhooksResource"),
    "oembed": ("oembed", "OembedResource", "AsyncOembedResource"),
    "hashtags": ("hashtags", "HashtagsResource", "AsyncHashtagsResource"),
}
