using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/LiveData.Benchmarks -- --filter '*'
// Reports go under artifacts/ (ignored by git), like the livedata-bench artefacts.
var config = DefaultConfig.Instance.WithArtifactsPath(Path.Combine("artifacts", "benchmarkdotnet"));
BenchmarkSwitcher.FromAssembly(typeof(LiveData.Benchmarks.MonitorHistogramBenchmarks).Assembly).Run(args, config);
