package dev.folio.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/** Markdown documents for comparing renderers: hand-written features, files of the repository, random mixes. */
final class MarkdownSamples {

    private MarkdownSamples() {
    }

    /** Every feature folio's Markdown supports, and the edge cases around them. */
    static List<String> features() {
        return List.of(
                "",
                " ",
                "   \n\t\n  ",
                "\n\n\n",
                "plain",
                "# Title\n\nSome *em*, **strong**, _em_, __strong__, ***both***, ~~gone~~, `code`.\n",
                "Setext one\n===\n\nSetext two\n---\n",
                "# A\n## A\n### A\n#### A\n##### A\n###### A\n####### not a heading\n",
                "# Dup\n\n# Dup\n\n# Dup-1\n\n# Dup\n",
                "# Über café 日本語 😀\n\n## Ünïcödé & <things> \"quoted\"\n",
                "#\n\n# \n\n##   ##\n",
                "# Heading with `code` and [link](https://example.com/) and ![img](a.png)\n",
                "# *Emph* **strong** ~~del~~ heading #\n",
                "Line one\nline two\nline three\n",
                "Hard break with spaces  \nand backslash\\\nand end.\n",
                "CRLF\r\nline\r\n\r\n# Heading\r\n\r\n- a\r\n- b\r\n",
                "CR only\rline\r\rpara\r",
                "tabs\tin\ttext\n\tindented code with tab\n",
                "- tight\n- list\n- items\n",
                "- loose\n\n- list\n\n- items\n",
                "* star\n+ plus\n- dash\n",
                "1. one\n2. two\n3. three\n",
                "3. three\n4. four\n",
                "1) paren\n2) paren\n",
                "0. zero\n",
                "- a\n  - b\n    - c\n      - d\n  - e\n- f\n",
                "1. a\n   1. b\n   2. c\n2. d\n\n   para in item\n",
                "- [ ] todo\n- [x] done\n- [X] upper\n",
                "- [ ] loose todo\n\n- [x] loose done\n\n  second paragraph\n",
                "1. [ ] ordered task\n2. [x] done\n",
                "- [ ] task with nested\n  - [x] nested done\n  - plain nested\n",
                "> quote\n> continued\n\n> > nested\n> > quote\n>\n> back\n",
                "> # heading in quote\n> - list in quote\n> ```\n> code in quote\n> ```\n",
                "```\nplain fence\n```\n",
                "```java\nint x = 1 < 2 && y > \"3\";\n```\n",
                "```js   extra info words\nconsole.log('x');\n```\n",
                "~~~ python\nprint(1)\n~~~\n",
                "```a\"b<c>&d\nx\n```\n",
                "```\\*esc&amp;\nx\n```\n",
                "```\n\n\nblank lines inside\n\n\n```\n",
                "```\nunclosed fence\n",
                "````\n```\nnested fence\n```\n````\n",
                "```\n```\n",
                "    indented code\n    more\n\n\n    after blanks\n\n",
                "    <script>alert(1)</script>\n",
                "Para\n\n---\n\n***\n\n___\n\n- - -\n",
                "| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n| 4 | 5 |\n",
                "| left | none |\n|:---|---|\n| `x|y` | **b** |\n| \\| pipe | [l](https://example.com/) |\n",
                "a | b\n--- | ---\n1 | 2\n",
                "| a | b |\n|---|---|\n| 1 | 2 |\n[Caption *here*]\n",
                "| a |\n|---|\n",
                "| span || x |\n|---|---|---|\n| 1 || 2 |\n",
                "[link](https://example.com/path?a=1&b=2 \"Title & <more>\")\n",
                "[single](https://example.com/ 'it\"s')\n[paren](https://example.com/ (paren title))\n",
                "[empty]() [spaces](<a b c>) [rel](../stories/x.html#top) [frag](#x) [q](?a=b)\n",
                "[js](javascript:alert(1)) [JS](JaVaScRiPt:alert(1)) [sp]( javascript:x) [vb](vbscript:msgbox)\n",
                "[data](data:text/html,<script>alert(1)</script>) [file](file:///etc/passwd) [ftp](ftp://x/)\n",
                "[mail](mailto:sam@example.com) [tel](tel:+1-555-0100) [http](HTTP://EXAMPLE.COM)\n",
                "[tab](java\tscript:x) [ent](javascript&#58;alert(1)) [esc](javascript\\:alert(1))\n",
                "![alt](https://example.com/a.png \"Title\") ![](empty-alt.png) ![*rich* `alt` [x](y)](p.png)\n",
                "![js](javascript:alert(1)) ![JS](JAVASCRIPT:alert(1)) ![data](data:image/png;base64,AAAA)\n",
                "<https://example.com/?a=1&b=2> <mailto:sam@example.com> <sam@example.com> <javascript:alert(1)>\n",
                "<ftp://example.com/> <HTTP://X.COM> <a+b:c>\n",
                "See https://example.com/x?y=1&z=2, www.example.com and sam@example.com.\n",
                "Trailing punctuation https://example.com/a). www.example.com/path. (https://example.com/b)\n",
                "Autolinks in *em https://example.com/ em* and `https://example.com/ code`\n",
                "[ref] [text][ref] [collapsed][] ![img][ref] ![imgtext][img]\n\n[ref]: https://example.com/ref \"Ref title\"\n[collapsed]: /c\n[img]: /i.png 'Img'\n",
                "[undefined] [text][undefined] ![undefined] ![x][undefined] [][] [a]b\n",
                "[jsref]\n\n[jsref]: javascript:alert(1)\n",
                "[ftpref] ![ftpimg][ftpref]\n\n[ftpref]: ftp://example.com/x\n",
                "[dup]\n\n[dup]: /first\n[dup]: /second\n",
                "[Ref With Case]\n\n[ref with   case]: <https://example.com/a b> (title)\n",
                "Entities &amp; &lt; &gt; &quot; &copy; &nbsp; &#169; &#xA9; &#X41; &bogus; & &#; &#x; &#99999999;\n",
                "Escapes \\* \\_ \\` \\\\ \\< \\> \\& \\[ \\] \\# \\| \\~ \\a\n",
                "<script>alert('x')</script>\n",
                "Hi <script>alert(1)</script> and <img src=x onerror=alert(1)> and <a href=\"javascript:x\">a</a>\n",
                "<div>\n  <p>block</p>\n\n</div>\n",
                "<div>\n*not emphasis*\n</div>\n",
                "<script>\na\n\n\n\nb\n</script>\n",
                "<!-- comment -->\n\ntext <!-- inline comment --> more\n",
                "<!--\nmulti\n\n\nline\n-->\n",
                "<?php echo 1; ?>\n\n<!DOCTYPE html>\n\n<![CDATA[ x ]]>\n",
                "<pre>\n  pre\n\n\n  block\n</pre>\n",
                "<style>\n  body { x: y }\n</style>\n",
                "<table><tr><td>\n\n**md**\n\n</td></tr></table>\n",
                "text <span\nclass=\"x\">split tag</span>\n",
                "Mixed `code with <tags> & \"quotes\"` and ``double `tick` code``\n",
                "`  spaced  code  ` and `\ncode\nacross\nlines\n`\n",
                "Quotes \"double\" 'single' and apostrophe's\n",
                "Unicode: ünïcödé, 中文, العربية, emoji 🎉, zero-width\u200bspace, nbsp\u00a0here, line\u2028sep\n",
                "Control \u0001 \u0007 \u001f \u007f chars\n",
                "~single tilde~ ~~double~~ ~~~triple~~~\n",
                "**unclosed *mixed _markers\n",
                "*a **b** c* _a __b__ c_ ***x*** ___y___\n",
                "Line ending with backslash\\",
                "Two spaces at end  ",
                "&#32;leading entity space\n\nafter  \n&#32;&#32;entity spaces after break\n",
                "a  \n&#9;tab entity after break\n",
                "para\n&#32;\n&#32;\n&#32;\nafter\n",
                "- item\n\n      indented code in item\n",
                "> - a\n>\n>   b\n",
                "1. a\n\n   ```\n   code\n   ```\n2. b\n",
                "Title\n=\n\n* * *\n\n[a]: /u\n",
                "[a](/u \"multi\nline\n   title\")\n",
                "![a](/u \"multi\n\n\ntitle\")\n",
                "[a\nb](/u)\n",
                "x\n\n\n\n\n\ny\n",
                "<div>\n\t<p>tab indented</p>\n \t  mixed\n</div>\n");
    }

