package org.chs.enrollment.person;

import org.chs.platform.handling.HandlingRecord;
import org.chs.platform.handling.OpenHandling;

/**
 * The outcome of a handling: the business result, the person as saved, the recorded handling and the open handling (with
 * the citizen's review token, which is never stored).
 */
public record Handled<T>(T result, InsuredPerson person, HandlingRecord record, OpenHandling handling) {
}
