global using BenchmarkDotNet.Attributes;
global using LiveData.Bench.Kernels;
global using LiveData.Workflows.Histogramming;
global using LiveData.Workflows.Parameters;
