using AutoRemediate.Runbooks;
using AutoRemediate.Runbooks.Hosting;
using AutoRemediate.Samples.RecycleSlot;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AutoRemediate.Functions.Tests.Runbooks;

/// <summary>Runbooks of one's own join the catalog bindings choose from, by a unique name.</summary>
public sealed class RunbookCatalogTests
{
    [Fact]
    public void AddRunbook_puts_a_custom_runbook_in_the_catalog_next_to_the_built_in_ones()
    {
        var catalog = Catalog(engine => engine.AddRecycleSlotRunbook());

        Assert.IsType<RecycleSlotRunbook>(catalog.Find(RecycleSlotRunbook.RunbookName));
        Assert.Contains("restart", catalog.Names);
    }

    [Fact]
    public void Two_runbooks_with_one_name_stop_the_catalog_naming_both_types()
    {
        var failure = Assert.Throws<InvalidOperationException>(() => Catalog(engine => engine.AddRunbook<RecycleSlotRunbook>().AddRunbook<RecycleSlotRunbook>()));

        Assert.Contains("Two runbooks are registered as 'recycle-slot'", failure.Message, StringComparison.Ordinal);
        Assert.Contains(typeof(RecycleSlotRunbook).FullName!, failure.Message, StringComparison.Ordinal);
    }

    private static RunbookCatalog Catalog(Action<DurableTasksBuilder> add)
    {
        var services = new ServiceCollection().AddLogging();
        var engine = services.AddDurableTasks().AddRunbooks(new ConfigurationBuilder().Build());
        add(engine);
        return services.BuildServiceProvider().GetRequiredService<RunbookCatalog>();
    }
}
