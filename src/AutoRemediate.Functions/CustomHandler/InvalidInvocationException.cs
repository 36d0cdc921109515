namespace AutoRemediate.Functions.CustomHandler;

/// <summary>An invocation payload the app cannot use; answered with 400 and never retried into a loop.</summary>
internal sealed class InvalidInvocationException(string message) : Exception(message);
