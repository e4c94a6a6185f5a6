package org.chs.registry.declaration;

import java.time.LocalDate;
import java.util.Map;

/** 发布申报批次 — the command to open a batch; {@code id} may be {@code null} to have {@code batch-<year>-<level>-<n>} generated. */
public record OpenBatch(String id, int year, AwardLevel level, String name, String areaCode, Map<DemonstrationCategory, Integer> quotas,
                        Map<NominationGroup, Integer> nominationQuotas, LocalDate declarationDeadline, LocalDate constructionDeadline,
                        LocalDate decisionDeadline) {

    public OpenBatch {
        quotas = quotas == null ? Map.of() : Map.copyOf(quotas);
        nominationQuotas = nominationQuotas == null ? Map.of() : Map.copyOf(nominationQuotas);
    }
}
