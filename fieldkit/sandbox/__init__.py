"""Sandboxed child processes that decode outside bytes under hard limits (see fieldkit.sandbox.pool)."""
