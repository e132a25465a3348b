import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a synthetic static site for the link-check benchmark: {@code java bench/GenSite.java OUT [PAGES]}.
 * Pages live in sections of 100 (s0/p0.html ... s99/p9999.html), each with a head like folio's, navigation,
 * ten headed sections with ids, twenty links to other pages' fragments, images with srcset, and a few
 * external links (not fetched). Every link resolves: the checkers should report nothing.
 */
public final class GenSite {

    private static final int PER_SECTION = 100;
    private static final int IMAGES = 200;

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int pages = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int sections = (pages + PER_SECTION - 1) / PER_SECTION;
        Random random = new Random(42);
        write(out.resolve("assets/style.css"), "body{font:16px/1.5 sans-serif;background:url(bg.png)}\n"
                + ".hero{background-image:url(\"../img/i0.png\")}\n");
        write(out.resolve("assets/bg.png"), "png");
        write(out.resolve("assets/favicon.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        for (int i = 0; i < IMAGES; i++) {
            write(out.resolve("img/i" + i + ".png"), "png");
            write(out.resolve("img/i" + i + "@2x.png"), "png");
        }
        StringBuilder home = new StringBuilder();
        StringBuilder sitemap = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        sitemap.append("<url><loc>https://bench.example.com/</loc></url>\n");
        for (int s = 0; s < sections; s++) {
            home.append("<li><a href=\"s").append(s).append("/index.html\">Section ").append(s).append("</a></li>\n");
            StringBuilder list = new StringBuilder();
            for (int p = s * PER_SECTION; p < Math.min(pages, (s + 1) * PER_SECTION); p++) {
                list.append("<li><a href=\"p").append(p).append(".html\">Page ").append(p).append("</a></li>\n");
                write(out.resolve("s" + s + "/p" + p + ".html"), page(p, pages, random));
                sitemap.append("<url><loc>https://bench.example.com/s").append(s).append("/p").append(p)
                        .append(".html</loc></url>\n");
            }
            write(out.resolve("s" + s + "/index.html"), document("Section " + s, "../", "s" + s + "/index.html",
                    "<h1 id=\"top-of-list\">Section " + s + "</h1>\n<ul>\n" + list + "</ul>\n"));
        }
        write(out.resolve("index.html"), document("Home", "", "", "<h1 id=\"home\">Home</h1>\n<ul>\n" + home
                + "</ul>\n"));
        write(out.resolve("sitemap.xml"), sitemap.append("</urlset>\n").toString());
    }

    private static String page(int n, int pages, Random random) {
        StringBuilder body = new StringBuilder();
        body.append("<article>\n<h1 id=\"title\">Page ").append(n).append("</h1>\n");
        body.append("<img src=\"/img/i").append(n % IMAGES).append(".png\" srcset=\"/img/i").append(n % IMAGES)
                .append(".png 1x, /img/i").append(n % IMAGES).append("@2x.png 2x\" alt=\"Figure ").append(n)
                .append("\" width=\"640\" height=\"360\">\n");
        for (int k = 0; k < 10; k++) {
            body.append("<section id=\"sec-").append(k).append("\">\n<h2>Section ").append(k).append("</h2>\n<p>");
            body.append("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut"
                    + " labore et dolore magna aliqua. ");
            for (int l = 0; l < 2; l++) {
                int target = random.nextInt(pages);
                body.append("See <a href=\"../s").append(target / PER_SECTION).append("/p").append(target)
                        .append(".html#sec-").append(random.nextInt(10)).append("\">page ").append(target)
                        .append("</a>. ");
            }
            if (k % 5 == 0) {
                body.append("Also <a href=\"https://example.com/ref/").append(n).append('-').append(k)
                        .append("\">a reference</a>.");
            }
            body.append("</p>\n</section>\n");
        }
        body.append("<p><a href=\"#title\">Back to top</a> · <a href=\"./\">Section</a></p>\n</article>\n");
        int section = n / PER_SECTION;
        return document("Page " + n, "../", "s" + section + "/p" + n + ".html", body.toString());
    }

    private static String document(String title, String root, String path, String main) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + title + " — Bench</title>\n"
                + "<meta name=\"description\" content=\"" + title + " of the link-check benchmark site.\">\n"
                + "<link rel=\"canonical\" href=\"https://bench.example.com/" + path + "\">\n"
                + "<meta property=\"og:image\" content=\"https://bench.example.com/img/i0.png\">\n"
                + "<link rel=\"icon\" href=\"" + root + "assets/favicon.svg\" type=\"image/svg+xml\">\n"
                + "<link rel=\"stylesheet\" href=\"" + root + "assets/style.css\">\n"
                + "</head>\n<body>\n<a class=\"skip-link\" href=\"#main\">Skip to content</a>\n"
                + "<header><nav aria-label=\"Main\"><a href=\"" + root + "index.html\">Bench</a>\n<ul>\n"
                + "<li><a href=\"" + root + "index.html#home\">Home</a></li>\n"
                + "<li><a href=\"/s0/\">First section</a></li>\n"
                + "<li><a href=\"" + root + "s1/index.html#top-of-list\">Second section</a></li>\n"
                + "</ul></nav></header>\n<main id=\"main\">\n" + main + "</main>\n"
                + "<footer><p>© Bench · <a href=\"mailto:bench@example.com\">Mail</a></p></footer>\n"
                + "</body>\n</html>\n";
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
