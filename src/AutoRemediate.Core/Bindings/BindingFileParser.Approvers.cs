using AutoRemediate.Core.Approvals;

namespace AutoRemediate.Core.Bindings;

/// <summary>The <c>approval.approvers</c> section: Entra ID group object ids, app role values and users allowed to decide.</summary>
internal sealed partial class BindingFileParser
{
    private const int MaxApproverLength = 256;

    private AllowedApprovers? ParseApprovers(YamlSection section, ApprovalRequirement required, int quorum, int before)
    {
        var groups = ApproverList(section, "groups", (value, at) =>
        {
            if (!Guid.TryParseExact(value, "D", out _))
            {
                errors.Add(at, $"'{value}' in {section.Where} groups is not an Entra ID group object id (a GUID such as 0b7a1c55-3f0e-4c1b-9a43-6f2d8e1b2c3d)");
            }
        });
        var roles = ApproverList(section, "roles", (_, _) => { });
        var users = ApproverList(section, "users", (value, at) =>
        {
            if (!value.Contains('@', StringComparison.Ordinal))
            {
                errors.Add(at, $"'{value}' in {section.Where} users is not a user principal name (name@domain)");
            }
        });

        if (errors.Errors.Count > before)
        {
            return null;
        }

        if (groups.Count + roles.Count + users.Count == 0)
        {
            errors.Add(section.Start, $"{section.Where} lists nobody: name at least one of groups, roles or users, or remove it to let anyone with the Approver role decide");
            return null;
        }

        if (required == ApprovalRequirement.Never)
        {
            errors.Add(section.Start, $"{section.Where} have no effect when approval is 'never'; remove them or use 'whenGuardrailsAsk'");
            return null;
        }

        if (groups.Count == 0 && roles.Count == 0 && users.Count < quorum)
        {
            errors.Add(section.Start, $"{section.Where} lists {users.Count} user(s) and no group or role, so a quorum of {quorum} distinct approvers can never be met");
            return null;
        }

        return new AllowedApprovers(groups, roles, users);
    }

    /// <summary>A list of non-blank, single-line names without duplicates (case-insensitive), each checked by <paramref name="check"/>.</summary>
    private List<string> ApproverList(YamlSection section, string key, Action<string, YamlDotNet.Core.Mark> check)
    {
        var values = new List<string>();
        foreach (var (raw, at) in section.StringList(key) ?? [])
        {
            var value = raw.Trim();
            if (value.Length is 0 or > MaxApproverLength || value.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
            {
                errors.Add(at, $"'{value}' in {section.Where} {key} must be 1-{MaxApproverLength} characters without spaces or control characters");
            }
            else if (values.Contains(value, StringComparer.OrdinalIgnoreCase))
            {
                errors.Add(at, $"'{value}' is listed twice in {section.Where} {key}");
            }
            else
            {
                check(value, at);
                values.Add(value);
            }
        }

        return values;
    }
}
