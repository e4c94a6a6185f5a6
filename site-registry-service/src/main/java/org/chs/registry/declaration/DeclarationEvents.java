package org.chs.registry.declaration;

import java.util.List;

/** Port: stages declaration events as integration events in the outbox of the document the change is written to. */
public interface DeclarationEvents {

    void stage(Declaration declaration, List<DeclarationEvent> events);

    /** A nomination is kept by the batch (it counts against the batch's quota), so its event rides in the batch's write. */
    void stage(DeclarationBatch batch, List<DeclarationEvent> events);
}
