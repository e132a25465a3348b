package dev.folio.input.jsonresume;

import java.util.List;
import java.util.Optional;

/** A JSON value with the place it was written (1-based line and column of its first character). */
sealed interface JsonValue {

    int line();

    int column();

    /** "an object", "a list", "text", "a number", "true or false" or "null": for messages. */
    String kind();

    /** An object; members keep file order and their key's place. */
    record JsonObject(int line, int column, List<Member> members) implements JsonValue {

        record Member(String key, int line, int column, JsonValue value) {}

        public JsonObject {
            members = List.copyOf(members);
        }

        Optional<Member> member(String key) {
            return members.stream().filter(m -> m.key().equals(key)).findFirst();
        }

        @Override
        public String kind() {
            return "an object";
        }
    }

    record JsonArray(int line, int column, List<JsonValue> items) implements JsonValue {

        public JsonArray {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "a list";
        }
    }

    record JsonText(int line, int column, String text) implements JsonValue {

        @Override
        public String kind() {
            return "text";
        }
    }

    /** A number as written, e.g. {@code 3.70}. */
    record JsonNumber(int line, int column, String text) implements JsonValue {

        @Override
        public String kind() {
            return "a number";
        }
    }

    record JsonBoolean(int line, int column, boolean value) implements JsonValue {

        @Override
        public String kind() {
            return "true or false";
        }
    }

    record JsonNull(int line, int column) implements JsonValue {

        @Override
        public String kind() {
            return "null";
        }
    }
}
