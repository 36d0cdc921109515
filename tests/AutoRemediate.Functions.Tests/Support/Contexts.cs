using Microsoft.DurableTask;
using NSubstitute;

namespace AutoRemediate.Functions.Tests.Support;

/// <summary>Contexts for running an activity directly, outside any engine.</summary>
internal static class Contexts
{
    public static TaskActivityContext Activity(string name, string instanceId)
    {
        var context = Substitute.For<TaskActivityContext>();
        context.Name.Returns(new TaskName(name));
        context.InstanceId.Returns(instanceId);
        return context;
    }
}
