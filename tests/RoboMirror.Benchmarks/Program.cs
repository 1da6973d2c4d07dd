using BenchmarkDotNet.Running;

// Runs the benchmarks chosen with --filter, e.g.
//   dotnet run -c Release --project tests/RoboMirror.Benchmarks -- --filter '*Skeleton*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
