package dev.folio.input;

import dev.folio.profile.Profile;
import dev.folio.profile.SiteSettings;
import java.nio.file.Path;

/** Everything loaded from a site folder: the profile, the settings and where they came from. */
public record SiteInput(Path sourceDir, Profile profile, SiteSettings settings) {}
