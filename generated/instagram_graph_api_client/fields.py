"""The plain fields of User, Media and Comment in the spec (for `fields=`). Generated; do not edit."""

USER_FIELDS: tuple[str, ...] = (
    "id",
    "user_id",
    "username",
    "name",
    "account_type",
    "profile_picture_url",
    "followers_count",
    "follows_count",
    "media_count",
    "biography",
    "website",
    "has_profile_pic",
    "is_published",
    "legacy_instagram_user_id",
)

MEDIA_FIELDS: tuple[str, ...] = (
    "id",
    "caption",
    "media_type",
    "media_product_type",
    "media_url",
    "thumbnail_url",
    "permalink",
    "shortcode",
    "timestamp",
    "username",
    "like_count",
    "comments_count",
    "view_count",
    "is_comment_enabled",
    "is_shared_to_feed",
    "alt_text",
    "legacy_instagram_media_id",
    "is_ai_generated",
    "media_audio_type",
)

COMMENT_FIELDS: tuple[str, ...] = (
    "id",
    "text",
    "timestamp",
    "username",
    "like_count",
    "hidden",
    "parent_id",
    "legacy_instagram_comment_id",
)
