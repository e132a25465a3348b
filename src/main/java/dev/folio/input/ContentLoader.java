package dev.folio.input;

import dev.folio.input.yaml.FrontMatter;
import dev.folio.input.yaml.Node;
import dev.folio.input.yaml.ProfileReader;
import dev.folio.input.yaml.SettingsReader;
import dev.folio.input.yaml.YamlReader;
import dev.folio.problem.InvalidInputException;
import dev.folio.problem.Problem;
import dev.folio.problem.Problems;
import dev.folio.profile.Profile;
import dev.folio.profile.SiteSettings;
import dev.folio.profile.Story;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Loads {@code content/} of a site folder: {@code profile.yml}, {@code site.yml} and the story
 * bodies in {@code stories/<id>.md}. Collects every problem, then throws them together.
 */
public final class ContentLoader {

    public static final String CONTENT = "content";
    public static final String PROFILE = CONTENT + "/profile.yml";
    public static final String SETTINGS = CONTENT + "/site.yml";
    public static final String STORIES = CONTENT + "/stories";

    private final YamlReader yaml = new YamlReader();

    /** Loads with the theme named in site.yml. */
    public SiteInput load(Path sourceDir) {
        return load(sourceDir, Overrides.NONE);
    }

    /**
     * @param overrides settings from the command line that win over site.yml's
     * @throws InvalidInputException with every problem found
     */
    public SiteInput load(Path sourceDir, Overrides overrides) {
        Optional<String> themeOverride = overrides.theme();
        Path source = sourceDir.toAbsolutePath().normalize();
        Problems problems = new Problems();
        Path profileFile = source.resolve(PROFILE);
        if (!Files.isRegularFile(profileFile)) {
            throw new InvalidInputException(Problem.at(PROFILE, "not found in " + source
                    + "; run folio in a site folder (one holding content/profile.yml) or pass --source DIR"));
        }
        SiteFolder folder;
        try {
            folder = SiteFolder.of(source);
        } catch (IOException e) {
            throw new InvalidInputException(Problem.at(source.toString(), "could not be read: " + e.getMessage()));
        }
        Optional<Profile> profile = read(folder, PROFILE, problems)
                .flatMap(node -> ProfileReader.read(PROFILE, node, folder, problems));
        profile.map(p -> p.basics().image()).filter(SvgCheck::isSvg).filter(image -> !image.contains("://"))
                .ifPresent(image -> checkPicture(folder, CONTENT + "/" + image, problems));
        String fallbackTitle = profile.map(p -> p.basics().name()).orElse("");
        InstalledThemes themes = new InstalledThemes(folder, yaml, problems);
        if (themeOverride.isPresent() && !themes.names().contains(themeOverride.get())) {
            problems.add(Problem.at("--theme", "no theme named \"" + themeOverride.get() + "\"; available: "
                    + String.join(", ", themes.names())));
            problems.throwIfAny();
        }
        Node settingsNode = Files.isRegularFile(source.resolve(SETTINGS))
                ? read(folder, SETTINGS, problems).orElse(null)
                : new dev.folio.input.yaml.MapNode(1, 1, List.of());
        Optional<SettingsReader.Settings> settings = Optional.ofNullable(settingsNode)
                .flatMap(n -> SettingsReader.read(SETTINGS, n, fallbackTitle, themes, themeOverride,
                        overrides.baseUrl(), problems));
        Profile withBodies = profile.map(p -> withStoryBodies(folder, p, problems)).orElse(null);
        // the theme in use, as far as it is known when site.yml could not be read
        TemplatesAndThemes.check(folder, settings.map(s -> s.theme().name())
                .orElse(themeOverride.orElse(SiteSettings.DEFAULT_THEME)), problems);
        problems.throwIfAny();
        return new SiteInput(source, withBodies, settings.orElseThrow().site(), settings.orElseThrow().theme());
    }

