using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/IngenAMiste.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
