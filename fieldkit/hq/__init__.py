"""Headquarters: trust store (standard age and OpenSSH files), bundle verification, ingest index."""
