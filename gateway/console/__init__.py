"""The review web console for the privacy officer (docs/console.md)."""
