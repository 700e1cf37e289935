"""The main window's pages, one module per tab (as Vorta's views), each behind the one ``Page`` interface of
``base.py`` so the window treats them all alike."""