    /** The text files of a directory tree, read as UTF-8 (bad bytes replaced), in path order. */
    static List<String> files(Path root, String suffix) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(root)) {
            List<String> texts = new ArrayList<>();
            for (Path path : paths.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(suffix)).sorted()
                    .toList()) {
                texts.add(new String(Files.readAllBytes(path), StandardCharsets.UTF_8));
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String[] WORDS = {"cache", "latency", "p99", "throughput", "Über", "café", "naïve", "日本語",
        "😀", "x", "API", "GC", "it's", "\"quoted\"", "a<b", "c>d", "R&D", "50%", "C#", "C++", "node.js", "v1.2.3",
        "1:2", "a/b", "under_score", "snake_case_name", "*star", "dash-", "--", "...", "(paren)", "[bracket]",
        "{brace}", "$5", "#hash", "@handle", "~tilde", "^caret", "|pipe|", "back\\slash", "\t", "é\u0301"};

    private static final String[] URLS = {"https://example.com/", "https://example.com/a?b=1&c=2", "http://x.example.com/p#f",
        "../stories/s.html", "#top", "mailto:sam@example.com", "tel:+1-555-0100", "javascript:alert(1)",
        "JavaScript:alert(1)", "data:text/html,<b>x</b>", "vbscript:x", "ftp://example.com/", "/abs/path",
        "a b", "<a b>", "https://example.com/%20x", "https://example.com/é", "\\*esc", "&amp;x", "java\\:script"};

    private static final String[] TITLES = {"", " \"Title\"", " 'single'", " (paren)", " \"a & b <c>\"",
        " \"it's \\\"q\\\"\"", " \"multi\nline\""};

    /** A random document of {@code blocks} blocks built from the constructs above. */
    static String document(Random random, int blocks) {
        StringBuilder md = new StringBuilder();
        for (int i = 0; i < blocks; i++) {
            block(random, md, 0);
            md.append(random.nextInt(5) == 0 ? "\n" : "\n\n");
        }
        String text = md.toString();
        if (random.nextInt(8) == 0) {
            text = text.replace("\n", "\r\n");
        }
        if (random.nextInt(10) == 0) {
            text = text.stripTrailing();
        }
        return text;
    }

    private static void block(Random random, StringBuilder md, int depth) {
        switch (random.nextInt(depth > 2 ? 5 : 16)) {
            case 0, 1, 2 -> paragraph(random, md);
            case 3 -> md.append("#".repeat(1 + random.nextInt(7))).append(random.nextBoolean() ? " " : "")
                    .append(inline(random, 1 + random.nextInt(5)));
            case 4 -> md.append(inline(random, 2)).append(random.nextBoolean() ? "\n===" : "\n---");
            case 5 -> {
                String fence = random.nextBoolean() ? "```" : "~~~";
                md.append(fence).append(random.nextBoolean() ? "" : pick(random, WORDS) + (random.nextBoolean() ? " x" : ""))
                        .append('\n');
                for (int i = random.nextInt(4); i >= 0; i--) {
                    md.append(random.nextInt(4) == 0 ? "" : inline(random, 3)).append('\n');
                }
                if (random.nextInt(6) != 0) {
                    md.append(fence);
                }
            }
            case 6 -> {
                for (int i = random.nextInt(3); i >= 0; i--) {
                    md.append(random.nextBoolean() ? "    " : "\t").append(inline(random, 2)).append('\n');
                    if (random.nextInt(3) == 0) {
                        md.append(random.nextBoolean() ? "\n" : "    \n");
                    }
                }
            }
            case 7, 8 -> list(random, md, depth);
            case 9 -> {
                StringBuilder inner = new StringBuilder();
                for (int i = random.nextInt(3); i >= 0; i--) {
                    block(random, inner, depth + 1);
                    inner.append(random.nextBoolean() ? "\n" : "\n\n");
                }
                for (String line : inner.toString().split("\n", -1)) {
                    md.append(random.nextInt(8) == 0 ? "" : ">").append(random.nextBoolean() ? " " : "").append(line)
                            .append('\n');
                }
            }
            case 10 -> table(random, md);
            case 11 -> md.append(pick(random, new String[] {"<div>\n  <p>x</p>\n</div>", "<script>\nalert(1)\n\n\nx\n</script>",
                "<!-- c -->", "<!--\n\n\n-->", "<pre>\n  a\n\n\n  b\n</pre>", "<img src=x onerror=alert(1)>",
                "<?x ?>", "<!X y>", "<![CDATA[\n a \n]]>", "<style>p{}</style>", "<a href=\"javascript:x\">\n\t y\n</a>",
                "<table>\n<tr><td>*x*</td></tr>\n</table>", "</div>\n  indented"}));
            case 12 -> md.append(pick(random, new String[] {"---", "***", "___", "* * *", "- - -"}));
            case 13 -> md.append('[').append(pick(random, new String[] {"ref", "Ref", "img", "x", "a b"})).append("]: ")
                    .append(pick(random, URLS)).append(pick(random, TITLES));
            case 14 -> md.append("- [").append(pick(random, new String[] {" ", "x", "X"})).append("] ")
                    .append(inline(random, 3));
            default -> md.append(soup(random, 1 + random.nextInt(40)));
        }
    }

    private static void paragraph(Random random, StringBuilder md) {
        for (int i = random.nextInt(3); i >= 0; i--) {
            md.append(inline(random, 1 + random.nextInt(10)));
            if (i > 0) {
                md.append(pick(random, new String[] {"\n", "\n", "  \n", "\\\n", " \n", "\t\n"}));
            }
        }
    }

    private static void list(Random random, StringBuilder md, int depth) {
        boolean ordered = random.nextBoolean();
        int start = random.nextInt(4) == 0 ? random.nextInt(12) : 1;
        String marker = pick(random, ordered ? new String[] {".", ")"} : new String[] {"-", "*", "+"});
        boolean loose = random.nextInt(3) == 0;
        for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
            String bullet = ordered ? (start + i) + marker + " " : marker + " ";
            String indent = " ".repeat(bullet.length());
            md.append(bullet);
            if (random.nextInt(4) == 0) {
                md.append("[").append(random.nextBoolean() ? " " : "x").append("] ");
            }
            md.append(inline(random, 1 + random.nextInt(5))).append('\n');
            if (depth < 3 && random.nextInt(4) == 0) {
                StringBuilder inner = new StringBuilder();
                if (random.nextBoolean()) {
                    inner.append('\n');
                }
                block(random, inner, depth + 1);
                for (String line : inner.toString().split("\n", -1)) {
                    md.append(line.isEmpty() ? "" : indent).append(line).append('\n');
                }
            }
            if (loose) {
                md.append('\n');
            }
        }
    }

    private static void table(Random random, StringBuilder md) {
        int columns = 1 + random.nextInt(4);
        md.append(row(random, columns)).append('\n').append('|');
        for (int i = 0; i < columns; i++) {
            md.append(pick(random, new String[] {"---", ":--", ":-:", "--:", "-"})).append('|');
        }
        md.append('\n');
        for (int i = random.nextInt(4); i > 0; i--) {
            md.append(row(random, columns + random.nextInt(3) - 1)).append('\n');
        }
        if (random.nextInt(4) == 0) {
            md.append('[').append(inline(random, 2)).append("]\n");
        }
    }

    private static String row(Random random, int columns) {
        StringBuilder row = new StringBuilder("|");
        for (int i = 0; i < columns; i++) {
            row.append(' ').append(random.nextInt(6) == 0 ? "" : inline(random, 1 + random.nextInt(3))
                    .replace("\n", " ")).append(random.nextInt(8) == 0 ? " ||" : " |");
        }
        return row.toString();
    }

    /** A run of {@code words} words and inline constructs. */
    static String inline(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                text.append(random.nextInt(12) == 0 ? "  " : " ");
            }
            text.append(switch (random.nextInt(30)) {
                case 0 -> "*" + pick(random, WORDS) + "*";
                case 1 -> "**" + pick(random, WORDS) + " " + pick(random, WORDS) + "**";
                case 2 -> "_" + pick(random, WORDS) + "_";
                case 3 -> "~~" + pick(random, WORDS) + "~~";
                case 4 -> "`" + pick(random, WORDS) + " " + pick(random, new String[] {"<b>", "&amp;", "a  b", "\"q\""}) + "`";
                case 5 -> "[" + pick(random, WORDS) + "](" + pick(random, URLS) + pick(random, TITLES) + ")";
                case 6 -> "![" + pick(random, WORDS) + "](" + pick(random, URLS) + pick(random, TITLES) + ")";
                case 7 -> pick(random, new String[] {"[ref]", "[x][ref]", "![img][ref]", "[Ref][]", "[undefined]",
                    "[a][undefined]", "![y][img]", "[a b]"});
                case 8 -> pick(random, new String[] {"https://example.com/a?b=1&c=2", "www.example.com",
                    "sam@example.com", "<https://example.com/>", "<sam@example.com>", "<javascript:alert(1)>",
                    "http://x.example.com/p.", "(https://example.com/)", "ftp://example.com/x"});
                case 9 -> pick(random, new String[] {"&amp;", "&copy;", "&#169;", "&#x41;", "&bogus;", "&", "&#32;",
                    "&nbsp;", "&quot;", "&lt;script&gt;"});
                case 10 -> pick(random, new String[] {"<b>bold</b>", "<script>alert(1)</script>", "<!-- c -->",
                    "<img src=x onerror=alert(1)>", "<a href=\"javascript:x\">", "</i>", "<br>", "<x\ny>"});
                case 11 -> pick(random, new String[] {"\\*", "\\\\", "\\<", "\\&", "\\[", "\\`", "\\a", "\\_"});
                case 12 -> soup(random, 1 + random.nextInt(6));
                default -> pick(random, WORDS);
            });
        }
        return text.toString();
    }

    private static final String SOUP = "**__~~``[]()!<>&#;\\|-+.:\"' \t\n\n=abcxyz019é😀/@%";

    /** Random characters that mean something to Markdown or HTML. */
    static String soup(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int at = random.nextInt(SOUP.length());
            char c = SOUP.charAt(at);
            if (Character.isHighSurrogate(c)) {
                text.append(c).append(SOUP.charAt(at + 1));
            } else if (!Character.isLowSurrogate(c)) {
                text.append(c);
            }
        }
        return text.toString();
    }

    private static String pick(Random random, String[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
