package dev.folio.input.resume;

import dev.folio.profile.SkillGroup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** "Label: a, b, c" lines → stack groups; unlabelled lines join a group named after the heading. */
final class SkillsReader {

    /** Names written as one word with inner capitals, kept whole when run-together text is cut apart. */
    private static final Set<String> CAMEL = Set.of("JavaScript", "TypeScript", "CoffeeScript", "PostgreSQL", "MySQL",
            "NoSQL", "GraphQL", "MongoDB", "DynamoDB", "CouchDB", "InfluxDB", "RocksDB", "CockroachDB", "TimescaleDB",
            "DuckDB", "GitHub", "GitLab", "BitBucket", "Bitbucket", "LinkedIn", "RabbitMQ", "ActiveMQ", "ZeroMQ",
            "FastAPI", "OpenAPI", "OpenTelemetry", "OpenSearch", "ElasticSearch", "ClickHouse", "BigQuery",
            "CloudFormation", "CloudFront", "CloudWatch", "DevOps", "GitOps", "MLOps", "FinOps", "SecOps", "ArgoCD",
            "CircleCI", "TeamCity", "TravisCI", "IntelliJ", "PyTorch", "TensorFlow", "NumPy", "SciPy", "LangChain",
            "OpenCV", "OpenAI", "HuggingFace", "JUnit", "TestNG", "PowerShell", "PowerBI", "SageMaker", "QuickSight",
            "WebSockets", "WebSocket", "WebAssembly", "WebGL", "WebRTC", "NestJS", "NextJS", "NodeJS", "ReactJS",
            "VueJS", "ExpressJS", "SpringBoot", "HashiCorp", "OAuth", "iOS", "macOS", "tvOS", "watchOS", "gRPC",
            "SQLite", "SQLServer", "JavaEE", "ASP.NET", "VMware", "VirtualBox", "SwiftUI", "UIKit", "CoreData",
            "GitHubActions", "NetSuite", "SalesForce", "ServiceNow", "PagerDuty", "DataDog", "Datadog", "NewRelic",
            "SonarQube", "JMeter", "LaTeX", "MATLAB", "LabVIEW", "AutoCAD", "SolidWorks", "PhD", "OpenShift",
            "MariaDB", "CosmosDB", "FoundationDB", "ScyllaDB", "YugabyteDB", "MinIO", "KeyDB", "SvelteKit",
            "TailwindCSS", "jQuery", "WordPress", "WooCommerce", "PyPI", "JetBrains", "XCode", "Xcode", "VSCode",
            "CI/CD", "ScalaTest", "SnowSQL", "dbt", "pandas", "scikit-learn", "ElasticCache", "ElastiCache",
            "EventBridge", "AppSync", "RxJava", "RxJS", "OkHttp", "LightGBM", "XGBoost", "CatBoost", "MLflow");

    private SkillsReader() {}

    static List<SkillGroup> read(Block section, Usage usage, Reviews reviews, int offset) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        String defaultName = section.title.isEmpty() ? "Skills" : section.title;
        String open = null;
        for (SourceLine line : section.content()) {
            if (line.blank()) {
                continue;
            }
            String text = line.text();
            int colon = text.indexOf(':');
            String name;
            String values;
            if (colon > 0 && colon <= 40 && Words.wordCount(text.substring(0, colon)) <= 5) {
                name = text.substring(0, colon).strip();
                values = text.substring(colon + 1);
            } else if (open != null && !line.bullet()) {
                name = open;
                values = text;
            } else {
                name = defaultName;
                values = text;
            }
            List<String> items = new ArrayList<>();
            for (String item : Splitter.list(values)) {
                String s = Splitter.trim(item).replaceAll("\\.$", "");
                if (s.isEmpty()) {
                    continue;
                }
                List<String> cut = runTogether(s);
                if (cut.size() > 1) {
                    reviews.add("skills", "\"" + s + "\" was written without separators and cut apart at its capitals; check the pieces");
                }
                items.addAll(cut);
            }
            if (items.isEmpty()) {
                usage.skip(line, "a skills line with nothing after its label");
                continue;
            }
            List<String> group = groups.computeIfAbsent(name, k -> new ArrayList<>());
            for (String item : items) {
                if (!group.contains(item) && item.length() <= 80) {
                    group.add(item);
                }
            }
            usage.use(line);
            open = values.strip().endsWith(",") ? name : null;
        }
        List<SkillGroup> out = new ArrayList<>();
        groups.forEach((name, keywords) -> {
            if (!keywords.isEmpty()) {
                out.add(new SkillGroup(name, keywords));
            }
        });
        return out;
    }

    /**
     * "ReactTypeScriptGraphQLAccessibility" → [React, TypeScript, GraphQL, Accessibility]: cut where a
     * lower-case letter meets a capital (or a capital run meets a word), then glue known names back.
     */
    static List<String> runTogether(String s) {
        if (s.length() < 12 || s.contains(" ") && s.length() < 30) {
            return List.of(s);
        }
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < s.length(); i++) {
            char a = s.charAt(i - 1);
            char b = s.charAt(i);
            boolean cut = (Character.isLowerCase(a) || a == '.' && i > 1 && Character.isLowerCase(s.charAt(i - 2))
                    && i >= 3 && s.charAt(i - 3) != ' ') && Character.isUpperCase(b)
                    || Character.isUpperCase(a) && Character.isUpperCase(b) && i + 1 < s.length()
                    && Character.isLowerCase(s.charAt(i + 1)) && i - start > 1;
            if (cut) {
                pieces.add(s.substring(start, i));
                start = i;
            }
        }
        pieces.add(s.substring(start));
        if (pieces.size() < 3) {
            return List.of(s);
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < pieces.size()) {
            String best = pieces.get(i);
            int used = 1;
            String joined = pieces.get(i);
            for (int j = i + 1; j < Math.min(pieces.size(), i + 4); j++) {
                joined += pieces.get(j);
                if (CAMEL.contains(joined)) {
                    best = joined;
                    used = j - i + 1;
                }
            }
            out.add(best.strip());
            i += used;
        }
        return out;
    }
}
