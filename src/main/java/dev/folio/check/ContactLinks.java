package dev.folio.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The form of mailto: and tel: links (nothing is sent anywhere). */
final class ContactLinks {

    private static final Pattern ADDRESS = Pattern.compile(
            "[^\\s@<>()\\[\\],;:\"]+@[A-Za-z0-9\\p{L}](?:[A-Za-z0-9\\p{L}-]*[A-Za-z0-9\\p{L}])?"
                    + "(?:\\.[A-Za-z0-9\\p{L}](?:[A-Za-z0-9\\p{L}-]*[A-Za-z0-9\\p{L}])?)+");
    private static final Pattern NUMBER = Pattern.compile("\\+?[0-9()\\-. ]*[0-9][0-9()\\-. ]*");

    private ContactLinks() {
    }

    /** What is wrong with a {@code mailto:} URL (given without the scheme), or empty. */
    static Optional<String> mailto(String rest) {
        String to = rest;
        String query = "";
        int question = rest.indexOf('?');
        if (question >= 0) {
            to = rest.substring(0, question);
            query = rest.substring(question + 1);
        }
        List<String> addresses = new ArrayList<>();
        try {
            split(Percent.decode(to), addresses);
            for (String field : query.split("&")) {
                if (field.regionMatches(true, 0, "to=", 0, 3)) {
                    split(Percent.decode(field.substring(3)), addresses);
                }
            }
        } catch (IllegalArgumentException e) {
            return Optional.of("malformed percent-encoding; write the address as name@example.com");
        }
        if (addresses.isEmpty()) {
            return Optional.of("no address; write mailto:name@example.com");
        }
        for (String address : addresses) {
            if (!ADDRESS.matcher(address).matches()) {
                return Optional.of("\"" + address + "\" is not an e-mail address; write mailto:name@example.com");
            }
        }
        return Optional.empty();
    }

    /** What is wrong with a {@code tel:} URL (given without the scheme), or empty. */
    static Optional<String> tel(String rest) {
        String number;
        try {
            number = Percent.decode(rest);
        } catch (IllegalArgumentException e) {
            return Optional.of("malformed percent-encoding; write the number as tel:+1-555-0100");
        }
        int params = number.indexOf(';');
        if (params >= 0) {
            number = number.substring(0, params);
        }
        if (!NUMBER.matcher(number).matches()) {
            return Optional.of("\"" + number + "\" is not a phone number; write digits with an optional leading +,"
                    + " e.g. tel:+1-555-0100");
        }
        long digits = number.chars().filter(Character::isDigit).count();
        if (digits < 3) {
            return Optional.of("\"" + number + "\" has too few digits for a phone number; e.g. tel:+1-555-0100");
        }
        return Optional.empty();
    }

    private static void split(String list, List<String> into) {
        for (String address : list.split(",")) {
            if (!address.isBlank()) {
                into.add(address.strip());
            }
        }
    }
}
