import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Times folio's Markdown to HTML on story bodies: parsing alone, parsing with flexmark's
 * HtmlRenderer (the old way), and parsing with folio's own writer ({@code Markdown.render}).
 * Run by hand, on the JVM flags the build uses:
 *
 * <pre>
 * java bench/GenSites.java stories 4000 DIR
 * mvn -B -q compile dependency:build-classpath -Dmdep.outputFile=CP_FILE
 * java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp target/classes:$(cat CP_FILE) \
 *     bench/MarkdownBench.java DIR/folio/content/stories [rounds]
 * </pre>
 *
 * Each round renders every story once in each way, the ways in turn; the first third of the
 * rounds warm up and are not counted. Prints the median time of a round and per story.
 */
public final class MarkdownBench {

    /** Where results go so that no way's work can be skipped. */
    static volatile long sink;

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        List<String> bodies = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                bodies.add(body(Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        Class<?> type = Class.forName("dev.folio.render.Markdown");
        Object markdown = type.getConstructor().newInstance();
        Method render = type.getMethod("render", String.class);
        Method flexmark = type.getDeclaredMethod("renderWithFlexmark", String.class);
        Method parserFor = type.getDeclaredMethod("parserFor", String.class);
        flexmark.setAccessible(true);
        parserFor.setAccessible(true);
        Method parse = Class.forName("com.vladsch.flexmark.parser.Parser").getMethod("parse", String.class);

        for (String body : bodies) {
            if (!render.invoke(markdown, body).toString().equals(flexmark.invoke(markdown, body))) {
                throw new IllegalStateException("the writer and flexmark differ on a story");
            }
        }
        long words = bodies.stream().mapToLong(b -> b.split("\\s+").length).sum();
        System.out.printf("%d stories, %d words a story on average, %d rounds (%d counted)%n", bodies.size(),
                words / bodies.size(), rounds, rounds - rounds / 3);

        String[] names = {"parse only", "parse + flexmark HtmlRenderer", "parse + folio writer"};
        long[][] nanos = new long[names.length][rounds];
        long sum = 0;
        for (int round = 0; round < rounds; round++) {
            for (int way = 0; way < names.length; way++) {
                long start = System.nanoTime();
                for (String body : bodies) {
                    Object out = switch (way) {
                        case 0 -> parse.invoke(parserFor.invoke(markdown, body), body);
                        case 1 -> flexmark.invoke(markdown, body);
                        default -> render.invoke(markdown, body);
                    };
                    sum += out.hashCode();
                }
                nanos[way][round] = System.nanoTime() - start;
            }
        }
        double[] median = new double[names.length];
        for (int way = 0; way < names.length; way++) {
            long[] counted = Arrays.copyOfRange(nanos[way], rounds / 3, rounds);
            Arrays.sort(counted);
            median[way] = counted[counted.length / 2] / 1e6;
            System.out.printf("%-32s %9.1f ms a round  %7.1f µs a story%n", names[way], median[way],
                    median[way] * 1000 / bodies.size());
        }
        double oldRender = median[1] - median[0];
        double newRender = median[2] - median[0];
        System.out.printf("rendering alone (minus parsing): flexmark %.1f ms, writer %.1f ms: %.1fx less%n",
                oldRender, newRender, oldRender / newRender);
        System.out.printf("Markdown to HTML in all: %.1fx less%n", median[1] / median[2]);
        sink = sum;
    }

    /** The Markdown after the front matter, as the loader gives it to the renderer. */
    static String body(String text) {
        if (text.startsWith("---\n")) {
            int end = text.indexOf("\n---\n", 4);
            if (end >= 0) {
                return text.substring(end + 5);
            }
        }
        return text;
    }
}
