package dev.folio.input.resume.metrics;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one rich bullet (a metric, an action, a method) into a story's problem, approach and impact,
 * each a piece of the bullet's own words: nothing is written that the bullet does not say.
 */
public final class StorySplitter {

    /** Title, problem, approach and impact, each a substring of the bullet. */
    public record Parts(String title, String problem, String approach, String impact) {}

    private static final Pattern IMPACT = Pattern.compile("(?i)(?:,|;|\\sand)\\s(?=(?:achieving|resulting in|reducing|cutting|"
            + "improving|increasing|bringing|boosting|enabling|saving|driving|lowering|raising|eliminating|delivering|"
            + "which|leading to|lifting|doubling|halving|taking|dropping|growing|speeding|shrinking|allowing|"
            + "decreasing|accelerating|scaling|handling|serving|supporting|processing|so that|and)\\b)");
    private static final Pattern METHOD = Pattern.compile("(?i)\\s(?:by|using|with|via|through|leveraging|on top of|"
            + "by moving|by replacing)\\s");
    private static final Pattern PROBLEM = Pattern.compile("(?i)\\b(?:replac(?:ing|ed)|eliminat(?:ing|ed)|instead of|"
            + "retir(?:ing|ed)|deprecat(?:ing|ed)|fix(?:ing|ed)|resolv(?:ing|ed)|address(?:ing|ed))\\s([^,;]{3,120})");
    private static final Set<String> IRREGULAR = Set.of("built", "led", "ran", "wrote", "cut", "drove", "made", "set",
            "grew", "rebuilt", "brought", "shipped", "took", "kept", "held", "won", "rewrote", "found", "saw", "sped",
            "owned", "own", "build", "lead", "design", "implement", "create", "develop", "migrate", "reduce", "scale");

    private StorySplitter() {}

    /** How good a story the bullet makes: 0 when it lacks a metric, an action or a method. */
    public static int score(String bullet, List<FoundMetric> metrics) {
        if (metrics.isEmpty() || bullet.length() < 40 || bullet.length() > 600) {
            return 0;
        }
        String first = bullet.strip().split("\\s+")[0].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
        boolean action = first.length() > 3 && first.endsWith("ed") || IRREGULAR.contains(first);
        if (!action || !METHOD.matcher(bullet).find()) {
            return 0;
        }
        return 10 * metrics.size() + Math.min(bullet.length(), 300) / 30;
    }

    public static Optional<Parts> split(String bullet, List<FoundMetric> metrics) {
        String text = bullet.strip().replaceAll("[.;]+$", "");
        if (score(text, metrics) == 0) {
            return Optional.empty();
        }
        String title = title(text);
        String problem = problem(text, metrics);
        Matcher impact = IMPACT.matcher(text);
        String approach;
        String effect;
        if (impact.find() && impact.start() > 10 && containsMetric(text.substring(impact.end()), metrics)) {
            approach = text.substring(0, impact.start());
            effect = text.substring(impact.end());
        } else {
            Matcher method = METHOD.matcher(text);
            if (!method.find() || method.start() < 10) {
                return Optional.empty();
            }
            String head = text.substring(0, method.start());
            String tail = text.substring(method.end());
            if (containsMetric(head, metrics)) {
                effect = head;
                approach = method.group().strip() + " " + tail;
            } else {
                approach = text;
                effect = metrics.get(0).source();
            }
        }
        return Optional.of(new Parts(title, capitalize(problem), capitalize(approach.strip()), capitalize(effect.strip())));
    }

    private static boolean containsMetric(String text, List<FoundMetric> metrics) {
        for (FoundMetric m : metrics) {
            if (text.contains(m.source()) || !m.after().isEmpty() && text.contains(m.after())
                    || !m.value().isEmpty() && text.contains(m.value().replace("-", ""))) {
                return true;
            }
        }
        return false;
    }

    /** What was wrong, in the bullet's words: what was replaced, or the before state, or the object worked on. */
    private static String problem(String text, List<FoundMetric> metrics) {
        Matcher m = PROBLEM.matcher(text);
        if (m.find()) {
            return m.group(1).strip();
        }
        for (FoundMetric f : metrics) {
            if (!f.before().isEmpty()) {
                int at = text.indexOf(f.source());
                int cut = f.source().indexOf(" to ");
                if (at >= 0 && cut > 0) {
                    String subject = MetricFinder.subject(text, at);
                    String start = subject.isEmpty() ? "" : subject + " ";
                    String before = f.source().substring(0, cut);
                    String phrase = start + before;
                    if (text.contains(phrase)) {
                        return phrase;
                    }
                    return before;
                }
            }
        }
        String[] words = text.split("\\s+");
        StringBuilder object = new StringBuilder();
        for (int i = 1; i < words.length && i <= 10; i++) {
            String w = words[i].toLowerCase(Locale.ROOT);
            if (Set.of("by", "using", "with", "via", "through", "to", "for", "that", "which", "achieving").contains(w)
                    || words[i - 1].endsWith(",")) {
                break;
            }
            if (object.length() > 0) {
                object.append(' ');
            }
            object.append(words[i]);
        }
        return object.toString().replaceAll("[,;]+$", "");
    }

    /** The bullet's first clause, at most ten words. */
    private static String title(String text) {
        String clause = text;
        for (String stop : new String[] {",", ";", " by ", " using ", " with ", " via ", " through ", " — ", " - "}) {
            int i = clause.indexOf(stop);
            if (i > 15) {
                clause = clause.substring(0, i);
            }
        }
        String[] words = clause.split("\\s+");
        if (words.length > 10) {
            clause = String.join(" ", java.util.Arrays.copyOf(words, 10));
        }
        return clause.strip();
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
