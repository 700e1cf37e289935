"""Entry point of the packaged program."""

from fieldkit.cli.main import main

raise SystemExit(main())
