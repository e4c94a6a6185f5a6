package org.chs.evaluation.evaluation.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.chs.evaluation.evaluation.web.EvaluationResponses.ItemScoreResponse;
import org.chs.evaluation.evaluation.web.EvaluationResponses.PointLossResponse;
import org.chs.evaluation.evaluation.web.EvaluationResponses.ScorecardResponse;

/** The scorecard (评分表) as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read the Chinese): one row per point lost. */
final class ScorecardCsv {

    private ScorecardCsv() {
    }

    static String render(ScorecardResponse card) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        row(csv, List.of("evaluation", card.evaluationId(), "servicePoint", card.servicePointId(), nullToEmpty(card.servicePointName()),
                "standard", card.standardId()));
        row(csv, List.of("outcome", card.outcome().name(), "total", plain(card.total()), "max", plain(card.maxTotal()),
                "finalizedBy", nullToEmpty(card.finalizedBy())));
        for (String reason : card.reasons()) {
            row(csv, List.of("reason", reason));
        }
        row(csv, List.of("category", "item", "name", "nameZh", "rule", "maxPoints", "itemScore", "evaluator", "clause", "cases",
                "pointsLost", "explanation"));
        for (ItemScoreResponse item : card.items()) {
            if (item.losses().isEmpty()) {
                row(csv, itemCells(item, "", "", "", "", nullToEmpty(item.note())));
            }
            for (PointLossResponse loss : item.losses()) {
                row(csv, itemCells(item, loss.evaluator(), nullToEmpty(loss.clause()), loss.cases() == null ? "" : loss.cases().toString(),
                        plain(loss.points()), loss.explanation()));
            }
        }
        return csv.toString();
    }

    private static List<String> itemCells(ItemScoreResponse item, String evaluator, String clause, String cases, String points,
                                          String explanation) {
        List<String> cells = new ArrayList<>(List.of(item.categoryCode(), item.itemCode(), nullToEmpty(item.name()),
                nullToEmpty(item.nameZh()), item.rule().name(), plain(item.maxPoints()), plain(item.score())));
        cells.addAll(List.of(evaluator, clause, cases, points, explanation));
        return cells;
    }

    private static void row(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(escape(cells.get(i)));
        }
        csv.append("\r\n");
    }

    private static String escape(String cell) {
        String value = cell == null ? "" : cell;
        // a leading = + - @ would make a spreadsheet evaluate the cell: neutralise it (CSV injection)
        if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?\\d+(\\.\\d+)?")) {
            value = "'" + value;
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
