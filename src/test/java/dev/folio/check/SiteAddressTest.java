package dev.folio.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SiteAddressTest {

    @Test
    void fullAddressOrPathOnly() {
        assertEquals(new SiteAddress("https", "alex.example.com", "", "/portfolio/"),
                SiteAddress.of("https://Alex.Example.com:443/portfolio/"));
        assertEquals(new SiteAddress("http", "localhost", "8080", "/"), SiteAddress.of("http://localhost:8080"));
        assertEquals(new SiteAddress("", "", "", "/portfolio/"), SiteAddress.of("/portfolio/"));
        assertEquals("https://alex.example.com/portfolio/", SiteAddress.of("https://alex.example.com/portfolio/")
                .baseUrl());
        assertEquals("/portfolio/", SiteAddress.of("/portfolio/").baseUrl());
        assertTrue(SiteAddress.of("https://alex.example.com/").https());
        assertFalse(SiteAddress.of("/").https());
    }

    @Test
    void refusesWhatIsNotAnAddress() {
        assertThrows(IllegalArgumentException.class, () -> SiteAddress.of("portfolio/"));
        assertThrows(IllegalArgumentException.class, () -> SiteAddress.of("/portfolio"));
        assertThrows(IllegalArgumentException.class, () -> SiteAddress.of("https://alex.example.com/portfolio"));
        assertThrows(IllegalArgumentException.class, () -> SiteAddress.of("ftp://alex.example.com/"));
        assertThrows(IllegalArgumentException.class, () -> SiteAddress.of("//alex.example.com/"));
        assertThrows(IllegalArgumentException.class, () -> SiteAddress.of("https:///"));
    }

    @Test
    void ownHostIgnoresCaseUserInfoDefaultPortsAndScheme() {
        SiteAddress site = SiteAddress.of("https://alex.example.com/");
        assertTrue(site.isOwnHost("https", "ALEX.example.com"));
        assertTrue(site.isOwnHost("http", "alex.example.com:80"));
        assertTrue(site.isOwnHost("", "alex.example.com"));
        assertTrue(site.isOwnHost("https", "me@alex.example.com."));
        assertFalse(site.isOwnHost("https", "alex.example.com:8443"));
        assertFalse(site.isOwnHost("https", "www.alex.example.com"));
        assertFalse(SiteAddress.of("/").isOwnHost("https", "alex.example.com"));
    }
}
