package org.chs.settlement.handling;

/** Port: asks the service-item catalogue (事项清单) whether a service point may handle an item. */
public interface ItemAuthorisations {

    /**
     * The live answer, or the last known one marked stale while site-registry is unreachable.
     *
     * @throws org.chs.settlement.shared.DependencyUnavailableException when unreachable and no answer is known — never "allowed"
     */
    Authorisation authorise(String servicePointId, String itemCode);
}
