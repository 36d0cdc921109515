using System.Collections;
using System.Reflection;
using AutoRemediate.Functions.Composition;
using AutoRemediate.Functions.Functions;
using AutoRemediate.Runbooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Functions.Tests.Deployment;

/// <summary>
/// What the app, composed exactly as it runs, reads from configuration: for every options class of ours that is
/// registered, the section it is bound from (recorded while it is materialised) walked property by property the way
/// the binder walks it, plus <see cref="RawSettingReads"/>. Keys use the app-setting spelling
/// (<c>Webhook__KeyHashes</c>); a list or dictionary is one entry, also listed in <see cref="Collections"/>.
/// </summary>
internal sealed record AppSettingsInventory(IReadOnlySet<string> Settings, IReadOnlySet<string> Collections, IReadOnlyList<string> RunbookActions)
{
    public static AppSettingsInventory Discover()
    {
        var recorder = new RecordingConfigurationSource();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(FunctionManifest.AllRoutesSettings);
        builder.Configuration.Sources.Add(recorder);
        builder.AddAutoRemediate();
        using var provider = builder.Services.BuildServiceProvider();

        var settings = new HashSet<string>(RawSettingReads.Keys.Select(AppSettingName), StringComparer.OrdinalIgnoreCase);
        var collections = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var optionsTypes = OurOptionsTypes(builder.Services).ToList();
        optionsTypes.ForEach(type => Materialise(type, provider, recorder));
        foreach (var optionsType in optionsTypes)
        {
            if (SectionOf(optionsType, recorder.Lookups) is { } section)
            {
                Walk(optionsType, AppSettingName(section), settings, collections);
            }
        }

        var catalog = provider.GetRequiredService<RunbookCatalog>();
        var actions = catalog.Names.SelectMany(name => catalog.Find(name)!.AzureActions).Distinct(StringComparer.Ordinal).ToList();
        return new AppSettingsInventory(settings, collections, actions);
    }

    public static string AppSettingName(string configurationKey) => configurationKey.Replace(":", "__", StringComparison.Ordinal);

    /// <summary>The setting an app-setting name sets: <c>Webhook__KeyHashes__0</c> sets the collection <c>Webhook__KeyHashes</c>.</summary>
    public string? SettingFor(string appSettingName) =>
        Settings.Contains(appSettingName) ? appSettingName
        : Collections.FirstOrDefault(c => appSettingName.StartsWith(c + "__", StringComparison.OrdinalIgnoreCase));

    public AppSettingsInventory With(string setting) =>
        this with { Settings = Settings.Append(setting).ToHashSet(StringComparer.OrdinalIgnoreCase) };

    private static void Materialise(Type optionsType, IServiceProvider provider, RecordingConfigurationSource recorder)
    {
        recorder.Recording = true;
        var options = provider.GetRequiredService(typeof(IOptions<>).MakeGenericType(optionsType));
        try
        {
            _ = options.GetType().GetProperty(nameof(IOptions<object>.Value))!.GetValue(options);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is OptionsValidationException)
        {
            // Binding ran (and was recorded) before validation refused the empty configuration.
        }
        finally
        {
            recorder.Recording = false;
        }
    }

    /// <summary>
    /// The section an options type is bound from: a prefix under which only its property names were looked up, as the
    /// binder does (one options class may be materialised by another's validator, so lookups cannot be attributed by
    /// time, and two classes may share property names).
    /// </summary>
    private static string? SectionOf(Type optionsType, IEnumerable<string> lookups)
    {
        var names = optionsType.GetProperties().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        return lookups.Select(key => key.Split(':')).Where(parts => parts.Length > 1)
            .GroupBy(parts => string.Join(':', parts[..^1]), StringComparer.OrdinalIgnoreCase)
            .Where(prefix => prefix.All(parts => names.Contains(parts[^1]) || parts[^1] == RecordingConfigurationSource.Probe))
            .Where(prefix => prefix.Any(parts => names.Contains(parts[^1])))
            .OrderByDescending(prefix => prefix.Select(parts => parts[^1]).Distinct(StringComparer.Ordinal).Count())
            .Select(prefix => prefix.Key)
            .FirstOrDefault();
    }

    private static void Walk(Type type, string prefix, HashSet<string> settings, HashSet<string> collections)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var key = $"{prefix}__{property.Name}";
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (IsScalar(propertyType))
            {
                if (property.SetMethod is { IsPublic: true })
                {
                    settings.Add(key);
                }
            }
            else if (typeof(IEnumerable).IsAssignableFrom(propertyType))
            {
                settings.Add(key);
                collections.Add(key);
            }
            else if (propertyType.IsClass)
            {
                Walk(propertyType, key, settings, collections);
            }
        }
    }

    private static bool IsScalar(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(TimeSpan) || type == typeof(Uri)
        || type == typeof(DateTimeOffset) || type == typeof(DateTime) || type == typeof(Guid);

    private static IEnumerable<Type> OurOptionsTypes(IServiceCollection services) => services
        .Where(d => d.ServiceType.IsGenericType && d.ServiceType.GetGenericTypeDefinition() == typeof(IConfigureOptions<>))
        .Select(d => d.ServiceType.GetGenericArguments()[0])
        .Where(t => t.Assembly.GetName().Name!.StartsWith("AutoRemediate.", StringComparison.Ordinal))
        .Distinct();
}
