package org.chs.enrollment.person.web;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.chs.enrollment.audit.PersonalDataAuditLog;
import org.chs.enrollment.person.InsuredPerson;
import org.chs.enrollment.person.PersonService;
import org.chs.platform.web.Caller;
import org.chs.platform.web.RequestIdFilter;
import org.chs.platform.web.Roles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Decides whether a caller sees a full ID number. Only agency administrators and counter clerks may, and only when they ask
 * with {@code reveal=true} (a clerk needs it to check a paper document; partners never do: they already hold the number they
 * sent). Every disclosure is written to the audit log before the number leaves the service.
 */
@Component
class PersonalDataDisclosure {

    static final Set<String> MAY_REVEAL = Set.of(Roles.AGENCY_ADMIN, Roles.COUNTER_CLERK);

    private final PersonService persons;
    private final PersonalDataAuditLog auditLog;

    PersonalDataDisclosure(PersonService persons, PersonalDataAuditLog auditLog) {
        this.persons = persons;
        this.auditLog = auditLog;
    }

    /** The full number when asked for and allowed (audited), {@code null} when not asked for; 403 when asked for and not allowed. */
    String idNumberFor(Caller caller, InsuredPerson person, boolean reveal, String purpose, HttpServletRequest request) {
        if (!reveal) {
            return null;
        }
        if (MAY_REVEAL.stream().noneMatch(caller::hasRole)) {
            throw new AccessDeniedException("Only agency administrators and counter clerks may see full ID numbers");
        }
        auditLog.recordFullRead(new PersonalDataAuditLog.Reader(caller.name(), caller.clientId(), caller.roles(),
                caller.servicePointId().orElse(null)), person.id(), request.getMethod() + " " + request.getRequestURI(), purpose,
                RequestIdFilter.current());
        return persons.revealIdNumber(person).value();
    }
}
