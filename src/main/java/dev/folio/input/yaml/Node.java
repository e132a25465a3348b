package dev.folio.input.yaml;

/** A YAML value with the place it was written. */
public sealed interface Node permits MapNode, ListNode, ScalarNode {

    int line();

    int column();

    /** "a mapping", "a list", "text" or "nothing": for messages. */
    String kind();
}
