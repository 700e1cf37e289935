"""Analysis: everything fieldkit learns from an original's bytes, after the original is safely stored.

Preserve first (issue 12): acquisition stores every file bit-exact, encrypted and hashed, deciding nothing from its
content but a magic-number guess; then analysis decodes the *stored* bytes in a sandboxed child process
(fieldkit.sandbox) under hard limits. A crash, a timeout or a limit hit marks the capture ``analysis: failed`` with
the reason and nothing else stops.
"""
