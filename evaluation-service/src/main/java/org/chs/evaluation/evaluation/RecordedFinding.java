package org.chs.evaluation.evaluation;

import java.time.Instant;

import org.chs.evaluation.scoring.Finding;

/**
 * 评估记录 — one evaluator's finding on one item, as entered on site.
 *
 * @param evaluator  the evaluator's user name
 * @param itemCode   the item
 * @param finding    what was found
 * @param recordedAt when it was (last) entered
 */
public record RecordedFinding(String evaluator, String itemCode, Finding finding, Instant recordedAt) {
}
