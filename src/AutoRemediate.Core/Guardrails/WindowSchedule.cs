namespace AutoRemediate.Core.Guardrails;

/// <summary>When a change window is active.</summary>
public abstract record WindowSchedule
{
    /// <summary>
    /// True when the window covers <paramref name="now"/>. May throw <see cref="TimeZoneNotFoundException"/> or
    /// <see cref="InvalidTimeZoneException"/> for a recurring schedule with a bad zone; the guardrail treats that as active.
    /// </summary>
    public abstract bool IsActive(DateTimeOffset now);

    /// <summary>A human description, e.g. "Sat, Sun 00:00–23:59 Europe/Berlin".</summary>
    public abstract string Describe();
}
