namespace AutoRemediate.AzureFakes.Faults;

/// <summary>The faults and operation shapes injected into a <see cref="Server.FakeAzureServer"/>; rules apply in the order added.</summary>
public sealed class FakeFaults
{
    private readonly Lock _gate = new();
    private readonly List<(FaultRule Rule, int Left)> _faults = [];
    private readonly List<(OperationRule Rule, int Left)> _operations = [];

    /// <summary>Adds a fault.</summary>
    public FakeFaults Add(FaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        lock (_gate)
        {
            _faults.Add((rule, rule.Times));
        }

        return this;
    }

    /// <summary>Adds an operation shape.</summary>
    public FakeFaults Add(OperationRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        lock (_gate)
        {
            _operations.Add((rule, rule.Times));
        }

        return this;
    }

    /// <summary>Removes every rule.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _faults.Clear();
            _operations.Clear();
        }
    }

    internal FaultRule? TakeFault(string method, string path) => Take(_faults, rule => rule.Matches(method, path));

    internal OperationRule? TakeOperation(string method, string path) => Take(_operations, rule => rule.Matches(method, path));

    private T? Take<T>(List<(T Rule, int Left)> rules, Func<T, bool> matches)
        where T : class
    {
        lock (_gate)
        {
            var index = rules.FindIndex(entry => entry.Left > 0 && matches(entry.Rule));
            if (index < 0)
            {
                return null;
            }

            var (rule, left) = rules[index];
            rules[index] = (rule, left == int.MaxValue ? left : left - 1);
            return rule;
        }
    }
}
