import App

await ZavezaCommand.main()
