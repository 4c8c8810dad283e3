using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using IngenAMiste.Benchmarks;

// BenchmarkDotNet:  dotnet run -c Release --project tests/IngenAMiste.Benchmarks -- --filter "*ParseBenchmarks*" --job short --inProcess
//   (--inProcess: no generated project to build, which times out on a loaded machine)
// Modes used by compare.sh (see README.md):
//   throughput FILE N [W]       parse FILE N times after a warm-up (W page workers, default: all cores); pages/s, CPU s, peak working set
//   seed STORAGE TOTAL [FULL]   store synthetic reports (one real parse, distinct ids and as-of dates) until TOTAL exist; from FULL on without measures
//   host STORAGE PORT           ServeCommand.Build (the `ingen serve` host) plus /bench/static.json (same bytes as /api/progress)
//   allocations FILE            what the extraction allocates by type (sampled), and why the GC ran
//   textparse FILE N            extract FILE once, then time the text parsing (structure, status, funding) N times on one thread
//   dump FILE                   the extracted blocks and lines of FILE (to compare layout changes)
//   ingest STORAGE DIR [PID]    upload + ingest every PDF in DIR through IngestionService; per decile: wall time, storage requests by
//                               kind and bytes, our CPU, and CPU of the storage emulator process PID; a verdict on growth
return args.FirstOrDefault() switch
{
    "throughput" => Modes.Throughput(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : null),
    "seed" => await Modes.SeedAsync(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : int.MaxValue),
    "host" => await Modes.HostAsync(args[1], int.Parse(args[2], CultureInfo.InvariantCulture)),
    "ingest" => await Modes.IngestAsync(args[1], args[2], args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : null),
    "profile" => Profile.Run(args[1]),
    "textparse" => Profile.TextParse(args[1], int.Parse(args[2], CultureInfo.InvariantCulture)),
    "allocations" => AllocationProfile.Run(args[1]),
    "dump" => Modes.Dump(args[1]),
    _ => Run(args),
};

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(ParseBenchmarks).Assembly).Run(args);
    return 0;
}
