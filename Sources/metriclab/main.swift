MetricLabCommand.main()
