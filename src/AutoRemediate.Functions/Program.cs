using AutoRemediate.Functions.Audit;
using AutoRemediate.Functions.Composition;
using AutoRemediate.Functions.Functions;
using AutoRemediate.Functions.Remediation;
using AutoRemediate.Functions.Runbooks;
using AutoRemediate.Functions.SelfCheck;
using AutoRemediate.Functions.Toil;

if (SelfCheckCommand.Matches(args))
{
    return await SelfCheckCommand.RunAsync(args);
}

if (AuditVerifyCommand.Matches(args))
{
    return await AuditVerifyCommand.RunAsync(args, Console.Out, Console.Error);
}

if (RemediationAuditCommand.Matches(args))
{
    return await RemediationAuditCommand.RunAsync(args);
}

if (ToilCommand.Matches(args))
{
    return await ToilCommand.RunAsync(args, Console.Out, Console.Error);
}

if (FunctionManifestCommand.Matches(args))
{
    return FunctionManifestCommand.Run(args, Console.Out);
}

if (ValidateCommand.Matches(args))
{
    return ValidateCommand.Run(args, Console.Out);
}

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddAutoRemediate();
var app = builder.Build();
app.MapAutoRemediate();
await app.RunAsync();
return 0;

/// <summary>The entry point, public so integration tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