    private Optional<Node> read(SiteFolder folder, String file, Problems problems) {
        if (!folder.inside(file, problems)) {
            return Optional.empty();
        }
        try {
            Path path = folder.root().resolve(file);
            if (Files.size(path) > YamlReader.MAX_BYTES) {
                problems.add(Problem.at(file, "file is larger than " + YamlReader.MAX_BYTES
                        + " bytes; a profile this large is almost certainly not one"));
                return Optional.empty();
            }
            return yaml.read(file, Files.readAllBytes(path), problems);
        } catch (IOException e) {
            problems.add(Problem.at(file, "could not be read: " + e.getMessage()));
            return Optional.empty();
        }
    }

    /** An SVG picture is published as it is: refused when opening it could run script on the site. */
    private static void checkPicture(SiteFolder folder, String shown, Problems problems) {
        folder.read(shown, problems).ifPresent(bytes -> SvgCheck.check(shown, bytes, problems));
    }

    private Profile withStoryBodies(SiteFolder folder, Profile profile, Problems problems) {
        Path source = folder.root();
        Path dir = source.resolve(STORIES);
        Set<String> ids = new TreeSet<>();
        Set<String> metricIds = new TreeSet<>();
        profile.metrics().forEach(m -> metricIds.add(m.id()));
        profile.stories().forEach(story -> ids.add(story.id()));
        // story files are read and their front matter parsed in parallel, each with problems of its own,
        // gathered in the profile's order
        record Merged(Story story, Problems problems) {}
        List<Merged> merged = profile.stories().parallelStream().map(story -> {
            Problems own = new Problems();
            Story result = story;
            if (!story.id().isEmpty()) {
                Path file = dir.resolve(story.id() + ".md");
                if (Files.isRegularFile(file)) {
                    result = withMarkdown(folder, file, story, metricIds, own);
                }
            }
            return new Merged(result, own);
        }).toList();
        List<Story> stories = new ArrayList<>();
        for (Merged m : merged) {
            stories.add(m.story());
            problems.addAll(m.problems());
        }
        if (folder.inside(STORIES, problems) && Files.isDirectory(dir)) {
            List<Path> alone = new ArrayList<>();
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().forEach(f -> {
                    String name = f.getFileName().toString();
                    if (!ids.contains(name.substring(0, name.length() - 3))) {
                        alone.add(f);
                    }
                });
            } catch (IOException e) {
                problems.add(Problem.at(STORIES, "could not be listed: " + e.getMessage()));
            }
            // a file no story in profile.yml names is a story by itself, after those of the profile
            record Alone(Optional<Story> story, Problems problems) {}
            List<Alone> found = alone.parallelStream().map(file -> {
                Problems own = new Problems();
                return new Alone(storyAlone(folder, file, metricIds, own), own);
            }).toList();
            for (Alone a : found) {
                a.story().ifPresent(stories::add);
                problems.addAll(a.problems());
            }
        }
        return new Profile(profile.basics(), profile.work(), profile.education(), profile.skills(),
                profile.projects(), profile.awards(), profile.languages(), profile.metrics(), stories,
                profile.principles(), profile.sections());
    }

    /**
     * A story file that no story in profile.yml names: the whole story, its id the file's name,
     * its fields in the front matter (a title at least), its body the Markdown after it.
     */
    private Optional<Story> storyAlone(SiteFolder folder, Path file, Set<String> metricIds, Problems problems) {
        String shown = folder.shown(file);
        String name = file.getFileName().toString();
        String id = name.substring(0, name.length() - 3);
        if (!FrontMatter.validId(id)) {
            problems.add(new Problem(shown, 1, 1, "\"" + id + "\" is not a valid story id (the file's name is the id); "
                    + "use lower-case letters, digits and dashes, e.g. " + FrontMatter.suggestedId(id) + ".md"));
            return Optional.empty();
        }
        String text = readMarkdown(folder, shown, file, problems);
        if (!problems.isEmpty()) { // the file could not be read: that is the problem to report
            return Optional.empty();
        }
        Optional<StoryMarkdown> parts = StoryMarkdown.split(shown, text, problems);
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        if (parts.get().frontMatter().isEmpty()) {
            problems.add(new Problem(shown, 1, 1, "has no front matter, and no story in " + PROFILE + " has id \""
                    + id + "\"; start the file with the story's title between --- lines (---, title: \"…\", ---), "
                    + "or add a story with id \"" + id + "\" to " + PROFILE));
            return Optional.empty();
        }
        return frontMatter(shown, parts.get(), metricIds, true, problems)
                .map(m -> new Story(id, m.title(), m.category(), m.summary(), m.problem(), m.approach(), m.impact(),
                        m.metrics(), m.keywords(), parts.get().body()));
    }

    /** The story with its Markdown body, and the fields its front matter sets. */
    private Story withMarkdown(SiteFolder folder, Path file, Story story, Set<String> metricIds,
            Problems problems) {
        String shown = folder.shown(file);
        String text = readMarkdown(folder, shown, file, problems);
        Optional<StoryMarkdown> parts = StoryMarkdown.split(shown, text, problems);
        if (parts.isEmpty()) {
            return story;
        }
        String body = parts.get().body();
        if (parts.get().frontMatter().isEmpty()) {
            return withBody(story, body);
        }
        Optional<FrontMatter> matter = frontMatter(shown, parts.get(), metricIds, false, problems);
        if (matter.isEmpty()) {
            return withBody(story, body);
        }
        FrontMatter m = matter.get();
        Map<String, Boolean> inProfile = Map.of("title", !story.title().isEmpty(),
                "category", !story.category().isEmpty(), "summary", !story.summary().isEmpty(),
                "problem", !story.problem().isEmpty(), "approach", !story.approach().isEmpty(),
                "impact", !story.impact().isEmpty(), "metrics", !story.metrics().isEmpty(),
                "keywords", !story.keywords().isEmpty());
        for (String key : m.present()) {
            if (inProfile.getOrDefault(key, false)) {
                int[] at = m.places().get(key);
                problems.add(shown, at[0], at[1], key + " is set both here and for story \"" + story.id()
                        + "\" in " + PROFILE + "; keep one of the two");
            }
        }
        return new Story(story.id(), story.title(),
                pick(m, "category", m.category(), story.category()),
                pick(m, "summary", m.summary(), story.summary()),
                pick(m, "problem", m.problem(), story.problem()),
                pick(m, "approach", m.approach(), story.approach()),
                pick(m, "impact", m.impact(), story.impact()),
                m.present().contains("metrics") ? m.metrics() : story.metrics(),
                m.present().contains("keywords") ? m.keywords() : story.keywords(),
                body);
    }

    /** The story fields of a file's front matter; {@code alone} when the file is the whole story. */
    private Optional<FrontMatter> frontMatter(String shown, StoryMarkdown parts, Set<String> metricIds, boolean alone,
            Problems problems) {
        return yaml.read(shown, parts.frontMatter().orElseThrow(), parts.frontMatterLine() - 1, problems)
                .flatMap(node -> FrontMatter.read(shown, node, metricIds, alone, problems));
    }

    private static String pick(FrontMatter m, String key, String fromMatter, String fromProfile) {
        return m.present().contains(key) ? fromMatter : fromProfile;
    }

    private static Story withBody(Story s, String body) {
        return new Story(s.id(), s.title(), s.category(), s.summary(), s.problem(), s.approach(), s.impact(),
                s.metrics(), s.keywords(), body);
    }

    private static String readMarkdown(SiteFolder folder, String shown, Path file, Problems problems) {
        if (!folder.inside(shown, problems)) {
            return "";
        }
        try {
            if (Files.size(file) > YamlReader.MAX_BYTES) {
                problems.add(Problem.at(shown, "is larger than " + YamlReader.MAX_BYTES + " bytes; shorten the story"));
                return "";
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') >= 0) { // a replacement character: written so, or a byte that is not UTF-8
                text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (java.nio.charset.CharacterCodingException e) {
            problems.add(Problem.at(shown, "is not valid UTF-8; save the file as UTF-8"));
            return "";
        } catch (IOException e) {
            problems.add(Problem.at(shown, "could not be read: " + e.getMessage()));
            return "";
        }
    }
}
