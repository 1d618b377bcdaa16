using System.CommandLine;

namespace LiveData.Cli.Commands;

/// <summary>The <c>livedata</c> command tree.</summary>
public static class LiveDataCommandLine
{
    /// <summary>Long enough for a service to send its final heartbeat and flush after SIGTERM.</summary>
    public static readonly InvocationConfiguration Invocation = new() { ProcessTerminationTimeout = TimeSpan.FromSeconds(15) };

    public static RootCommand Build()
    {
        var root = new RootCommand("LiveData: live data reduction for neutron-scattering instruments over Kafka.");
        root.Subcommands.Add(BrokerCommand.Create());
        root.Subcommands.Add(TopicsCommand.Create());
        root.Subcommands.Add(ServiceCommand.Create());
        root.Subcommands.Add(InspectCommand.Create());
        root.Subcommands.Add(NexusCommand.Create());
        root.Subcommands.Add(LookupTableCommand.Create());
        root.Subcommands.Add(UpCommand.Create());
        root.Subcommands.Add(StepsCommand.Create());
        return root;
    }
}
