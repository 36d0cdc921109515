using AutoRemediate.Benchmarks;
using AutoRemediate.Benchmarks.Storm;

// Figures on this machine against a private Azurite, with Azurite's own floor measured in the same run.
// Usage: dotnet run -c Release --project tests/AutoRemediate.Benchmarks [-- --quick]   (the engine)
//        dotnet run -c Release --project tests/AutoRemediate.Benchmarks -- toil [--quick | --rows N]
//        dotnet run -c Release --project tests/AutoRemediate.Benchmarks -- storm [--quick] [--alerts N] [--backlog N]
var quick = args.Contains("--quick");
if (args is ["toil", ..])
{
    return await ToilBenchProgram.RunAsync(args, quick);
}

if (args is ["storm", ..])
{
    return await StormBenchProgram.RunAsync(args, quick);
}

// The engine's own figures (DurableTask.AzureStorage on Azurite, with Azurite's round trip and a bare
// DurableTask.Core orchestration as baselines in the same run).
return await AutoRemediate.Benchmarks.EngineV2.EngineV2Bench.RunAsync(quick);
