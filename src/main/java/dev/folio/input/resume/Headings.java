package dev.folio.input.resume;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The section-heading dictionary: "WORK HISTORY:", "E D U C A T I O N", "## Skills" and the like. */
final class Headings {

    private static final Map<String, SectionKind> KNOWN = new HashMap<>();

    static {
        add(SectionKind.CONTACT, "contact", "contact info", "contact information", "contact details", "personal details",
                "personal information");
        add(SectionKind.SUMMARY, "summary", "professional summary", "career summary", "executive summary", "profile",
                "professional profile", "career profile", "about", "about me", "objective", "career objective",
                "overview", "personal statement", "summary of qualifications", "introduction", "bio");
        add(SectionKind.EXPERIENCE, "experience", "work experience", "professional experience", "employment",
                "employment history", "work history", "career history", "relevant experience", "professional background",
                "industry experience", "technical experience", "engineering experience", "career", "positions",
                "professional history", "work", "experience highlights", "selected experience", "internships",
                "internship experience", "work and leadership experience", "research experience",
                "teaching experience", "professional employment");
        add(SectionKind.EDUCATION, "education", "academic background", "education and training", "academics",
                "academic history", "education history", "educational background", "academic qualifications",
                "education and certifications", "degrees", "schooling");
        add(SectionKind.SKILLS, "skills", "technical skills", "core skills", "key skills", "top skills",
                "core competencies", "competencies", "technologies", "tech stack", "technical stack", "tools",
                "tools and technologies", "technologies and tools", "skills and tools", "technical proficiencies",
                "proficiencies", "expertise", "areas of expertise", "technical expertise", "skill set", "skillset",
                "skills and technologies", "skills and expertise", "technical summary", "technical competencies",
                "programming skills", "computer skills", "skills and interests", "stack");
        add(SectionKind.PROJECTS, "projects", "personal projects", "selected projects", "side projects", "key projects",
                "academic projects", "open source", "open source projects", "open source contributions",
                "notable projects", "project experience", "technical projects", "project highlights", "portfolio");
        add(SectionKind.AWARDS, "awards", "honors", "honours", "honors and awards", "awards and honors",
                "honours and awards", "awards and achievements", "achievements", "accomplishments", "recognition",
                "honors awards", "key achievements", "awards and recognition", "scholarships");
        add(SectionKind.LANGUAGES, "languages", "spoken languages", "language skills", "language");
        add(SectionKind.OTHER, "certifications", "certificates", "certification", "licenses and certifications",
                "licenses certifications", "courses", "coursework", "relevant coursework", "training",
                "publications", "patents", "talks", "speaking", "presentations", "volunteer", "volunteering",
                "volunteer experience", "volunteer work", "community", "leadership", "activities",
                "extracurricular activities", "leadership and activities", "interests", "hobbies",
                "hobbies and interests", "references", "additional information", "additional", "miscellaneous",
                "affiliations", "memberships", "professional memberships", "research", "teaching");
    }

    static {
        // German, French, Spanish, Portuguese, Italian and Dutch headings
        add(SectionKind.CONTACT, "kontakt", "persönliche daten", "coordonnées", "contacto", "datos personales", "contato",
                "dados pessoais", "contatti", "contactgegevens", "persoonlijke gegevens");
        add(SectionKind.SUMMARY, "profil", "über mich", "zusammenfassung", "kurzprofil", "à propos", "à propos de moi",
                "résumé", "perfil", "perfil profesional", "resumen", "sobre mí", "perfil profissional", "resumo",
                "sobre mim", "profilo", "profilo professionale", "sommario", "profiel", "over mij");
        add(SectionKind.EXPERIENCE, "berufserfahrung", "berufliche erfahrung", "beruflicher werdegang", "werdegang",
                "erfahrung", "praxiserfahrung", "expérience professionnelle", "expériences professionnelles",
                "expérience", "expériences", "parcours professionnel", "experiencia", "experiencia profesional",
                "experiencia laboral", "experiência", "experiência profissional", "esperienza professionale",
                "esperienze professionali", "esperienza lavorativa", "esperienze", "werkervaring", "ervaring");
        add(SectionKind.EDUCATION, "ausbildung", "bildung", "bildungsweg", "studium", "akademische ausbildung",
                "formation", "formations", "éducation", "diplômes", "educación", "formación", "formación académica",
                "estudios", "educação", "formação", "formação acadêmica", "istruzione", "formazione", "opleiding",
                "opleidingen");
        add(SectionKind.SKILLS, "kenntnisse", "fähigkeiten", "technische kenntnisse", "kompetenzen", "it kenntnisse",
                "compétences", "compétences techniques", "habilidades", "competencias", "conocimientos", "competências",
                "competenze", "competenze tecniche", "vaardigheden");
        add(SectionKind.PROJECTS, "projekte", "projets", "proyectos", "projetos", "progetti", "projecten");
        add(SectionKind.AWARDS, "auszeichnungen", "distinctions", "prix", "premios", "logros", "prêmios", "premi",
                "riconoscimenti", "prijzen");
        add(SectionKind.LANGUAGES, "sprachen", "sprachkenntnisse", "langues", "idiomas", "línguas", "lingue", "talen");
        add(SectionKind.OTHER, "zertifikate", "zertifizierungen", "weiterbildung", "interessen", "hobbys", "ehrenamt",
                "veröffentlichungen", "centres d'intérêt", "intérêts", "loisirs", "certificaciones", "cursos",
                "intereses", "publicaciones", "voluntariado", "certificações", "interesses", "certificazioni",
                "interessi", "certificaten");
    }

    private Headings() {}

    private static void add(SectionKind kind, String... names) {
        for (String name : names) {
            KNOWN.put(key(name), kind);
        }
    }

    /** The kind a heading names, if the text is one. */
    static Optional<SectionKind> kind(String text) {
        if (text.length() > 60) {
            return Optional.empty();
        }
        String key = key(text);
        if (key.isEmpty() || key.split(" ").length > 6) {
            return Optional.empty();
        }
        return Optional.ofNullable(KNOWN.get(key));
    }

    /** Lower case, {@code &} as "and", letters only, single spaces; "E D U C A T I O N" joined. */
    static String key(String text) {
        String s = text.toLowerCase(Locale.ROOT).replace("&", " and ");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(Character.isLetter(c) ? c : ' ');
        }
        String key = out.toString().strip().replaceAll(" +", " ");
        String[] words = key.split(" ");
        if (words.length >= 4) {
            boolean spaced = true;
            for (String w : words) {
                spaced &= w.length() == 1;
            }
            if (spaced) {
                key = String.join("", words);
            } else if (text.contains("  ")) {
                key = String.join(" ", spacedWords(text.toLowerCase(Locale.ROOT)));
            }
        }
        return key;
    }

    /** "W O R K  H I S T O R Y" → [work, history]. */
    private static java.util.List<String> spacedWords(String text) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String group : text.strip().split(" {2,}")) {
            out.add(group.replace(" ", "").replaceAll("[^\\p{L}]", ""));
        }
        return out;
    }

    /** "WORK HISTORY:" → "Work History"; other text as written, without a final colon. */
    static String title(String text) {
        String t = text.strip().replaceAll("[:\\s]+$", "");
        if (t.equals(t.toUpperCase(Locale.ROOT)) && t.chars().anyMatch(Character::isLetter)) {
            if (key(t).indexOf(' ') < 0 && t.contains(" ") && t.replace(" ", "").length() * 2 - 1 <= t.length() + 1) {
                t = t.replace(" ", "");
            }
            return Words.titleCase(t);
        }
        return t;
    }
}
