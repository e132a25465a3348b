package dev.folio.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContactLinksTest {

    @Test
    void mailtoNeedsAtLeastOneWellFormedAddress() {
        assertEquals(Optional.empty(), ContactLinks.mailto("alex@example.com"));
        assertEquals(Optional.empty(), ContactLinks.mailto("alex@example.com,sam@mail.example.org?subject=Hi%20there"));
        assertEquals(Optional.empty(), ContactLinks.mailto("?to=alex@example.com&subject=Hi"));
        assertEquals(Optional.empty(), ContactLinks.mailto("alex%40example.com"));
        assertEquals(Optional.of("no address; write mailto:name@example.com"), ContactLinks.mailto("?subject=Hi"));
        assertEquals(Optional.of("\"alex@localhost\" is not an e-mail address; write mailto:name@example.com"),
                ContactLinks.mailto("alex@localhost"));
        assertEquals(Optional.of("\"a b@example.com\" is not an e-mail address; write mailto:name@example.com"),
                ContactLinks.mailto("a%20b@example.com"));
        assertEquals(Optional.of("malformed percent-encoding; write the address as name@example.com"),
                ContactLinks.mailto("alex%zz@example.com"));
    }

    @Test
    void telNeedsDigits() {
        assertEquals(Optional.empty(), ContactLinks.tel("+1-555-0100"));
        assertEquals(Optional.empty(), ContactLinks.tel("+1%20(555)%200100"));
        assertEquals(Optional.empty(), ContactLinks.tel("555.0100;ext=12"));
        assertEquals(Optional.of("\"+1-555-CALL\" is not a phone number; write digits with an optional leading +,"
                + " e.g. tel:+1-555-0100, and any digits to dial after a pause behind a comma: tel:+1-555-0100,22"),
                ContactLinks.tel("+1-555-CALL"));
        assertEquals(Optional.of("\"12\" has too few digits for a phone number; e.g. tel:+1-555-0100"),
                ContactLinks.tel("12"));
        assertEquals(Optional.of("\"\" is not a phone number; write digits with an optional leading +, e.g."
                + " tel:+1-555-0100, and any digits to dial after a pause behind a comma: tel:+1-555-0100,22"),
                ContactLinks.tel(""));
    }

    @Test
    void telAcceptsPausesAndWaitsAfterTheNumberButNotJunk() {
        // RFC 3966 visual separators, and the dial-string pauses phones understand: "," (pause), ";" (wait),
        // p and w; after a pause, the digits (and * #) sent as tones, e.g. an extension
        assertEquals(Optional.empty(), ContactLinks.tel("+441234567,88"));
        assertEquals(Optional.empty(), ContactLinks.tel("+441234567,,88#"));
        assertEquals(Optional.empty(), ContactLinks.tel("+44%20(0)1234%20567,88"));
        assertEquals(Optional.empty(), ContactLinks.tel("+1-555-0100p123w*9"));
        assertEquals(Optional.empty(), ContactLinks.tel("+1.555.0100;88"));
        assertEquals(Optional.empty(), ContactLinks.tel("+1.555.0100,88;ext=1"));
        assertEquals(Optional.of("\"+44,abc\" is not a phone number; write digits with an optional leading +,"
                + " e.g. tel:+1-555-0100, and any digits to dial after a pause behind a comma: tel:+1-555-0100,22"),
                ContactLinks.tel("+44,abc"));
        assertEquals(Optional.of("\",123\" is not a phone number; write digits with an optional leading +,"
                + " e.g. tel:+1-555-0100, and any digits to dial after a pause behind a comma: tel:+1-555-0100,22"),
                ContactLinks.tel(",123"));
        assertEquals(Optional.of("\"pw123\" is not a phone number; write digits with an optional leading +,"
                + " e.g. tel:+1-555-0100, and any digits to dial after a pause behind a comma: tel:+1-555-0100,22"),
                ContactLinks.tel("pw123"));
        assertEquals(Optional.of("\"12,345\" has too few digits for a phone number before the pause;"
                + " e.g. tel:+1-555-0100,22"), ContactLinks.tel("12,345"));
        assertEquals(Optional.of("\"+1 555 0100 x12\" is not a phone number; write digits with an optional leading"
                + " +, e.g. tel:+1-555-0100, and any digits to dial after a pause behind a comma: tel:+1-555-0100,22"),
                ContactLinks.tel("+1%20555%200100%20x12"));
    }
}
