package dev.folio.input;

import dev.folio.profile.Profile;
import dev.folio.profile.SiteSettings;
import dev.folio.theme.ThemeSettings;
import java.nio.file.Path;

/**
 * Everything loaded from a site folder: the profile, the settings, the chosen theme with its
 * parameters, and where they came from.
 */
public record SiteInput(Path sourceDir, Profile profile, SiteSettings settings, ThemeSettings theme) {}
