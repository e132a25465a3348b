package dev.folio.input.resume;

import dev.folio.profile.SocialProfile;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Addresses in a résumé: which are links folio keeps, which network each names. */
final class Links {

    private static final Set<String> TLDS = Set.of("com", "org", "net", "io", "dev", "me", "co", "ai", "app", "tech",
            "info", "xyz", "page", "site", "blog", "uk", "de", "ca", "in", "eu", "fr", "es", "it", "nl", "se", "no",
            "dk", "fi", "pl", "ch", "at", "be", "au", "nz", "jp", "br", "mx", "us", "cloud", "codes", "design",
            "website", "online", "live", "pro", "name", "me.uk", "edu", "gov", "tv", "sh", "gg", "is", "ly", "to",
            "id", "ie", "pt", "cz", "ro", "gr", "tr", "il", "za", "sg", "hk", "tw", "kr", "cn", "ru", "ua");
    private static final Set<String> NETWORK_WORDS = Set.of("linkedin", "github", "gitlab", "twitter", "x",
            "portfolio", "website", "web", "blog", "homepage", "home page", "personal website", "stackoverflow",
            "stack overflow", "medium", "kaggle", "behance", "dribbble", "leetcode", "contact info", "email", "e-mail",
            "phone", "mobile", "site", "link", "links", "demo", "live", "code", "source", "repo", "repository",
            "github repo", "live demo", "paper", "video", "slides", "personal", "company");

    private Links() {}

    /** Looks like an address: a scheme, "www.", or a host with a known top-level domain. */
    static boolean isAddress(String text) {
        String s = text.strip();
        if (s.isEmpty() || s.contains(" ") || s.contains("@") && !s.toLowerCase(Locale.ROOT).startsWith("http")) {
            return false;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("www.")) {
            return true;
        }
        String host = host(s);
        int dot = host.lastIndexOf('.');
        if (dot <= 0 || host.length() > 253) {
            return false;
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.')) {
                return false;
            }
        }
        return !host.contains("..") && TLDS.contains(host.substring(dot + 1));
    }

    /** A link as folio keeps it: https:// added when no scheme; empty when the scheme is not allowed. */
    static Optional<String> normalize(String text) {
        String s = Splitter.trim(text.strip());
        while (s.endsWith(".") || s.endsWith(",")) {
            s = s.substring(0, s.length() - 1);
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (s.isEmpty() || s.chars().anyMatch(Character::isWhitespace)) {
            return Optional.empty();
        }
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:")
                || lower.startsWith("tel:")) {
            return Optional.of(s);
        }
        if (lower.matches("^[a-z][a-z0-9+.-]{0,20}:.*") && !lower.matches("^[a-z0-9.-]+:\\d+.*")) {
            return Optional.empty();
        }
        return Optional.of("https://" + s);
    }

    /** The profile for a link to a known network; empty for a personal site. */
    static Optional<SocialProfile> profile(String url, String hint) {
        String host = host(url);
        String network = switch (host) {
            case "linkedin.com" -> "LinkedIn";
            case "github.com" -> "GitHub";
            case "gitlab.com" -> "GitLab";
            case "bitbucket.org" -> "Bitbucket";
            case "twitter.com" -> "Twitter";
            case "x.com" -> "X";
            case "stackoverflow.com" -> "Stack Overflow";
            case "medium.com" -> "Medium";
            case "dev.to" -> "DEV";
            case "kaggle.com" -> "Kaggle";
            case "behance.net" -> "Behance";
            case "dribbble.com" -> "Dribbble";
            case "leetcode.com" -> "LeetCode";
            case "youtube.com" -> "YouTube";
            case "mastodon.social" -> "Mastodon";
            case "hashnode.com" -> "Hashnode";
            case "scholar.google.com" -> "Google Scholar";
            default -> hint.equalsIgnoreCase("linkedin") ? "LinkedIn" : hint.equalsIgnoreCase("github") ? "GitHub" : "";
        };
        if (network.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SocialProfile(network, username(url), url));
    }

    static String host(String url) {
        String s = url.replaceFirst("(?i)^https?://", "");
        int end = s.length();
        for (char c : new char[] {'/', '?', '#', ':'}) {
            int i = s.indexOf(c);
            if (i >= 0) {
                end = Math.min(end, i);
            }
        }
        String host = s.substring(0, end).toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private static String username(String url) {
        String s = url.replaceFirst("(?i)^https?://[^/]*", "").replaceAll("[?#].*$", "");
        String[] parts = s.split("/");
        for (int i = parts.length - 1; i >= 0; i--) {
            if (!parts[i].isBlank()) {
                return parts[i].startsWith("@") ? parts[i].substring(1) : parts[i];
            }
        }
        return "";
    }

    /** A link's name written without its address ("linkedin", "GitHub", "Contact info"). */
    static boolean isNetworkWord(String text) {
        return NETWORK_WORDS.contains(text.strip().toLowerCase(Locale.ROOT).replaceAll("[():]", "").strip());
    }
}
