using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace InitVerify.Cli.Report;

/// <summary>
/// Renders the markdown subset <see cref="MarkdownReport"/> writes (headings, paragraphs, blockquotes, lists, pipe
/// tables, images, inline code and bold) as a self-contained HTML page whose images are the PNGs beside it.
/// </summary>
internal static partial class HtmlReport
{
    public static string FromMarkdown(string markdown, string title)
    {
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html>");
        html.AppendLine($"<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(title)}</title>");
        html.AppendLine("<style>body{font-family:sans-serif;max-width:1400px;margin:2em auto;padding:0 1em;line-height:1.4}" +
            "table{border-collapse:collapse;font-size:12px}td,th{border:1px solid #ccc;padding:2px 6px}th{background:#f0f0f0}" +
            "img{max-width:100%}blockquote{border-left:4px solid #ccc;margin-left:0;padding-left:1em;color:#444}code{background:#f4f4f4}</style>");
        html.AppendLine("</head><body>");
        string[] lines = markdown.Replace("\r", "", StringComparison.Ordinal).Split('\n');
        bool inList = false;
        bool tableHeaderDone = false;
        bool inTable = false;
        foreach (string line in lines)
        {
            if (inList && !line.StartsWith("- ", StringComparison.Ordinal))
            {
                html.AppendLine("</ul>");
                inList = false;
            }

            if (inTable && !line.StartsWith('|'))
            {
                html.AppendLine("</table>");
                inTable = false;
            }

            if (line.StartsWith('#'))
            {
                int level = line.TakeWhile(c => c == '#').Count();
                html.AppendLine($"<h{level}>{Inline(line[level..].Trim())}</h{level}>");
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                if (!inList)
                {
                    html.AppendLine("<ul>");
                    inList = true;
                }

                html.AppendLine($"<li>{Inline(line[2..])}</li>");
            }
            else if (line.StartsWith('|'))
            {
                string[] cells = SplitRow(line);
                if (!inTable)
                {
                    html.AppendLine("<table>");
                    inTable = true;
                    tableHeaderDone = false;
                    html.AppendLine("<tr>" + string.Concat(cells.Select(c => $"<th>{Inline(c)}</th>")) + "</tr>");
                }
                else if (!tableHeaderDone && cells.All(c => c.Trim().Trim('-', ':').Length == 0))
                {
                    tableHeaderDone = true;
                }
                else
                {
                    html.AppendLine("<tr>" + string.Concat(cells.Select(c => $"<td>{Inline(c)}</td>")) + "</tr>");
                }
            }
            else if (line.StartsWith("> ", StringComparison.Ordinal))
            {
                html.AppendLine($"<blockquote>{Inline(line[2..])}</blockquote>");
            }
            else if (line.Length > 0)
            {
                html.AppendLine($"<p>{Inline(line)}</p>");
            }
        }

        if (inList)
        {
            html.AppendLine("</ul>");
        }

        if (inTable)
        {
            html.AppendLine("</table>");
        }

        html.AppendLine("</body></html>");
        return html.ToString();
    }

    private static string[] SplitRow(string line)
    {
        // Split on '|' not preceded by a backslash, dropping the outer empty cells.
        string[] parts = UnescapedPipe().Split(line.Trim());
        return parts[1..^1].Select(p => p.Replace("\\|", "|", StringComparison.Ordinal).Trim()).ToArray();
    }

    private static string Inline(string text)
    {
        string s = WebUtility.HtmlEncode(text);
        s = Image().Replace(s, "<img src=\"$2\" alt=\"$1\">");
        s = Bold().Replace(s, "<strong>$1</strong>");
        s = Code().Replace(s, "<code>$1</code>");
        return s;
    }

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex UnescapedPipe();

    [GeneratedRegex(@"!\[([^\]]*)\]\(([^)]+)\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\*\*(.+?)\*\*")]
    private static partial Regex Bold();

    [GeneratedRegex(@"`([^`]+)`")]
    private static partial Regex Code();
}
