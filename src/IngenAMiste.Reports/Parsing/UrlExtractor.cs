using System.Text.RegularExpressions;

namespace IngenAMiste.Reports.Parsing;

/// <summary>
/// Collects the links of a measure: URIs of link annotations whose anchor text lies in the measure's text, and
/// addresses written out in the text ("https://…", "www.…", or a host with a path such as "udir.no/…").
/// A bare host name in running text ("Helsedirektoratet.no", "(regjeringen.no)") is a name, not a link.
/// Duplicates are compared without scheme and trailing slash; an annotation's form wins over the written form.
/// </summary>
public static partial class UrlExtractor
{
    public static IReadOnlyList<string> Collect(IEnumerable<string> annotationUris, IEnumerable<string> texts)
    {
        var result = new List<string>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var uri in annotationUris)
        {
            if (!IsWebUri(uri))
            {
                continue;
            }

            if (keys.Add(TextNormalizer.UrlKey(uri)))
            {
                result.Add(uri.Trim());
            }
        }

        foreach (var text in texts)
        {
            foreach (var url in FindWritten(text))
            {
                if (keys.Add(TextNormalizer.UrlKey(url)))
                {
                    result.Add(url);
                }
            }
        }

        return result;
    }

    /// <summary>Addresses written out in <paramref name="text"/>.</summary>
    public static IEnumerable<string> FindWritten(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }

        foreach (Match m in WrittenUrl().Matches(text))
        {
            var url = m.Value.TrimEnd('.', ',', ';', ':', '!', '?', '»', '"', '\'');
            if (url.EndsWith(')') && !url.Contains('(', StringComparison.Ordinal))
            {
                url = url[..^1];
            }

            if (url.Length > 4)
            {
                yield return url;
            }
        }
    }

    private static bool IsWebUri(string uri) =>
        uri.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || uri.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || uri.StartsWith("www.", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"(?<![\w@/.-])(?:https?://[^\s<>«»""]+|www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+[^\s<>«»""]*|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:no|com|org|net|eu|int|gov|se|dk|info|io)/[^\s<>«»""]*)", RegexOptions.IgnoreCase)]
    private static partial Regex WrittenUrl();
}
