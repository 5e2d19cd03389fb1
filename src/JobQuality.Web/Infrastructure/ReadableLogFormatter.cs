using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Display;

namespace JobQuality.Web.Infrastructure;

/// <summary>One readable line per event for a developer's console; named in appsettings.Development.json.</summary>
public sealed class ReadableLogFormatter : ITextFormatter
{
    private readonly MessageTemplateTextFormatter _inner = new(
        "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}");

    public void Format(LogEvent logEvent, TextWriter output) => _inner.Format(logEvent, output);
}
