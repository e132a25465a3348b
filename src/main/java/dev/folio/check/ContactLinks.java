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
    /** Digits with an optional leading + and RFC 3966 visual separators (and spaces, as people write them). */
    private static final Pattern NUMBER = Pattern.compile("\\+?[0-9()\\-. ]*[0-9][0-9()\\-. ]*");
    /**
     * What a phone dials after the number: a pause ("," or p) or wait (w; ";" ends the number and is read as
     * a parameter), then digits, * and # sent as tones, e.g. an extension.
     */
    private static final Pattern AFTER_PAUSE = Pattern.compile("[,pPwW][0-9*#()\\-. ,pPwW]*");

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
        int params = number.indexOf(';'); // parameters (;ext=12), or a wait as some phones write it
        if (params >= 0) {
            number = number.substring(0, params);
        }
        int pause = firstPause(number);
        String main = pause < 0 ? number : number.substring(0, pause);
        if (!NUMBER.matcher(main).matches() || pause >= 0 && !AFTER_PAUSE.matcher(number.substring(pause)).matches()) {
            return Optional.of("\"" + number + "\" is not a phone number; write digits with an optional leading +,"
                    + " e.g. tel:+1-555-0100, and any digits to dial after a pause behind a comma: tel:+1-555-0100,22");
        }
        long digits = main.chars().filter(Character::isDigit).count();
        if (digits < 3) {
            return Optional.of("\"" + number + "\" has too few digits for a phone number"
                    + (pause < 0 ? "; e.g. tel:+1-555-0100" : " before the pause; e.g. tel:+1-555-0100,22"));
        }
        return Optional.empty();
    }

    private static int firstPause(String number) {
        for (int i = 0; i < number.length(); i++) {
            if (",pPwW".indexOf(number.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static void split(String list, List<String> into) {
        for (String address : list.split(",")) {
            if (!address.isBlank()) {
                into.add(address.strip());
            }
        }
    }
}
