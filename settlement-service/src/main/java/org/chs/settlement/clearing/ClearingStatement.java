package org.chs.settlement.clearing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.chs.platform.domain.BusinessRuleException;
import org.chs.platform.messaging.HasOutbox;
import org.chs.platform.messaging.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 清算单 — what one insured region owes one treatment region for a month's direct settlements; issued by a clearing run,
 * confirmed by the paying region, which draws the amount from its advance fund.
 */
@Document("clearing_statements")
public class ClearingStatement implements HasOutbox {

    @Id
    private String id;
    @Version
    private Long version;
    @Indexed
    private String period;
    private String payerRegion;
    private String payeeRegion;
    private long settledCount;
    private long reversedCount;
    private long settledFundFen;
    private long reversedFundFen;
    private long fundPaymentFen;
    private StatementStatus status;
    private Instant issuedAt;
    private String issuedBy;
    private Instant confirmedAt;
    private String confirmedBy;
    private List<OutboxMessage> outbox = new ArrayList<>();

    ClearingStatement() {
    }

    static String key(String period, String payerRegion, String payeeRegion) {
        return "cls-" + period + "-" + payerRegion + "-" + payeeRegion;
    }

    static ClearingStatement issue(ClearingTotals totals, Instant now, String actor) {
        ClearingStatement statement = new ClearingStatement();
        statement.id = key(totals.period(), totals.payerRegion(), totals.payeeRegion());
        statement.period = totals.period();
        statement.payerRegion = totals.payerRegion();
        statement.payeeRegion = totals.payeeRegion();
        statement.settledCount = totals.settledCount();
        statement.reversedCount = totals.reversedCount();
        statement.settledFundFen = totals.settledFundFen();
        statement.reversedFundFen = totals.reversedFundFen();
        statement.fundPaymentFen = totals.netFundFen();
        statement.status = StatementStatus.ISSUED;
        statement.issuedAt = now;
        statement.issuedBy = actor;
        return statement;
    }

    void confirm(Instant now, String actor) {
        if (status == StatementStatus.CONFIRMED) {
            throw new BusinessRuleException("statement-confirmed", "Statement already confirmed",
                    "Statement " + id + " was confirmed at " + confirmedAt + " by " + confirmedBy);
        }
        status = StatementStatus.CONFIRMED;
        confirmedAt = now;
        confirmedBy = actor;
    }

    @Override
    public List<OutboxMessage> outbox() {
        return outbox;
    }

    public String id() {
        return id;
    }

    public Long version() {
        return version;
    }

    public String period() {
        return period;
    }

    public String payerRegion() {
        return payerRegion;
    }

    public String payeeRegion() {
        return payeeRegion;
    }

    public long settledCount() {
        return settledCount;
    }

    public long reversedCount() {
        return reversedCount;
    }

    public long settledFundFen() {
        return settledFundFen;
    }

    public long reversedFundFen() {
        return reversedFundFen;
    }

    public long fundPaymentFen() {
        return fundPaymentFen;
    }

    public StatementStatus status() {
        return status;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public String issuedBy() {
        return issuedBy;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    public String confirmedBy() {
        return confirmedBy;
    }
}
