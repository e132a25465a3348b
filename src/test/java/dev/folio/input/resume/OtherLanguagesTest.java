package dev.folio.input.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.folio.profile.Metric;
import dev.folio.profile.Profile;
import dev.folio.profile.Work;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Résumés with German, French and Spanish headings, month names and "until today". */
class OtherLanguagesTest {

    private static String role(Work w) {
        return w.position() + " | " + w.name() + " | " + w.startDate().map(Object::toString).orElse("") + " – "
                + w.endDate().map(Object::toString).orElse("");
    }

    @Test
    void german() {
        Profile p = ResumeReader.readText("""
                Lena Beispiel
                lena@example.com | +49 30 5550142

                BERUFSERFAHRUNG

                Senior Softwareentwicklerin | Beispiel GmbH | März 2021 – heute
                - Latenz der Such-API von 420 ms auf 95 ms gesenkt

                Softwareentwicklerin | Muster AG | 05/2017 – 02/2021
                - Zahlungsdienst auf Kafka umgestellt

                AUSBILDUNG

                M.Sc. Informatik | Technische Universität Berlin | 2015 – 2017

                KENNTNISSE

                Java, Kotlin, Kafka, PostgreSQL
                """).profile();
        assertEquals(List.of("Senior Softwareentwicklerin | Beispiel GmbH | 2021-03 – ",
                "Softwareentwicklerin | Muster AG | 2017-05 – 2021-02"), p.work().stream().map(OtherLanguagesTest::role).toList());
        assertEquals("Technische Universität Berlin", p.education().get(0).institution());
        assertEquals(List.of("Java", "Kotlin", "Kafka", "PostgreSQL"), p.skills().get(0).keywords());
        Metric latency = p.metrics().get(0);
        assertEquals(List.of("Latenz der Such-API", "420", "95", "ms"),
                List.of(latency.label(), latency.before(), latency.after(), latency.unit()));
    }

    @Test
    void frenchAndSpanish() {
        Profile fr = ResumeReader.readText("""
                Camille Exemple
                camille@example.com

                EXPÉRIENCE PROFESSIONNELLE

                Ingénieure logiciel | Exemple SA | janv. 2020 – aujourd'hui
                - Temps de build réduit de 40 min à 6 min

                FORMATION

                Master Informatique | Université Exemple | 2017 – 2019
                """).profile();
        assertEquals(List.of("Ingénieure logiciel | Exemple SA | 2020-01 – "), fr.work().stream().map(OtherLanguagesTest::role).toList());
        assertEquals(1, fr.education().size());
        assertEquals(List.of("40 min", "6 min"), List.of(fr.metrics().get(0).before() + " " + fr.metrics().get(0).unit(),
                fr.metrics().get(0).after() + " " + fr.metrics().get(0).unit()));

        Profile es = ResumeReader.readText("""
                Lucía Ejemplo
                lucia@example.com

                EXPERIENCIA PROFESIONAL

                Ingeniera de software | Ejemplo SL | ago 2018 – actualidad
                - Migró la facturación a Kafka

                EDUCACIÓN

                Grado en Informática | Universidad Ejemplo | 2014 – 2018
                """).profile();
        assertEquals(List.of("Ingeniera de software | Ejemplo SL | 2018-08 – "), es.work().stream().map(OtherLanguagesTest::role).toList());
        assertEquals(1, es.education().size());
    }
}
