package org.chs.platform.handling;

/** Port: asks the service-item catalogue (事项清单) whether a service point may handle an item. */
public interface ItemAuthorisations {

    /**
     * The answer for one point and item: live, or the last known answer marked stale while the catalogue is unreachable.
     *
     * @throws AuthorisationUnavailableException when the catalogue is unreachable and no answer is known — never "allowed"
     */
    Authorisation authorise(String servicePointId, String itemCode);
}
