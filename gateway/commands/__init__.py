"""Sub-commands of the ``phigate`` CLI, one module each.

Each module exposes ``register(subparsers)``, which adds its parser and sets
``func=<callable(args) -> int>`` as the parser default.
"""
