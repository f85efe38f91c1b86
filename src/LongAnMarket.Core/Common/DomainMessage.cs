using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace LongAnMarket.Core.Common;

/// <summary>
/// A sentence of the domain in Vietnamese, kept with the template and arguments it was written from so that the
/// interface can say it in the visitor's language: <c>$"Chỉ còn {stock} sản phẩm."</c> keeps
/// "Chỉ còn {0} sản phẩm." and [stock]. An argument that is itself a <see cref="DomainMessage"/> is translated too.
/// </summary>
public sealed class DomainMessage
{
    public DomainMessage(string text) : this(text, text, []) { }

    public DomainMessage(DomainMessageHandler message)
        : this(string.Format(CultureInfo.CurrentCulture, message.Template, message.Arguments), message.Template, message.Arguments) { }

    private DomainMessage(string text, string template, object?[] arguments) =>
        (Text, Template, Arguments) = (text, template, arguments);

    /// <summary>The sentence as the domain wrote it, numbers formatted in the culture it was written in.</summary>
    public string Text { get; }

    /// <summary>A composite format string ("{0}", "{1:N0}") when there are arguments; otherwise the text itself.</summary>
    public string Template { get; }

    public IReadOnlyList<object?> Arguments { get; }

    public override string ToString() => Text;
}

/// <summary>Turns an interpolated string into a <see cref="DomainMessage"/>'s template and arguments.</summary>
[InterpolatedStringHandler]
public readonly struct DomainMessageHandler(int literalLength, int formattedCount)
{
    private readonly StringBuilder _template = new(literalLength + 4 * formattedCount);
    private readonly List<object?> _arguments = new(formattedCount);

    internal string Template => _template.ToString();
    internal object?[] Arguments => [.. _arguments];

    public void AppendLiteral(string literal) => _template.Append(literal.Replace("{", "{{").Replace("}", "}}"));

    public void AppendFormatted<T>(T value, int alignment = 0, string? format = null)
    {
        _template.Append('{').Append(_arguments.Count);
        if (alignment != 0) _template.Append(',').Append(alignment);
        if (format is not null) _template.Append(':').Append(format);
        _template.Append('}');
        _arguments.Add(value);
    }
}
