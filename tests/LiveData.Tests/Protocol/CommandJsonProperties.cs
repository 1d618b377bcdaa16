using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LiveData.Protocol.Commands;

namespace LiveData.Tests.Protocol;

/// <summary>Serialise then parse gives back the command, for generated job commands and workflow configs.</summary>
public sealed class CommandJsonProperties
{
    private const int Cases = 1000;

    private static readonly Gen<string> Text =
        Gen.Elements("abcxyz_/:-. 0123456789μé\"\\".ToCharArray()).ArrayOf().Select(chars => new string(chars));

    private static readonly Gen<JobId> JobIds =
        from source in Text
        from number in ArbMap.Default.GeneratorFor<Guid>()
        select new JobId(source, new JobNumber(number));

    private static readonly Gen<WorkflowId> WorkflowIds =
        from instrument in Text
        from name in Text
        from version in ArbMap.Default.GeneratorFor<int>()
        select new WorkflowId(instrument, name, version);

    private static readonly Gen<long?> Times = Optional(ArbMap.Default.GeneratorFor<long>());

    private static Gen<T?> Optional<T>(Gen<T> values)
        where T : struct
        => Gen.Frequency((1, Gen.Constant<T?>(null)), (3, values.Select(v => (T?)v)));

    [Property(MaxTest = Cases)]
    public Property Job_commands_round_trip() => Prop.ForAll(
        (from messageId in Text
         from job in Optional(JobIds)
         from workflow in Optional(WorkflowIds)
         from action in Gen.Elements(Enum.GetValues<JobAction>())
         select new JobCommand(messageId, job, workflow, action)).ToArbitrary(),
        command => CommandJson.Parse(CommandJson.Serialize(command)) == command);

    [Property(MaxTest = Cases)]
    public Property Workflow_configs_round_trip() => Prop.ForAll(
        (from workflow in WorkflowIds
         from messageId in Text
         from job in JobIds
         from start in Times
         from end in Times
         from roles in Gen.Zip(Text, Text).ArrayOf()
         from binCount in ArbMap.Default.GeneratorFor<int>()
         select new WorkflowConfig(workflow, messageId, job, new JobSchedule(start, end),
             roles.DistinctBy(r => r.Item1).ToDictionary(r => r.Item1, r => r.Item2),
             JsonSerializer.SerializeToElement(new { num_bins = binCount, unit = "ms" }))).ToArbitrary(),
        config =>
        {
            var serialised = CommandJson.Serialize(config);
            var parsed = (WorkflowConfig)CommandJson.Parse(serialised);
            return parsed.Identifier == config.Identifier && parsed.JobId == config.JobId && parsed.Schedule == config.Schedule
                && parsed.AuxSourceNames.SequenceEqual(config.AuxSourceNames) && CommandJson.Serialize(parsed).AsSpan().SequenceEqual(serialised);
        });
}
