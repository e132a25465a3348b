package dev.folio.render;

import dev.folio.profile.PartialDate;
import dev.folio.profile.Profile;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The one date a build states (feed and sitemap "updated"): SOURCE_DATE_EPOCH when given, else the
 * newest date the profile mentions, so the same input always gives the same site.
 */
public final class SiteDate {

    private SiteDate() {}

    public static Instant of(Profile profile, Optional<Instant> sourceDateEpoch) {
        if (sourceDateEpoch.isPresent()) {
            return sourceDateEpoch.get();
        }
        Stream<Optional<PartialDate>> dates = Stream.of(
                profile.work().stream().flatMap(w -> Stream.of(w.startDate(), w.endDate())),
                profile.education().stream().flatMap(e -> Stream.of(e.startDate(), e.endDate())),
                profile.projects().stream().flatMap(p -> Stream.of(p.startDate(), p.endDate())),
                profile.awards().stream().map(a -> a.date())).flatMap(s -> s);
        return dates.flatMap(Optional::stream).max(PartialDate::compareTo)
                .map(d -> LocalDate.of(d.year(), Math.max(1, d.month()), 1).atStartOfDay().toInstant(ZoneOffset.UTC))
                .orElse(Instant.EPOCH);
    }
}
