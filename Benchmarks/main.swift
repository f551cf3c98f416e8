import ParityCore

// PLACEHOLDER: benchmarks are added with the segmenter.
print("no benchmarks yet")
