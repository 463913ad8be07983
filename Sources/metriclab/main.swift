import NotebookKit

StopSignals.restoreDefaults()
MetricLabCommand.main()
