namespace Csp.Chromium;

/// <summary>
/// Chromium could not be started, refused a command, crashed or closed. The message says what was being done and, when the
/// browser died, its exit code and the last lines it wrote to standard error.
/// </summary>
public sealed class ChromiumException : Exception
{
    public ChromiumException()
    {
    }

    public ChromiumException(string message) : base(message)
    {
    }

    public ChromiumException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
