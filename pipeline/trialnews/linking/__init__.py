"""How a value finds its outcome: word classes, noun phrases, and the named outcome linkers."""
