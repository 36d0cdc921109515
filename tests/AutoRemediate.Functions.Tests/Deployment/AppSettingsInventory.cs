using AutoRemediate.Functions.Composition;
using AutoRemediate.Functions.Functions;
using AutoRemediate.Runbooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Functions.Tests.Deployment;

/// <summary>
/// What the app, composed exactly as it runs, reads from configuration: every key its options classes bind
/// (recorded while each registered options type of ours is materialised) plus <see cref="RawSettingReads"/>.
/// Keys use the app-setting spelling (<c>Webhook__KeyHashes</c>); a collection is one entry marked as such.
/// </summary>
internal sealed record AppSettingsInventory(IReadOnlySet<string> Settings, IReadOnlySet<string> Collections, IReadOnlyList<string> RunbookActions)
{
    public static AppSettingsInventory Discover()
    {
        var recorder = new RecordingConfigurationSource();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(FunctionManifest.AllRoutesSettings);
        builder.Configuration.Sources.Add(recorder);

        recorder.Recording = true;
        builder.AddAutoRemediate();
        recorder.Recording = false;
        var services = builder.Services;
        using var provider = services.BuildServiceProvider();

        recorder.Recording = true;
        foreach (var optionsType in OurOptionsTypes(services))
        {
            var options = provider.GetRequiredService(typeof(IOptions<>).MakeGenericType(optionsType));
            try
            {
                _ = options.GetType().GetProperty(nameof(IOptions<object>.Value))!.GetValue(options);
            }
            catch (System.Reflection.TargetInvocationException exception) when (exception.InnerException is OptionsValidationException)
            {
                // Binding ran (and was recorded) before validation refused the empty test configuration.
            }
        }

        recorder.Recording = false;
        var catalog = provider.GetRequiredService<RunbookCatalog>();
        var actions = catalog.Names.SelectMany(name => catalog.Find(name)!.AzureActions).Distinct(StringComparer.Ordinal).ToList();
        return From(recorder.Lookups.Concat(RawSettingReads.Keys), recorder.Enumerations, actions);
    }

    /// <summary>Keys that are prefixes of other keys are sections, not settings; enumerated leaves are collections.</summary>
    public static AppSettingsInventory From(IEnumerable<string> lookups, IEnumerable<string> enumerations, IReadOnlyList<string> runbookActions)
    {
        var keys = lookups.Select(AppSettingName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var listed = enumerations.Select(AppSettingName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        bool IsSection(string key) => keys.Concat(listed).Any(other => other.StartsWith(key + "__", StringComparison.OrdinalIgnoreCase));
        var collections = listed.Where(key => !IsSection(key)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var settings = keys.Where(key => !IsSection(key) || RawSettingReads.Keys.Any(raw => string.Equals(AppSettingName(raw), key, StringComparison.OrdinalIgnoreCase)))
            .Concat(collections).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new AppSettingsInventory(settings, collections, runbookActions);
    }

    public static string AppSettingName(string configurationKey) => configurationKey.Replace(":", "__", StringComparison.Ordinal);

    /// <summary>The setting an app-setting name sets: <c>Webhook__KeyHashes__0</c> sets the collection <c>Webhook__KeyHashes</c>.</summary>
    public string? SettingFor(string appSettingName) =>
        Settings.Contains(appSettingName) ? appSettingName
        : Collections.FirstOrDefault(c => appSettingName.StartsWith(c + "__", StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<Type> OurOptionsTypes(IServiceCollection services) => services
        .Where(d => d.ServiceType.IsGenericType && d.ServiceType.GetGenericTypeDefinition() == typeof(IConfigureOptions<>))
        .Select(d => d.ServiceType.GetGenericArguments()[0])
        .Where(t => t.Assembly.GetName().Name!.StartsWith("AutoRemediate.", StringComparison.Ordinal))
        .Distinct();
}
