package dev.folio.input.resume;

import dev.folio.profile.Location;
import dev.folio.profile.SocialProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The header block (and a sidebar's contact section) → name, label, email, phone, links, place, summary. */
final class ContactReader {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63}){0,4}\\.[A-Za-z]{2,24}");
    private static final Pattern PHONE = Pattern.compile("(?:\\+\\d{1,3}[\\s.-]?)?(?:\\(\\d{1,4}\\)[\\s.-]?)?\\d[\\d\\s.-]{5,16}\\d(?:\\s?(?:x|ext\\.?)\\s?\\d{1,5})?");
    private static final Pattern PREFIX = Pattern.compile("(?i)^(?:e-?mail|phone|tel|mobile|cell|linkedin|github|web|website|"
            + "portfolio|address|location)\\s?:\\s?");

    /** A header block longer than this is not one: the rest is reported, not read. */
    static final int MAX_LINES = 40;

    String name = "";
    boolean nameFromCapitals;
    String label = "";
    String email = "";
    String phone = "";
    String url = "";
    Location location = Location.NONE;
    final List<SocialProfile> profiles = new ArrayList<>();
    final List<String> summary = new ArrayList<>();
    final List<String> dropped = new ArrayList<>();

    private final Usage usage;
    private SocialProfile lastProfile;
    private String lastUrl;

    ContactReader(Usage usage) {
        this.usage = usage;
    }

    void read(List<SourceLine> lines) {
        int seen = 0;
        for (SourceLine line : lines) {
            if (line.blank() || line.page()) {
                continue;
            }
            seen++;
            if (seen > MAX_LINES) {
                usage.skip(line, "too far down for a contact block; no heading such as Experience was found above it");
                continue;
            }
            line(line, seen);
        }
    }

    private void line(SourceLine line, int seen) {
        String text = line.text();
        boolean used = false;
        for (String link : line.links()) {
            used |= address(link, "");
        }
        if (line.heading() == 1 && name.isEmpty() && !text.contains("@") && Words.wordCount(text) <= 5) {
            setName(text);
            usage.use(line);
            return;
        }
        List<String> pieces = Splitter.parts(text);
        boolean contactish = pieces.stream().anyMatch(p -> hasEmail(p) || Links.isAddress(p)
                || isPhone(p) || isPlace(p));
        if (!contactish && !pieces.isEmpty() && label.isEmpty() && !name.isEmpty() && Words.isTitle(pieces.get(0))
                && Words.wordCount(text) <= 16 && !text.endsWith(".")) {
            label = text.replaceAll("\\s{2,}", " ");
            usage.use(line);
            return;
        }
        if (!contactish && pieces.size() == 1 && Words.wordCount(text) >= 7 && !name.isEmpty()) {
            summary.add(text);
            usage.use(line);
            return;
        }
        for (String raw : pieces) {
            String piece = PREFIX.matcher(raw).replaceFirst("").strip();
            if (piece.isEmpty()) {
                continue;
            }
            if (piece(piece, line, seen)) {
                used = true;
            } else if (line.links().isEmpty() || !linkText(piece)) {
                usage.piece(line, raw, Links.isNetworkWord(piece)
                        ? "a link's name without its address (PDF text keeps only the words); add the address to basics.profiles"
                        : "not understood in the contact block");
            }
        }
        if (used) {
            usage.use(line);
        }
    }

    private static boolean linkText(String piece) {
        return Links.isNetworkWord(piece) || piece.contains("@") || Words.wordCount(piece) <= 3;
    }

    private static boolean hasEmail(String piece) {
        return piece.indexOf('@') >= 0 && EMAIL.matcher(piece).find();
    }

    private boolean piece(String piece, SourceLine line, int seen) {
        Matcher email = EMAIL.matcher(piece);
        if (piece.indexOf('@') >= 0 && email.find()) {
            if (this.email.isEmpty()) {
                this.email = email.group();
            }
            return true;
        }
        String lower = piece.toLowerCase(Locale.ROOT);
        if (lower.matches("\\((?:linkedin|personal|company|portfolio|blog|other|github)\\)")) {
            annotate(lower.substring(1, lower.length() - 1));
            return true;
        }
        String[] words = piece.split("\\s+");
        if (words.length == 2 && Links.isAddress(words[0]) && words[1].matches("\\(\\p{L}+\\)")) {
            address(words[0], words[1].substring(1, words[1].length() - 1));
            return true;
        }
        if (Links.isAddress(piece)) {
            return address(piece, "");
        }
        if (isPhone(piece)) {
            if (phone.isEmpty()) {
                phone = piece;
            }
            return true;
        }
        if (isPlace(piece)) {
            if (location.equals(Location.NONE)) {
                location = Places.location(piece);
            }
            return true;
        }
        if (name.isEmpty() && seen <= 3 && Words.isName(piece)) {
            setName(piece);
            return true;
        }
        if (label.isEmpty() && !name.isEmpty() && Words.isTitle(piece) && Words.wordCount(piece) <= 8) {
            label = piece;
            return true;
        }
        return false;
    }

    private void setName(String text) {
        String clean = Splitter.trim(text);
        if (Words.allCaps(clean)) {
            name = Words.titleCase(clean);
            nameFromCapitals = true;
        } else {
            name = clean;
        }
    }

    static boolean isPhone(String piece) {
        String s = piece.strip();
        if (s.length() > 30 || !PHONE.matcher(s).matches()) {
            return false;
        }
        long digits = s.chars().filter(Character::isDigit).count();
        return digits >= 7 && digits <= 15 && !s.matches("\\d{4}\\s?[-–]\\s?\\d{4}");
    }

    static boolean isPlace(String piece) {
        if (Places.isPlace(piece)) {
            return true;
        }
        List<String> comps = Splitter.commas(piece);
        return comps.size() >= 2 && comps.size() <= 4 && Places.tail(comps, true) == comps.size();
    }

    /** A link: mailto and tel fill email and phone; known networks become profiles; the first other site is the url. */
    private boolean address(String text, String hint) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("mailto:")) {
            if (email.isEmpty()) {
                email = text.substring(7);
            }
            return true;
        }
        if (lower.startsWith("tel:")) {
            if (phone.isEmpty()) {
                phone = text.substring(4);
            }
            return true;
        }
        Optional<String> link = Links.normalize(text);
        if (link.isEmpty()) {
            dropped.add(text);
            return false;
        }
        String u = link.get();
        if (u.equals(lastUrl) || u.equals(url) || profiles.stream().anyMatch(p -> p.url().equals(u))) {
            return true;
        }
        lastUrl = u;
        Optional<SocialProfile> profile = Links.profile(u, hint);
        if (profile.isPresent()) {
            profiles.add(profile.get());
            lastProfile = profile.get();
        } else if (url.isEmpty()) {
            url = u;
            lastProfile = null;
        } else {
            SocialProfile other = new SocialProfile("Website", "", u);
            profiles.add(other);
            lastProfile = other;
        }
        return true;
    }

    /** "(LinkedIn)" written after an address names its network. */
    private void annotate(String network) {
        if (lastUrl == null) {
            return;
        }
        if (network.equals("linkedin") || network.equals("github")) {
            if (lastUrl.equals(url)) {
                url = "";
                Links.profile(lastUrl, network).ifPresent(profiles::add);
            }
        }
    }
}
