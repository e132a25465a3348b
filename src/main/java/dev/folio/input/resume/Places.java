package dev.folio.input.resume;

import dev.folio.profile.Location;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** States, provinces and countries, to find "City, ST" and "City, Country" at the end of a header. */
final class Places {

    private static final Map<String, String> COUNTRIES = new HashMap<>();
    private static final Set<String> REGION_CODES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL",
            "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE",
            "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT",
            "VA", "WA", "WV", "WI", "WY", "DC", "ON", "QC", "BC", "AB", "MB", "SK", "NS", "NB", "NL", "PE");
    private static final Set<String> REGION_NAMES = Set.of("alabama", "alaska", "arizona", "arkansas", "california",
            "colorado", "connecticut", "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana",
            "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota",
            "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey", "new mexico",
            "new york", "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania",
            "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont", "virginia",
            "washington", "west virginia", "wisconsin", "wyoming", "district of columbia", "ontario", "quebec",
            "british columbia", "alberta", "manitoba", "saskatchewan", "nova scotia", "new brunswick",
            "newfoundland and labrador", "prince edward island", "england", "scotland", "wales", "northern ireland",
            "bavaria", "karnataka", "maharashtra", "tamil nadu", "telangana", "haryana", "delhi", "uttar pradesh",
            "kerala", "gujarat", "west bengal", "new south wales", "victoria", "queensland");

    static {
        country("US", "united states", "united states of america", "usa", "u.s.a.", "u.s.", "us");
        country("GB", "united kingdom", "uk", "u.k.", "great britain");
        country("CA", "canada");
        country("IN", "india");
        country("DE", "germany", "deutschland");
        country("FR", "france");
        country("ES", "spain");
        country("PT", "portugal");
        country("IT", "italy");
        country("NL", "netherlands", "the netherlands");
        country("BE", "belgium");
        country("CH", "switzerland");
        country("AT", "austria");
        country("IE", "ireland");
        country("SE", "sweden");
        country("NO", "norway");
        country("DK", "denmark");
        country("FI", "finland");
        country("PL", "poland");
        country("CZ", "czech republic", "czechia");
        country("RO", "romania");
        country("UA", "ukraine");
        country("GR", "greece");
        country("TR", "turkey", "türkiye");
        country("IL", "israel");
        country("AE", "united arab emirates", "uae");
        country("SA", "saudi arabia");
        country("EG", "egypt");
        country("NG", "nigeria");
        country("KE", "kenya");
        country("ZA", "south africa");
        country("BR", "brazil", "brasil");
        country("AR", "argentina");
        country("MX", "mexico");
        country("CO", "colombia");
        country("CL", "chile");
        country("PE", "peru");
        country("AU", "australia");
        country("NZ", "new zealand");
        country("SG", "singapore");
        country("MY", "malaysia");
        country("ID", "indonesia");
        country("PH", "philippines");
        country("VN", "vietnam", "viet nam");
        country("TH", "thailand");
        country("JP", "japan");
        country("KR", "south korea", "korea");
        country("CN", "china");
        country("HK", "hong kong");
        country("TW", "taiwan");
        country("PK", "pakistan");
        country("BD", "bangladesh");
        country("LK", "sri lanka");
        country("NP", "nepal");
        country("EE", "estonia");
        country("LT", "lithuania");
        country("LV", "latvia");
        country("HU", "hungary");
        country("BG", "bulgaria");
        country("RS", "serbia");
        country("HR", "croatia");
    }

    private Places() {}

    private static void country(String code, String... names) {
        for (String name : names) {
            COUNTRIES.put(name, code);
        }
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    static boolean isCountry(String text) {
        return COUNTRIES.containsKey(key(text));
    }

    /** A state or province, by name or capitalised code, perhaps followed by a postal code. */
    static boolean isRegion(String text) {
        String s = text.strip().replaceAll("\\s+\\d{5}(?:-\\d{4})?$", "").replaceAll("\\s+[A-Z]\\d[A-Z] ?\\d[A-Z]\\d$", "");
        return REGION_CODES.contains(s) || REGION_NAMES.contains(key(s));
    }

    /** "Greater Denver Area", "San Francisco Bay Area", "Remote", a country or a region alone. */
    static boolean isPlace(String text) {
        String k = key(text);
        return Words.isRemote(text) || isCountry(text) || isRegion(text)
                || (k.endsWith(" area") && Words.wordCount(k) <= 5) || k.endsWith(" metropolitan area");
    }

    /** A plausible city: one to three capitalised words, no digits, no title or employer words. */
    static boolean isCity(String text) {
        String s = text.strip();
        if (s.isEmpty() || s.length() > 30 || !Character.isUpperCase(s.charAt(0))) {
            return false;
        }
        String[] words = s.split("\\s+");
        if (words.length > 3) {
            return false;
        }
        for (String w : words) {
            if (!w.matches("[\\p{L}][\\p{L}.'’-]*")) {
                return false;
            }
        }
        return !Words.isTitle(s) && !Words.isOrg(s) && Headings.kind(s).isEmpty();
    }

    /**
     * How many of the comma-separated parts at the end of {@code parts} name a place:
     * "…, Gurugram, India" → 2, "…, Remote" → 1, none → 0. The first part is never taken
     * unless {@code all} allows it.
     */
    static int tail(List<String> parts, boolean all) {
        int n = parts.size();
        int i = n - 1;
        if (i < 0) {
            return 0;
        }
        if (Words.isRemote(parts.get(i)) || parts.get(i).toLowerCase(Locale.ROOT).endsWith(" area")) {
            return i == 0 && !all ? 0 : 1;
        }
        int taken = 0;
        while (i >= 0 && (isCountry(parts.get(i)) || isRegion(parts.get(i))) && (i > 0 || all)) {
            taken++;
            i--;
        }
        if (taken > 0 && i >= 0 && (i > 0 || all) && isCity(parts.get(i))) {
            taken++;
        }
        return taken;
    }

    /** "Brooklyn, NY 11201" → Brooklyn, NY; "London, United Kingdom" → London, GB. */
    static Location location(String text) {
        List<String> parts = List.of(text.split("\\s*,\\s*"));
        String city = "";
        String region = "";
        String country = "";
        for (int i = 0; i < parts.size(); i++) {
            String p = parts.get(i).strip();
            if (p.isEmpty()) {
                continue;
            }
            if (isCountry(p) && i > 0) {
                country = COUNTRIES.get(key(p));
            } else if (isRegion(p) && i > 0) {
                region = p.replaceAll("\\s+\\d{5}(?:-\\d{4})?$", "").replaceAll("\\s+[A-Z]\\d[A-Z] ?\\d[A-Z]\\d$", "");
            } else if (city.isEmpty()) {
                city = p;
            }
        }
        return new Location(city, region, country);
    }
}
