using System.Text.RegularExpressions;

namespace AutoRemediate.Storage.Durable;

/// <summary>A task hub's name and the storage resources it owns: <c>{hub}Instances</c> and <c>{hub}-work</c>.</summary>
internal sealed partial record DurableTaskHub
{
    private DurableTaskHub(string name)
    {
        Name = name;
        TableName = name + "Instances";
        QueueName = name.ToLowerInvariant() + "-work";
    }

    public string Name { get; }

    public string TableName { get; }

    public string QueueName { get; }

    public static DurableTaskHub Create(string taskHubName)
    {
        ArgumentNullException.ThrowIfNull(taskHubName);
        return HubName().IsMatch(taskHubName)
            ? new DurableTaskHub(taskHubName)
            : throw new ArgumentException(
                $"Task hub name '{taskHubName}' is invalid: use 3-50 letters or digits, starting with a letter.", nameof(taskHubName));
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,49}$", RegexOptions.CultureInvariant)]
    private static partial Regex HubName();
}
