package dev.folio.check.external;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Include and exclude patterns: globs matched against the whole URL (without its #fragment), ignoring case;
 * {@code *} matches any run of characters, '/' included, and {@code ?} any one character.
 * E.g. {@code https://www.linkedin.com/*} or {@code *.example.com/*}.
 */
final class UrlGlob {

    private final List<Pattern> include;
    private final List<Pattern> exclude;

    UrlGlob(List<String> include, List<String> exclude) {
        this.include = include.stream().map(UrlGlob::compile).toList();
        this.exclude = exclude.stream().map(UrlGlob::compile).toList();
    }

    /** True when the URL is to be checked. */
    boolean accepts(String url) {
        if (!include.isEmpty() && include.stream().noneMatch(p -> p.matcher(url).matches())) {
            return false;
        }
        return exclude.stream().noneMatch(p -> p.matcher(url).matches());
    }

    static Pattern compile(String glob) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : glob.toCharArray()) {
            if (c == '*' || c == '?') {
                if (literal.length() > 0) {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                regex.append(c == '*' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        if (literal.length() > 0) {
            regex.append(Pattern.quote(literal.toString()));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    }
}
