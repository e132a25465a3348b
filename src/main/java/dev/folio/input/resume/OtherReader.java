package dev.folio.input.resume;

import dev.folio.profile.Award;
import dev.folio.profile.Language;
import dev.folio.profile.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Summary, awards, spoken languages, and every other titled section as a Markdown list. */
final class OtherReader {

    private static final Set<String> LANGUAGES = Set.of("english", "spanish", "french", "german", "italian",
            "portuguese", "dutch", "swedish", "norwegian", "danish", "finnish", "polish", "czech", "slovak",
            "hungarian", "romanian", "bulgarian", "greek", "turkish", "russian", "ukrainian", "serbian", "croatian",
            "arabic", "hebrew", "persian", "farsi", "urdu", "hindi", "bengali", "bangla", "punjabi", "tamil", "telugu",
            "kannada", "malayalam", "marathi", "gujarati", "mandarin", "cantonese", "chinese", "japanese", "korean",
            "vietnamese", "thai", "indonesian", "malay", "tagalog", "filipino", "swahili", "amharic", "yoruba",
            "igbo", "hausa", "zulu", "afrikaans", "catalan", "basque", "galician", "irish", "welsh", "icelandic",
            "estonian", "latvian", "lithuanian", "slovenian", "albanian", "armenian", "georgian", "kazakh", "uzbek",
            "nepali", "sinhala", "burmese", "khmer", "lao", "mongolian", "latin", "esperanto", "asl",
            "american sign language", "sign language");
    private static final Pattern LANGUAGE = Pattern.compile("^([\\p{L} ]{2,40}?)\\s?(?:[(:–—-]\\s?([^()]{1,60})\\)?)?$");

    private OtherReader() {}

    static String summary(Block section, Usage usage) {
        List<String> paragraphs = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (SourceLine line : section.content()) {
            if (line.blank()) {
                if (!current.isEmpty()) {
                    paragraphs.add(Join.lines(current));
                    current.clear();
                }
                continue;
            }
            current.add(line.bullet() ? "- " + line.text() : line.text());
            usage.use(line);
        }
        if (!current.isEmpty()) {
            paragraphs.add(Join.lines(current));
        }
        return String.join("\n\n", paragraphs);
    }

    static List<Award> awards(Block section, Usage usage) {
        List<Award> out = new ArrayList<>();
        for (SourceLine line : section.content()) {
            if (line.blank()) {
                continue;
            }
            if (!line.bullet() && !out.isEmpty() && Character.isLowerCase(line.text().charAt(0))) {
                Award last = out.remove(out.size() - 1);
                out.add(new Award(last.title() + " " + line.text(), last.date(), last.awarder(), last.summary()));
            } else {
                var date = DateGrammar.find(line.text());
                out.add(new Award(line.text(), date.flatMap(DateSpan::to), "", ""));
            }
            usage.use(line);
        }
        return out;
    }

    /** "English (native), Russian (fluent)" → languages; lines that are not spoken languages are left for skills. */
    static List<Language> languages(Block section, Usage usage, List<String> notSpoken) {
        List<Language> out = new ArrayList<>();
        for (SourceLine line : section.content()) {
            if (line.blank()) {
                continue;
            }
            boolean any = false;
            for (String item : Splitter.commas(line.text())) {
                Matcher m = LANGUAGE.matcher(item.strip());
                if (m.matches() && LANGUAGES.contains(m.group(1).strip().toLowerCase(Locale.ROOT))) {
                    out.add(new Language(m.group(1).strip(), m.group(2) == null ? "" : m.group(2).strip()));
                    any = true;
                } else if (!item.isBlank()) {
                    notSpoken.add(item.strip());
                    any = true;
                }
            }
            if (any) {
                usage.use(line);
            }
        }
        return out;
    }

    static Section section(Block section, Usage usage) {
        List<String> items = new ArrayList<>();
        for (SourceLine line : section.content()) {
            if (line.blank()) {
                continue;
            }
            if (!line.bullet() && !items.isEmpty() && Character.isLowerCase(line.text().charAt(0))) {
                items.set(items.size() - 1, items.get(items.size() - 1) + " " + line.text());
            } else {
                items.add("- " + line.text());
            }
            usage.use(line);
        }
        return new Section(section.title.isEmpty() ? "More" : section.title, String.join("\n", items));
    }
}
