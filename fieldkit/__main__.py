from fieldkit.launcher import main

raise SystemExit(main())
