using BenchmarkDotNet.Running;
using StatusBot.Benchmarks;

BenchmarkSwitcher.FromAssembly(typeof(ImportBenchmarks).Assembly).Run(args);
