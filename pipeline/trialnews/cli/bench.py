"""``trialnews bench`` (registered on ``app`` when this module defines it)."""
