package dev.folio.schema;

import dev.folio.build.BuildFailure;
import dev.folio.build.Builder;
import dev.folio.problem.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** folio's own loader ({@link Builder#load}) run on a small site folder written for one test. */
final class Loader {

    private Loader() {}

    /** The problems the load phase reports for {@code content/profile.yml}; empty when it loads. */
    static List<String> profileProblems(Path dir, String profileYaml) {
        return problems(dir, profileYaml, null);
    }

    /** The problems for a valid profile and {@code content/site.yml}. */
    static List<String> siteProblems(Path dir, String profileYaml, String siteYaml) {
        return problems(dir, profileYaml, siteYaml);
    }

    private static List<String> problems(Path dir, String profileYaml, String siteYaml) {
        try {
            Path content = Files.createDirectories(dir.resolve("content"));
            Files.writeString(content.resolve("profile.yml"), profileYaml, StandardCharsets.UTF_8);
            if (siteYaml != null) {
                Files.writeString(content.resolve("site.yml"), siteYaml, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Builder.load(dir, Optional.empty());
            return List.of();
        } catch (BuildFailure failure) {
            return failure.problems().stream().map(Problem::format).toList();
        }
    }
}
