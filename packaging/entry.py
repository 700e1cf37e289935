"""Entry point of the packaged program."""

from fieldkit.launcher import main

raise SystemExit(main())
