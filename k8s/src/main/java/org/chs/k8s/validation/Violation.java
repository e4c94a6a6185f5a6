package org.chs.k8s.validation;

/**
 * One broken rule in one rendered object.
 *
 * @param rule    the rule's id, one of the constants of {@link Rules}
 * @param object  kind/namespace/name of the offending object
 * @param message what is wrong and where, in words a reviewer can act on
 */
public record Violation(String rule, String object, String message) {

    @Override
    public String toString() {
        return "[" + rule + "] " + object + ": " + message;
    }
}
