using System.Globalization;
using System.Text;

namespace InitVerify.Cli.Npy;

/// <summary>
/// Parses the subset of Python literal syntax a .npy header uses (what <c>repr</c> of the header dict gives):
/// dicts, tuples, lists, strings in single or double quotes, integers, <c>True</c>, <c>False</c>, <c>None</c>.
/// Dicts become <see cref="Dictionary{TKey, TValue}"/> with string keys, tuples and lists <see cref="List{T}"/>,
/// integers <see cref="long"/>, booleans <see cref="bool"/>, None null.
/// </summary>
internal sealed class PythonLiteral
{
    private readonly string _text;
    private int _pos;

    private PythonLiteral(string text) => _text = text;

    /// <summary>Parses one literal that must make up the whole text (surrounding whitespace allowed).</summary>
    /// <exception cref="NpyFormatException">Text that is not such a literal.</exception>
    public static object? Parse(string text)
    {
        var parser = new PythonLiteral(text);
        object? value = parser.Value();
        parser.SkipSpace();
        if (parser._pos != text.Length)
        {
            throw parser.Error("unexpected text after the header dict");
        }

        return value;
    }

    private object? Value()
    {
        SkipSpace();
        if (_pos >= _text.Length)
        {
            throw Error("header ends early");
        }

        char c = _text[_pos];
        switch (c)
        {
            case '{':
                return Dict();
            case '(':
                return Sequence(')');
            case '[':
                return Sequence(']');
            case '\'':
            case '"':
                return String(c);
        }

        if (c == '-' || c == '+' || char.IsAsciiDigit(c))
        {
            return Integer();
        }

        if (char.IsAsciiLetter(c))
        {
            int start = _pos;
            while (_pos < _text.Length && (char.IsAsciiLetterOrDigit(_text[_pos]) || _text[_pos] == '_'))
            {
                _pos++;
            }

            string word = _text[start.._pos];
            return word switch
            {
                "True" => true,
                "False" => false,
                "None" => null,
                _ => throw Error($"unexpected word '{word}'"),
            };
        }

        throw Error($"unexpected character '{c}'");
    }

    private Dictionary<string, object?> Dict()
    {
        _pos++;
        var dict = new Dictionary<string, object?>(StringComparer.Ordinal);
        while (true)
        {
            SkipSpace();
            if (Peek() == '}')
            {
                _pos++;
                return dict;
            }

            if (Value() is not string key)
            {
                throw Error("dict keys must be strings");
            }

            SkipSpace();
            Expect(':');
            object? value = Value();
            if (!dict.TryAdd(key, value))
            {
                throw Error($"key '{key}' appears twice");
            }

            SkipSpace();
            if (Peek() == ',')
            {
                _pos++;
            }
            else if (Peek() != '}')
            {
                throw Error("expected ',' or '}' in the header dict");
            }
        }
    }

    private List<object?> Sequence(char close)
    {
        _pos++;
        var items = new List<object?>();
        while (true)
        {
            SkipSpace();
            if (Peek() == close)
            {
                _pos++;
                return items;
            }

            items.Add(Value());
            SkipSpace();
            if (Peek() == ',')
            {
                _pos++;
            }
            else if (Peek() != close)
            {
                throw Error($"expected ',' or '{close}'");
            }
        }
    }

    private string String(char quote)
    {
        _pos++;
        var sb = new StringBuilder();
        while (_pos < _text.Length && _text[_pos] != quote)
        {
            char c = _text[_pos++];
            if (c == '\\' && _pos < _text.Length)
            {
                c = _text[_pos++];
            }

            sb.Append(c);
        }

        if (_pos >= _text.Length)
        {
            throw Error("unterminated string");
        }

        _pos++;
        return sb.ToString();
    }

    private long Integer()
    {
        int start = _pos;
        if (_text[_pos] is '-' or '+')
        {
            _pos++;
        }

        while (_pos < _text.Length && char.IsAsciiDigit(_text[_pos]))
        {
            _pos++;
        }

        // Python 2 era headers may write long integers as 3L.
        string digits = _text[start.._pos];
        if (_pos < _text.Length && _text[_pos] is 'L' or 'l')
        {
            _pos++;
        }

        if (!long.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value))
        {
            throw Error($"'{digits}' is not an integer");
        }

        return value;
    }

    private void Expect(char c)
    {
        if (Peek() != c)
        {
            throw Error($"expected '{c}'");
        }

        _pos++;
    }

    private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

    private void SkipSpace()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]))
        {
            _pos++;
        }
    }

    private NpyFormatException Error(string what) =>
        new($"malformed header dict ({what} at offset {_pos}): {Shorten(_text)}");

    private static string Shorten(string text)
    {
        string oneLine = text.Trim().Replace("\n", " ", StringComparison.Ordinal);
        return oneLine.Length <= 80 ? oneLine : oneLine[..77] + "...";
    }
}
