using System.Reflection;
using Microsoft.Extensions.Configuration;

namespace AutoRemediate.Functions.Tests.Deployment;

/// <summary>
/// Finds, in the IL of the app's assemblies, every call that reads a configuration value directly, and names the
/// top-level type making it (lambdas and async state machines count for the type that declares them).
/// </summary>
internal static class ConfigurationReadSites
{
    private static readonly HashSet<MethodBase> DirectReads =
    [
        typeof(IConfiguration).GetProperty("Item")!.GetMethod!,
        typeof(IConfigurationSection).GetProperty(nameof(IConfigurationSection.Value))!.GetMethod!,
        .. typeof(ConfigurationBinder).GetMethods().Where(m => m.Name == nameof(ConfigurationBinder.GetValue)),
        .. typeof(ConfigurationExtensions).GetMethods().Where(m => m.Name == nameof(ConfigurationExtensions.GetConnectionString)),
    ];

    public static IReadOnlySet<string> ReaderTypes(IEnumerable<Assembly> assemblies) =>
        assemblies.SelectMany(a => a.GetTypes())
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Cast<MethodBase>()
                .Concat(type.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static))
                .Where(method => Calls(method).Any(DirectReads.Contains))
                .Select(_ => Outermost(type).FullName!))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>The methods a body calls: every call/callvirt/newobj token that resolves to a method.</summary>
    private static IEnumerable<MethodBase> Calls(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray() ?? [];
        for (var i = 0; i + 4 < il.Length; i++)
        {
            if (il[i] is not (0x28 or 0x6F or 0x73))
            {
                continue;
            }

            var token = BitConverter.ToInt32(il, i + 1);
            if ((token >> 24) is not (0x0A or 0x06 or 0x2B))
            {
                continue;
            }

            MethodBase? callee = null;
            try
            {
                callee = method.Module.ResolveMethod(token, method.DeclaringType?.GetGenericArguments(), method.IsGenericMethod ? method.GetGenericArguments() : null);
            }
            catch (Exception exception) when (exception is ArgumentException or BadImageFormatException or TypeLoadException)
            {
                // Not a call token after all (the byte was an operand of another instruction).
            }

            if (callee is not null)
            {
                yield return callee is MethodInfo { IsGenericMethod: true } generic ? generic.GetGenericMethodDefinition() : callee;
            }
        }
    }

    private static Type Outermost(Type type) => type.DeclaringType is { } outer ? Outermost(outer) : type;
}
