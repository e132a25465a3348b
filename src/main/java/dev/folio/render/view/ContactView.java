package dev.folio.render.view;

import java.util.List;

/** The contact block; links are already made safe ("mailto:", "tel:", https). */
public record ContactView(String name, String label, String location, List<LinkView> links) {

    public ContactView {
        links = List.copyOf(links);
    }
}
