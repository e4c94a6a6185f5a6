package org.chs.registry.authorisation;

import java.util.List;

/** 事项下放报告 — for one county, the share of the county list each township and village/community point may handle. */
public record DelegationReport(String countyCode, int catalogueVersion, int countyListSize, int minSharePercent, int pointCount,
                               int meetingRule, List<DelegationRow> points) {
}
