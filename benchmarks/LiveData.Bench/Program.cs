using System.CommandLine;
using LiveData.Bench;

// Long enough for the services the bench started to stop gracefully after Ctrl-C.
var invocation = new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(15) };
return await BenchCommand.Create().Parse(args).InvokeAsync(invocation);
