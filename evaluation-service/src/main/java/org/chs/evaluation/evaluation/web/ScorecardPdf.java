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
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The scorecard as PDF (评分表). Chinese is set in Adobe's STSong-Light with the UniGB-UCS2-H encoding, which OpenPDF
 * ships: nothing to install on the server. The font is not embedded (the CJK standard fonts never are): Acrobat uses its
 * Asian font pack, other viewers (pdf.js, Poppler, Preview) substitute a system CJK font. Latin letters and digits are set in
 * Helvetica by a {@link FontSelector}, so codes and numbers stay extractable by every PDF parser, OpenPDF's own included.
 */
final class ScorecardPdf {

    private ScorecardPdf() {
    }

    static byte[] render(ScorecardResponse card) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        try {
            BaseFont cjk = BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
            FontSelector title = selector(cjk, 14, Font.BOLD);
            FontSelector text = selector(cjk, 9, Font.NORMAL);
            FontSelector bold = selector(cjk, 9, Font.BOLD);
            PdfWriter.getInstance(document, out);
            document.addTitle("Scorecard " + card.evaluationId());
            document.open();
            document.add(new Paragraph(title.process("示范点评分表 Demonstration-site scorecard")));
            document.add(new Paragraph(text.process(String.format("%s %s - %s - standard %s", card.servicePointId(),
                    card.servicePointName() == null ? "" : card.servicePointName(), card.category(), card.standardId()))));
            document.add(new Paragraph(bold.process(String.format("Outcome 结论: %s   Total 总分: %s / %s   Finalised by %s %s", card.outcome(),
                    plain(card.total()), plain(card.maxTotal()), card.finalizedBy() == null ? "-" : card.finalizedBy(),
                    card.finalizedAt() == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(card.finalizedAt().atOffset(ZoneOffset.UTC))))));
            for (String reason : card.reasons()) {
                document.add(new Paragraph(bold.process("! " + reason)));
            }
            document.add(new Paragraph(" "));

            PdfPTable table = new PdfPTable(new float[] {5, 16, 9, 5, 5, 8, 5, 4, 5, 30});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String header : new String[] {"Item 项", "Name 名称", "Rule 规则", "Max 满分", "Score 得分", "Evaluator 评估员",
                    "Clause 条款", "Cases 例", "Lost 扣分", "Explanation 说明"}) {
                PdfPCell cell = new PdfPCell(bold.process(header));
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

    private static void addRow(PdfPTable table, FontSelector font, ItemScoreResponse item, String evaluator, String clause, String cases,
                               String lost, String explanation) {
        table.addCell(font.process(item.itemCode()));
        table.addCell(font.process((item.nameZh() == null ? "" : item.nameZh() + " ") + (item.name() == null ? "" : item.name())));
        table.addCell(font.process(item.rule().name()));
        PdfPCell max = new PdfPCell(font.process(plain(item.maxPoints())));
        max.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(max);
        PdfPCell score = new PdfPCell(font.process(plain(item.score())));
        score.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(score);
        table.addCell(font.process(evaluator));
        table.addCell(font.process(clause));
        table.addCell(font.process(cases));
        table.addCell(font.process(lost));
        table.addCell(font.process(explanation));
    }

    /** Helvetica for what it can set (Latin, digits), the CJK font for the rest. */
    private static FontSelector selector(BaseFont cjk, float size, int style) {
        FontSelector selector = new FontSelector();
        selector.addFont(new Font(Font.HELVETICA, size, style));
        selector.addFont(new Font(cjk, size, style));
        return selector;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "-" : value.toPlainString();
    }
}
