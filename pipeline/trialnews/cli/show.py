"""``trialnews show`` (registered on ``app`` when this module defines it)."""
