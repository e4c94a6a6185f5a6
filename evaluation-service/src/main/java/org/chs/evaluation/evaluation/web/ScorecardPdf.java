package org.chs.evaluation.evaluation.web;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.chs.evaluation.evaluation.web.EvaluationResponses.ItemScoreResponse;
import org.chs.evaluation.evaluation.web.EvaluationResponses.PointLossResponse;
import org.chs.evaluation.evaluation.web.EvaluationResponses.ScorecardResponse;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The scorecard as PDF (评分表). Chinese is set in Adobe's STSong-Light with the UniGB-UCS2-H encoding, which OpenPDF
 * ships: nothing to install on the server. The font is not embedded (the CJK standard fonts never are): Acrobat uses its
 * Asian font pack, other viewers (pdf.js, Poppler, Preview) substitute a system CJK font. Text extraction works either way.
 */
final class ScorecardPdf {

    private ScorecardPdf() {
    }

    static byte[] render(ScorecardResponse card) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        try {
            BaseFont cjk = BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
            Font title = new Font(cjk, 14, Font.BOLD);
            Font text = new Font(cjk, 9);
            Font bold = new Font(cjk, 9, Font.BOLD);
            PdfWriter.getInstance(document, out);
            document.addTitle("Scorecard " + card.evaluationId());
            document.open();
            document.add(new Paragraph("示范点评分表 Demonstration-site scorecard", title));
            document.add(new Paragraph(String.format("%s %s · %s · standard %s", card.servicePointId(),
                    card.servicePointName() == null ? "" : card.servicePointName(), card.category(), card.standardId()), text));
            document.add(new Paragraph(String.format("Outcome 结论: %s   Total 总分: %s / %s   Finalised by %s %s", card.outcome(),
                    plain(card.total()), plain(card.maxTotal()), card.finalizedBy() == null ? "-" : card.finalizedBy(),
                    card.finalizedAt() == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(card.finalizedAt().atOffset(ZoneOffset.UTC)))
                    , bold));
            for (String reason : card.reasons()) {
                document.add(new Paragraph("! " + reason, bold));
            }
            document.add(new Paragraph(" ", text));

            PdfPTable table = new PdfPTable(new float[] {5, 16, 9, 5, 5, 8, 5, 4, 5, 30});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String header : new String[] {"Item 项", "Name 名称", "Rule 规则", "Max 满分", "Score 得分", "Evaluator 评估员",
                    "Clause 条款", "Cases 例", "Lost 扣分", "Explanation 说明"}) {
                PdfPCell cell = new PdfPCell(new Phrase(header, bold));
                cell.setBackgroundColor(new Color(230, 230, 230));
                table.addCell(cell);
            }
            for (ItemScoreResponse item : card.items()) {
                if (item.losses().isEmpty()) {
                    addRow(table, text, item, "", "", "", "", item.note() == null ? "" : item.note());
                }
                for (PointLossResponse loss : item.losses()) {
                    addRow(table, text, item, loss.evaluator(), loss.clause() == null ? "" : loss.clause(),
                            loss.cases() == null ? "" : loss.cases().toString(), plain(loss.points()), loss.explanation());
                }
            }
            document.add(table);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("Cannot render scorecard " + card.evaluationId() + " as PDF", e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return out.toByteArray();
    }

    private static void addRow(PdfPTable table, Font font, ItemScoreResponse item, String evaluator, String clause, String cases,
                               String lost, String explanation) {
        table.addCell(new Phrase(item.itemCode(), font));
        table.addCell(new Phrase((item.nameZh() == null ? "" : item.nameZh() + " ") + (item.name() == null ? "" : item.name()), font));
        table.addCell(new Phrase(item.rule().name(), font));
        PdfPCell max = new PdfPCell(new Phrase(plain(item.maxPoints()), font));
        max.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(max);
        PdfPCell score = new PdfPCell(new Phrase(plain(item.score()), font));
        score.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(score);
        table.addCell(new Phrase(evaluator, font));
        table.addCell(new Phrase(clause, font));
        table.addCell(new Phrase(cases, font));
        table.addCell(new Phrase(lost, font));
        table.addCell(new Phrase(explanation, font));
    }

    private static String plain(BigDecimal value) {
        return value == null ? "-" : value.toPlainString();
    }
}
