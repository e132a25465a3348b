package dev.folio.profile;

/** Where the person is based; every part optional (empty string). */
public record Location(String city, String region, String countryCode) {

    public static final Location NONE = new Location("", "", "");

    /** "Denver, CO, US" with the empty parts left out. */
    public String display() {
        StringBuilder out = new StringBuilder();
        for (String part : new String[] {city, region, countryCode}) {
            if (!part.isEmpty()) {
                if (out.length() > 0) {
                    out.append(", ");
                }
                out.append(part);
            }
        }
        return out.toString();
    }
}
