print("metriclab")
