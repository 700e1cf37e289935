"""Fingerprints: subjects, prints with their ANSI/NIST codes, quality at capture time, ten-print cards, latents,
live-scan devices and the ANSI/NIST-ITL export for the AFIS. Headless: no Qt here."""
