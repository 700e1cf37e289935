from fieldkit.cli.main import main

raise SystemExit(main())
