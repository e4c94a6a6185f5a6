package org.chs.evaluation.kpi;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * 考核指标设置 ({@code chs.evaluation.kpi.*}): the source's standards the KPIs are compared with, and the definitions the
 * source leaves open (DOMAIN §9.8–9.10).
 *
 * @param zone                    the agency's time zone: a handling counts on its local completion day
 * @param instantHandlingMaxMinutes 即办件平均办理时长上限 (source: 10)
 * @param waitingMaxMinutes       平均等候时间上限 (source: 15)
 * @param onlineRateMinPercent    网办掌办率下限 (source: 80)
 * @param satisfactionMinPercent  满意率下限 (source: 90)
 * @param directSettlementMinPercent 直接结算率下限 (source: 90, the Hangzhou-circle target of [004 L47])
 * @param onlineChannels          channels that count as online/mobile handling (网办掌办, the scored ≥ 80 % rate)
 * @param selfServiceChannels     channels that count as self-service handling (自助办, a rate of its own, DOMAIN §3.6, §5.1 G4)
 * @param waitingChannels         channels whose queue time counts as waiting (only with a queue ticket)
 * @param satisfiedLevels         review levels that count as satisfied
 * @param bucketWindow            event ids a day bucket remembers for de-duplication
 */
@ConfigurationProperties("chs.evaluation.kpi")
public record KpiProperties(@DefaultValue("Asia/Shanghai") ZoneId zone,
                          @DefaultValue("10") BigDecimal instantHandlingMaxMinutes,
                          @DefaultValue("15") BigDecimal waitingMaxMinutes,
                          @DefaultValue("80") BigDecimal onlineRateMinPercent,
                          @DefaultValue("90") BigDecimal satisfactionMinPercent,
                          @DefaultValue("90") BigDecimal directSettlementMinPercent,
                          @DefaultValue("ONLINE") Set<String> onlineChannels,
                          @DefaultValue("SELF_SERVICE") Set<String> selfServiceChannels,
                          @DefaultValue({"COUNTER", "HOSPITAL_WINDOW"}) Set<String> waitingChannels,
                          @DefaultValue({"VERY_SATISFIED", "SATISFIED", "BASICALLY_SATISFIED"}) List<String> satisfiedLevels,
                          @DefaultValue("5000") int bucketWindow) {

    /** The defaults, for tests and tools outside Spring. */
    public static KpiProperties defaults() {
        return new KpiProperties(ZoneId.of("Asia/Shanghai"), BigDecimal.TEN, BigDecimal.valueOf(15), BigDecimal.valueOf(80),
                BigDecimal.valueOf(90), BigDecimal.valueOf(90), Set.of("ONLINE"), Set.of("SELF_SERVICE"), Set.of("COUNTER", "HOSPITAL_WINDOW"),
                List.of("VERY_SATISFIED", "SATISFIED", "BASICALLY_SATISFIED"), 5000);
    }
}
