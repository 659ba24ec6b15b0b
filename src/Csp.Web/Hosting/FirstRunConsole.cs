namespace Csp.Web.Hosting;

/// <summary>The console of the person who started the app (not the log): where the first administrator's password is printed, once.</summary>
public sealed record FirstRunConsole(TextWriter Writer);
