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
import java.util.Map;
import java.util.Optional;

/** folio's own loader ({@link Builder#load}) run on a small site folder written for one check. */
final class Loader {

    private Loader() {}

    /**
     * Writes {@code files} (path under {@code content/} → text) into a new folder under {@code parent}
     * and loads it; the problems as {@code file:line:column: message}, empty when it loads.
     */
    static List<String> problems(Path parent, Map<String, String> files) {
        try {
            Path site = Files.createTempDirectory(parent, "site");
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = site.resolve("content").resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            }
            Builder.load(site, Optional.empty());
            return List.of();
        } catch (BuildFailure failure) {
            return failure.problems().stream().map(Problem::format).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> profileProblems(Path parent, String profileYaml) {
        return problems(parent, Map.of("profile.yml", profileYaml));
    }
}
