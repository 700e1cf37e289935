"""The encrypted evidence store: records in SQLCipher, media in chunked AEAD files, keys in passphrase slots."""
