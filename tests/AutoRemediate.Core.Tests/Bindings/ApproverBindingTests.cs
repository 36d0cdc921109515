using AutoRemediate.Core.Bindings;
using AutoRemediate.Core.Tests.Support;

namespace AutoRemediate.Core.Tests.Bindings;

/// <summary><c>approval.approvers</c>: parsed into the policy, and every malformed form refused at load with file, line and column.</summary>
public sealed class ApproverBindingTests
{
    private const string Group = "0b7a1c55-3f0e-4c1b-9a43-6f2d8e1b2c3d";

    // Line 11 is "approval:", 12 "required: always", 13 "quorum: 2", 14 "approvers:", 15 its first key.
    private const string Binding = """
        schemaVersion: 1
        bindings:
          - id: web-restart
            version: 1
            owner: team-web
            match:
              ruleName: "*-http5xx"
            runbook:
              name: restart
            manualEffortMinutes: 5
            approval:
              required: always
              quorum: 2
              approvers:

        """;

    [Fact]
    public void Groups_roles_and_users_load_into_the_approval_policy()
    {
        var yaml = Binding + $"        groups: [{Group}]\n        roles: [Checkout.Approver]\n        users: [dana@contoso.com, erin@contoso.com]";

        var approvers = Assert.Single(TestBindings.Load(("b.yaml", yaml)).EnsureSuccess().Bindings).Approval.Approvers;

        Assert.Equal([Group], approvers!.Groups);
        Assert.Equal(["Checkout.Approver"], approvers.Roles);
        Assert.Equal(["dana@contoso.com", "erin@contoso.com"], approvers.Users);
    }

    [Fact]
    public void Binding_without_approvers_lets_anyone_with_the_role_decide()
    {
        var yaml = Binding.Replace("      approvers:\n", string.Empty, StringComparison.Ordinal);

        Assert.Null(Assert.Single(TestBindings.Load(("b.yaml", yaml)).EnsureSuccess().Bindings).Approval.Approvers);
    }

    [Fact]
    public void Group_that_is_not_an_object_id_is_refused_naming_file_and_line()
    {
        var result = TestBindings.Load(("runbooks/checkout.yaml", Binding + "        groups: [sre-oncall]"));

        Assert.Equal(
            ["runbooks/checkout.yaml:15:18: 'sre-oncall' in binding 'web-restart' approval approvers groups is not an Entra ID group object id (a GUID such as 0b7a1c55-3f0e-4c1b-9a43-6f2d8e1b2c3d)"],
            result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Approvers_given_as_a_list_are_refused()
    {
        Assert.Equal(
            ["15:9: binding 'web-restart' approval approvers must be a mapping, got a list"],
            TestBindings.Errors(Binding + "        - dana@contoso.com"));
    }

    [Fact]
    public void Unknown_key_in_approvers_is_refused_with_a_suggestion()
    {
        Assert.Equal(
            ["15:9: unknown key 'user' in binding 'web-restart' approval approvers (did you mean 'users'?)"],
            TestBindings.Errors(Binding + "        user: [dana@contoso.com]"));
    }

    [Fact]
    public void User_that_is_not_a_principal_name_is_refused()
    {
        Assert.Equal(
            ["15:17: 'dana' in binding 'web-restart' approval approvers users is not a user principal name (name@domain)"],
            TestBindings.Errors(Binding + "        users: [dana, erin@contoso.com]"));
    }

    [Fact]
    public void Approver_listed_twice_is_refused()
    {
        Assert.Equal(
            ["15:35: 'Dana@Contoso.com' is listed twice in binding 'web-restart' approval approvers users"],
            TestBindings.Errors(Binding + "        users: [dana@contoso.com, Dana@Contoso.com, erin@contoso.com]"));
    }

    [Fact]
    public void Approvers_listing_nobody_are_refused()
    {
        Assert.Equal(
            ["15:9: binding 'web-restart' approval approvers lists nobody: name at least one of groups, roles or users, or remove it to let anyone with the Approver role decide"],
            TestBindings.Errors(Binding + "        users: []"));
    }

    [Fact]
    public void Fewer_listed_users_than_the_quorum_are_refused()
    {
        Assert.Equal(
            ["15:9: binding 'web-restart' approval approvers lists 1 user(s) and no group or role, so a quorum of 2 distinct approvers can never be met"],
            TestBindings.Errors(Binding + "        users: [dana@contoso.com]"));
    }

    [Fact]
    public void Approvers_with_approval_never_are_refused()
    {
        Assert.Equal(
            ["15:9: binding 'web-restart' approval approvers have no effect when approval is 'never'; remove them or use 'whenGuardrailsAsk'"],
            TestBindings.Errors(Binding.Replace("required: always", "required: never", StringComparison.Ordinal) + "        users: [dana@contoso.com, erin@contoso.com]"));
    }
}
