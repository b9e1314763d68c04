print("bench-analysis: no benchmarks yet")
