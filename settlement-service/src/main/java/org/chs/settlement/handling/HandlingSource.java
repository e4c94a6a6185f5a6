package org.chs.settlement.handling;

import java.time.LocalDate;
import java.util.List;

/**
 * Port: a feature that records handlings inside its own documents (filings, reimbursements) lists those completed at a service
 * point on a day, so that {@link HandlingLog} can merge them without knowing those documents.
 */
public interface HandlingSource {

    /** At most {@code limit} handlings completed at the point on the (agency-local) day, in {@link LoggedHandling#COMPLETION_ORDER}. */
    List<LoggedHandling> completedAt(String servicePointId, LocalDate day, int limit);
}
