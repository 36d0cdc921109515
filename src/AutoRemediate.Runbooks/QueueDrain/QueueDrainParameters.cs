using System.Globalization;
using System.Text.RegularExpressions;

namespace AutoRemediate.Runbooks.QueueDrain;

/// <summary>
/// Reads a <see cref="QueueDrainPlan"/> from the runbook input: the storage account from the target, the queue from
/// the alert's <c>QueueName</c> dimension (or the <c>sourceQueue</c> parameter), the rest from binding parameters.
/// </summary>
/// <remarks>Pure: runs in orchestration code.</remarks>
internal static partial class QueueDrainParameters
{
    public const string PoisonSuffix = "-poison";
    public const int DefaultMaxMessages = 1000;
    public const double DefaultMessagesPerSecond = 50;
    public const string DefaultArchiveTable = "queuedrainarchive";

    public static (QueueDrainPlan? Plan, string? Problem) Read(RunbookInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Targets.Count != 1 || AccountPattern().Match(input.Targets[0]) is not { Success: true } account)
        {
            return (null, $"drain-queue needs exactly one storage account target, got [{string.Join(", ", input.Targets)}].");
        }

        var source = Label(input, "QueueName") ?? Parameter(input, "sourceQueue");
        if (source is null || !QueuePattern().IsMatch(source))
        {
            return (null, $"drain-queue needs a valid queue name in the alert's QueueName dimension or the sourceQueue parameter, got '{source}'.");
        }

        if (!Enum.TryParse<QueueDrainMode>(Parameter(input, "mode") ?? nameof(QueueDrainMode.Move), ignoreCase: true, out var mode))
        {
            return (null, $"drain-queue parameter mode must be move or archive, got '{Parameter(input, "mode")}'.");
        }

        var destination = mode == QueueDrainMode.Move
            ? Parameter(input, "destinationQueue") ?? (source.EndsWith(PoisonSuffix, StringComparison.Ordinal) ? source[..^PoisonSuffix.Length] : null)
            : null;
        if (mode == QueueDrainMode.Move && (destination is null || !QueuePattern().IsMatch(destination) || destination == source))
        {
            return (null, $"drain-queue cannot tell where to move '{source}': set destinationQueue, or drain a queue named <queue>{PoisonSuffix}.");
        }

        var max = Number(input, "maxMessages", DefaultMaxMessages);
        var rate = Number(input, "messagesPerSecond", DefaultMessagesPerSecond);
        var table = Parameter(input, "archiveTable") ?? DefaultArchiveTable;
        if (max is not (>= 1 and <= 100_000) || rate is not (>= 0 and <= 2000) || !TablePattern().IsMatch(table))
        {
            return (null, $"drain-queue parameters out of range: maxMessages {max} (1-100000), messagesPerSecond {rate} (0-2000), archiveTable '{table}'.");
        }

        return (new QueueDrainPlan(input.RemediationId, account.Groups["name"].Value.ToLowerInvariant(), source, destination, mode, (int)max, rate, table), null);
    }

    private static string? Label(RunbookInput input, string name) =>
        input.Alert.Labels.FirstOrDefault(l => string.Equals(l.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    private static string? Parameter(RunbookInput input, string name) =>
        input.Parameters.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static double Number(RunbookInput input, string name, double fallback) =>
        Parameter(input, name) is not { } text ? fallback
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value
        : double.NaN;

    [GeneratedRegex("^/subscriptions/[^/]+/resourcegroups/[^/]+/providers/microsoft\\.storage/storageaccounts/(?<name>[a-z0-9]{3,24})$", RegexOptions.IgnoreCase)]
    private static partial Regex AccountPattern();

    [GeneratedRegex("^(?!.*--)[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$")]
    private static partial Regex QueuePattern();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    private static partial Regex TablePattern();
}
