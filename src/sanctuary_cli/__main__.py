from sanctuary_cli.cli.main import main

main()
