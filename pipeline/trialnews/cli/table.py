"""``trialnews table`` (registered on ``app`` when this module defines it)."""
