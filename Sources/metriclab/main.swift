import NotebookKit

StopSignals.install()
MetricLabCommand.main()
