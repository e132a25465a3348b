package dev.folio.input.resume;

import java.util.Locale;
import java.util.Set;

/** Word lists that tell a job title from an employer, and a person's name from other short lines. */
final class Words {

    private static final Set<String> TITLE = Set.of("engineer", "engineers", "developer", "programmer", "architect",
            "scientist", "analyst", "consultant", "manager", "director", "lead", "leader", "head", "intern",
            "internship", "trainee", "apprentice", "designer", "administrator", "admin", "specialist", "technician",
            "officer", "president", "vp", "cto", "ceo", "cfo", "coo", "cio", "ciso", "founder", "co-founder",
            "cofounder", "owner", "researcher", "assistant", "associate", "fellow", "contractor", "freelancer",
            "sre", "sde", "swe", "mts", "tester", "writer", "editor", "instructor", "teacher", "professor", "lecturer",
            "tutor", "coordinator", "strategist", "evangelist", "advocate", "principal", "devops", "qa", "staff",
            "member", "chief", "supervisor", "representative", "student", "ta", "postdoc", "maintainer",
            "hacker", "practitioner", "partner", "executive", "secretary", "chair", "volunteer", "mentor",
            "ambassador", "operator", "investigator", "planner", "producer", "steward", "ii", "iii", "iv",
            // German, French, Spanish, Portuguese, Italian
            "ingenieur", "ingenieurin", "entwickler", "entwicklerin", "softwareentwickler", "softwareentwicklerin",
            "softwareingenieur", "softwareingenieurin", "architekt", "architektin", "leiter", "leiterin", "berater",
            "beraterin", "praktikant", "praktikantin", "werkstudent", "werkstudentin", "wissenschaftler",
            "wissenschaftlerin", "ingénieur", "ingénieure", "développeur", "développeuse", "architecte", "stagiaire",
            "chercheur", "chercheuse", "analyste", "responsable", "ingeniero", "ingeniera", "desarrollador",
            "desarrolladora", "programador", "programadora", "arquitecto", "arquitecta", "consultor", "consultora",
            "becario", "becaria", "investigador", "investigadora", "analista", "jefe", "jefa", "gerente",
            "engenheiro", "engenheira", "desenvolvedor", "desenvolvedora", "estagiário", "estagiária", "ingegnere",
            "sviluppatore", "sviluppatrice", "tirocinante");
    /** Words that are titles only in company of another title word ("Staff Engineer", not "Staff"). */
    private static final Set<String> WEAK_TITLE = Set.of("staff", "member", "partner", "associate", "principal",
            "ii", "iii", "iv", "head", "owner", "volunteer", "student", "lead", "chief");
    private static final Set<String> ORG = Set.of("inc", "llc", "llp", "ltd", "limited", "corp", "corporation",
            "co", "company", "gmbh", "ag", "sa", "sas", "srl", "bv", "plc", "pvt", "pte", "pty", "oy", "ab", "as",
            "labs", "lab", "technologies", "technology", "systems", "solutions", "group", "holdings", "studios",
            "studio", "games", "media", "bank", "capital", "ventures", "networks", "health", "healthcare",
            "university", "college", "institute", "school", "academy", "foundation", "agency", "consulting",
            "analytics", "robotics", "digital", "interactive", "industries", "enterprises", "services", "logistics",
            "financial", "finance", "insurance", "energy", "telecom", "communications", "pharmaceuticals", "motors",
            "airlines", "hospital", "clinic", "council", "department", "ministry", "government", "bureau", "society",
            "association", "works", "software", "apps", "platforms", "dynamics", "partners", "commerce", "retail",
            "markets", "market", "payments", "security", "cloud", "data", "ai", "international", "global",
            "worldwide", "devices", "medical", "freight", "freightworks", "press", "publishing", "records",
            "entertainment", "consultancy", "gaming", "learning", "education", "brands", "foods", "store", "stores",
            "sl", "slu", "s.l", "s.a", "sarl", "spa", "s.p.a", "ltda", "kg", "ug", "nv", "universität", "université",
            "universidad", "universidade", "università", "hochschule", "école", "escuela");
    private static final Set<String> REMOTE = Set.of("remote", "hybrid", "on-site", "onsite", "on site",
            "remote-first", "fully remote", "work from home", "wfh", "anywhere", "various", "multiple locations");
    private static final Set<String> EMPLOYMENT = Set.of("full-time", "full time", "fulltime", "part-time",
            "part time", "contract", "contractor", "internship", "freelance", "self-employed", "self employed",
            "temporary", "seasonal", "apprenticeship", "permanent", "contract to hire", "co-op", "volunteer",
            "full-time contract", "part-time contract");
    private static final Set<String> NAME_PARTICLES = Set.of("de", "da", "del", "della", "der", "den", "van",
            "von", "la", "le", "di", "du", "bin", "binti", "al", "el", "dos", "das", "ter", "ten", "y", "st.");

