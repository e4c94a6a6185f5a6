package org.chs.enrollment.person;

import java.util.List;

/** Port: stages a person's domain events as integration events in the person's outbox, before the one save. */
public interface PersonEvents {

    void stage(InsuredPerson person, List<PersonEvent> events);
}
