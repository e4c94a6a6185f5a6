package org.chs.settlement.clearing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 清算批次 — the clearing of one month: its statements and each region's net position. The document's id is the month, so
 * starting a run is an atomic claim on it; a run that stopped half-way is resumed, never doubled.
 */
@Document("clearing_runs")
public class ClearingRun {

    /** RUNNING while statements are being issued; ISSUED when all are. */
    public enum Status {
        RUNNING, ISSUED
    }

    /**
     * 净头寸 — a region's net position for the month, in fen.
     *
     * @param receivableFen what treatment by its institutions earned from other regions
     * @param payableFen    what its insured persons' care elsewhere costs it
     * @param netFen        receivable − payable: positive, it receives money
     */
    public record Position(String region, long receivableFen, long payableFen, long netFen) {
    }

    @Id
    private String id;
    @Version
    private Long version;
    private Status status;
    private Instant startedAt;
    private String startedBy;
    private Instant completedAt;
    private List<String> statementIds = new ArrayList<>();
    private List<Position> positions = new ArrayList<>();

    ClearingRun() {
    }

    static ClearingRun start(String period, Instant now, String actor) {
        ClearingRun run = new ClearingRun();
        run.id = period;
        run.status = Status.RUNNING;
        run.startedAt = now;
        run.startedBy = actor;
        return run;
    }

    void issued(List<String> statementIds, List<Position> positions, Instant now) {
        this.statementIds = new ArrayList<>(statementIds);
        this.positions = new ArrayList<>(positions);
        this.status = Status.ISSUED;
        this.completedAt = now;
    }

    public String period() {
        return id;
    }

    public Status status() {
        return status;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public String startedBy() {
        return startedBy;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public List<String> statementIds() {
        return List.copyOf(statementIds);
    }

    public List<Position> positions() {
        return List.copyOf(positions);
    }
}
