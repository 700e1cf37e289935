try:
    from fieldkit.launcher import main

    code = main()
except KeyboardInterrupt:  # Ctrl-C while the program was still starting: nothing was done, nothing to say
    code = 130
raise SystemExit(code)
