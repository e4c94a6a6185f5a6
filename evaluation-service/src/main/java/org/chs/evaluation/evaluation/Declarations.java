package org.chs.evaluation.evaluation;

import java.util.Optional;

/** 示范点申报 as site-registry keeps them: the port through which an evaluation opened by hand is checked against its declaration. */
public interface Declarations {

    /**
     * The declaration, or empty when site-registry has none with this id.
     *
     * @throws org.chs.evaluation.shared.DependencyUnavailableException when site-registry cannot be asked
     */
    Optional<Declared> find(String declarationId);

    /** What a declaration says about the site: the facts an evaluation must agree with. */
    record Declared(String declarationId, String batchId, String servicePointId, String category, String level, int year) {
    }
}
