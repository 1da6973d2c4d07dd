// libtorch's random generator and thread pools are process-wide: one test at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
