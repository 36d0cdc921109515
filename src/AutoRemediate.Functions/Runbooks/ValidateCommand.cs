namespace AutoRemediate.Functions.Runbooks;

/// <summary>
/// <c>AutoRemediate.Functions validate [folder]</c>: loads the binding files like start-up does and prints every
/// error as <c>file:line:col: message</c> (exit 1), or "N bindings OK" (exit 0). Meant for CI on pull requests.
/// </summary>
internal static class ValidateCommand
{
    public static bool Matches(string[] args) => args is ["validate", ..];

    public static int Run(string[] args, TextWriter output)
    {
        var folder = args is [_, var given, ..]
            ? given
            : BindingFolder.Resolve(new ConfigurationBuilder().AddEnvironmentVariables().Build());
        var result = BindingFolder.Load(folder);
        foreach (var error in result.Errors)
        {
            output.WriteLine(error.ToString());
        }

        if (!result.IsSuccess)
        {
            return 1;
        }

        output.WriteLine($"{result.Catalog!.Bindings.Count} bindings OK");
        return 0;
    }
}
