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
                + " e.g. tel:+1-555-0100"), ContactLinks.tel("+1-555-CALL"));
        assertEquals(Optional.of("\"12\" has too few digits for a phone number; e.g. tel:+1-555-0100"),
                ContactLinks.tel("12"));
        assertEquals(Optional.of("\"\" is not a phone number; write digits with an optional leading +, e.g."
                + " tel:+1-555-0100"), ContactLinks.tel(""));
    }
}
