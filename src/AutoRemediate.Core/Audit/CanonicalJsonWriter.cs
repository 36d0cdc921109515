using System.Globalization;
using System.Text;

namespace AutoRemediate.Core.Audit;

/// <summary>
/// A minimal JSON writer whose output depends on nothing but its input: no encoder settings, no culture, no
/// runtime version. Strings escape only '"', '\' and control characters (as \uXXXX, lower-case hex); everything
/// else is written as is and hashed as UTF-8.
/// </summary>
/// <remarks>WARNING: any change to the output (escaping, spacing, number or time format) breaks every stored chain.</remarks>
internal sealed class CanonicalJsonWriter
{
    private readonly StringBuilder _text = new();
    private bool _needsComma;

    public CanonicalJsonWriter StartObject(string? name = null)
    {
        Name(name);
        _text.Append('{');
        _needsComma = false;
        return this;
    }

    public CanonicalJsonWriter EndObject()
    {
        _text.Append('}');
        _needsComma = true;
        return this;
    }

    public CanonicalJsonWriter String(string name, string? value)
    {
        Name(name);
        if (value is null)
        {
            _text.Append("null");
        }
        else
        {
            Quoted(value);
        }

        _needsComma = true;
        return this;
    }

    public CanonicalJsonWriter Number(string name, long? value)
    {
        Name(name);
        _text.Append(value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "null");
        _needsComma = true;
        return this;
    }

    public override string ToString() => _text.ToString();

    private void Name(string? name)
    {
        if (_needsComma)
        {
            _text.Append(',');
        }

        if (name is not null)
        {
            Quoted(name);
            _text.Append(':');
        }
    }

    private void Quoted(string value)
    {
        _text.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    _text.Append("\\\"");
                    break;
                case '\\':
                    _text.Append("\\\\");
                    break;
                case < ' ':
                    _text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    _text.Append(c);
                    break;
            }
        }

        _text.Append('"');
    }
}
