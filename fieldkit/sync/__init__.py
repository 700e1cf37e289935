"""Sending bundles to HQ: the tus client, the outbox and signed receipts."""