    private Words() {}

    static String[] tokens(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}&+#.'-]+", " ").strip();
        return s.isEmpty() ? new String[0] : s.split(" ");
    }

    private static String bare(String token) {
        return token.replaceAll("^[.'-]+|[.'-]+$", "");
    }

    /** Holds a job-title word: "Senior Backend Engineer", "Staff SRE", "Head of Data". */
    static boolean isTitle(String text) {
        int strong = 0;
        int weak = 0;
        for (String t : tokens(text)) {
            String b = bare(t);
            String one = TITLE.contains(b) ? b : b.replaceAll("s$", "");
            if (TITLE.contains(one)) {
                if (WEAK_TITLE.contains(one)) {
                    weak++;
                } else {
                    strong++;
                }
            }
        }
        return strong > 0 || weak > 1;
    }

    /** Words that name an area of work, as in "Senior Engineer, Payments Platform". */
    private static final Set<String> AREA = Set.of("infrastructure", "infra", "platform", "platforms", "payments",
            "payment", "backend", "back-end", "frontend", "front-end", "full-stack", "fullstack", "data", "ml", "ai",
            "machine", "learning", "security", "growth", "search", "ads", "advertising", "mobile", "ios", "android",
            "web", "cloud", "devops", "sre", "reliability", "core", "api", "apis", "billing", "identity", "developer",
            "productivity", "tooling", "tools", "systems", "distributed", "storage", "networking", "network",
            "observability", "ranking", "recommendations", "messaging", "commerce", "e-commerce", "checkout", "fraud",
            "risk", "analytics", "integrations", "services", "ux", "ui", "quality", "qa", "test", "automation",
            "release", "build", "compilers", "databases", "database", "kernel", "firmware", "embedded", "graphics",
            "maps", "video", "media", "streaming", "real-time", "realtime", "operations", "marketplace", "logistics",
            "performance", "compute", "edge", "privacy", "trust", "safety", "&", "and", "/");

    /** Only words that name an area of work: "Infrastructure", "Payments Platform", "Trust & Safety". */
    static boolean isArea(String text) {
        String[] tokens = tokens(text);
        if (tokens.length == 0 || tokens.length > 4) {
            return false;
        }
        for (String t : tokens) {
            if (!AREA.contains(bare(t)) && !AREA.contains(t)) {
                return false;
            }
        }
        return true;
    }

    /** Holds a word that names an organisation: "Inc", "Labs", "University", "Pvt Ltd". */
    static boolean isOrg(String text) {
        for (String t : tokens(text)) {
            if (ORG.contains(bare(t))) {
                return true;
            }
        }
        return false;
    }

    static boolean isRemote(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[()]", "").strip();
        return REMOTE.contains(s);
    }

    static boolean isEmployment(String text) {
        return EMPLOYMENT.contains(text.toLowerCase(Locale.ROOT).replaceAll("[()]", "").strip());
    }

    /**
     * Looks like a person's name: two to five words, each capitalised (or all capitals), letters with
     * {@code . ' -} only, no title, employer or place words.
     */
    static boolean isName(String text) {
        String s = text.strip();
        if (s.length() < 4 || s.length() > 50) {
            return false;
        }
        String[] words = s.split("\\s+");
        if (words.length < 2 || words.length > 5) {
            return false;
        }
        int real = 0;
        for (String w : words) {
            if (NAME_PARTICLES.contains(w.toLowerCase(Locale.ROOT)) && real > 0) {
                continue;
            }
            if (!w.matches("[\\p{Lu}][\\p{L}'’.-]*") || w.length() > 20) {
                return false;
            }
            real++;
        }
        if (real < 2 || isTitle(s) || isOrg(s) || Places.isPlace(s) || Headings.kind(s).isPresent()) {
            return false;
        }
        for (String w : words) {
            if (Places.isRegion(w) || Places.isCountry(w)) {
                return false;
            }
        }
        return true;
    }

    /** "PRIYA RAMAN" → "Priya Raman"; "MBEKI-LARSSON" → "Mbeki-Larsson". */
    static String titleCase(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean start = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
                start = false;
            } else {
                out.append(c);
                start = c == ' ' || c == '-' || c == '\'' || c == '’' || c == '(' || c == '/';
            }
        }
        return out.toString();
    }

    static boolean allCaps(String text) {
        boolean letters = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }

    static int wordCount(String text) {
        String s = text.strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }
}
