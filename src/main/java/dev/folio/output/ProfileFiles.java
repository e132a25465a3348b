package dev.folio.output;

import dev.folio.output.yaml.ProfileYaml;
import dev.folio.profile.Profile;
import dev.folio.profile.Story;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The files that hold a profile: {@code profile.yml} and, beside it, {@code stories/<id>.md} for
 * each story with a body. Planned first (so that existing files can be refused before anything is
 * written), then written one by one, each through a temporary file and a rename.
 */
public final class ProfileFiles {

    /** Story ids name files; only these are ever joined to a path. */
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    /** Each file to write and its text, profile.yml first, then the stories in profile order. */
    public record Plan(Map<Path, String> files) {

        public Plan {
            files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
        }

        /** The planned files that are already there. */
        public List<Path> existing() {
            return files.keySet().stream().filter(Files::exists).toList();
        }

        /** The story files alone. */
        public List<Path> stories() {
            return files.keySet().stream().skip(1).toList();
        }
    }

    private ProfileFiles() {}

    /** The files for {@code profile} written to {@code profileFile}, opening with {@code header}. */
    public static Plan plan(Path profileFile, Profile profile, List<String> header) {
        Map<Path, String> files = new LinkedHashMap<>();
        files.put(profileFile, ProfileYaml.write(profile, header));
        Path dir = profileFile.toAbsolutePath().getParent().resolve("stories");
        for (Story story : profile.stories()) {
            if (!story.body().isEmpty()) {
                if (!ID.matcher(story.id()).matches()) {
                    throw new IllegalArgumentException("story id \"" + story.id() + "\" cannot name a file");
                }
                files.put(dir.resolve(story.id() + ".md"), story.body());
            }
        }
        return new Plan(files);
    }

    /** Writes every planned file, replacing what is there, creating folders as needed. */
    public static void write(Plan plan) throws IOException {
        for (Map.Entry<Path, String> file : plan.files().entrySet()) {
            writeFile(file.getKey(), file.getValue());
        }
    }

    /** Writes {@code text} as UTF-8 to {@code file} through a temporary file beside it. */
    public static void writeFile(Path file, String text) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
