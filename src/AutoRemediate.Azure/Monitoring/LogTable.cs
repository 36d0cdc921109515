using System.Text.Json;

namespace AutoRemediate.Azure.Monitoring;

/// <summary>A Log Analytics result table; cells are raw JSON values in column order.</summary>
/// <param name="Name">The table name (<c>PrimaryResult</c> for a query's result).</param>
/// <param name="Columns">The columns.</param>
/// <param name="Rows">The rows, each with one cell per column.</param>
public sealed record LogTable(string Name, IReadOnlyList<LogColumn> Columns, IReadOnlyList<IReadOnlyList<JsonElement>> Rows)
{
    /// <summary>The cell of <paramref name="row"/> in the column named <paramref name="column"/>.</summary>
    /// <exception cref="KeyNotFoundException">No column has that name.</exception>
    public JsonElement Cell(int row, string column)
    {
        for (var index = 0; index < Columns.Count; index++)
        {
            if (string.Equals(Columns[index].Name, column, StringComparison.Ordinal))
            {
                return Rows[row][index];
            }
        }

        throw new KeyNotFoundException($"Table {Name} has no column '{column}'.");
    }
}
