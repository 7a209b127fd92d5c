"""``trialnews review`` (registered on ``app`` when this module defines it)."""
