package org.chs.evaluation.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

class ScorecardExportTest {

    @Nested
    class Csv {

        @Test
        void shouldWriteOneRowPerPointLostWhenExported() {
            String csv = ScorecardCsv.render(ScorecardFixtures.card(null));

            assertThat(csv).startsWith("\uFEFF");
            assertThat(csv.lines()).contains("G-SERVICE,G5,Service items,服务事项,CHECK,12,10.50,evaluator-2,①,,3.00,clause ① not met",
                    "D-III,D10,Standardised charging,规范医疗收费,PER_CASE_DEDUCTION,10,3.00,evaluator-1,③,3,6.00,3 case(s) under clause ③ at -2 per case");
        }

        @Test
        void shouldQuoteAndNeutraliseFormulasWhenCellsAreUnsafe() {
            String csv = ScorecardCsv.render(ScorecardFixtures.card("=HYPERLINK(\"x\"), 1"));

            assertThat(csv).contains("\"'=HYPERLINK(\"\"x\"\"), 1\"");
            assertThat(csv).contains(",-1.00,deduction capped at 7 points");
        }
    }

    @Nested
    class Pdf {

        @Test
        void shouldProduceAParseablePdfWithTheScoresWhenExported() throws IOException {
            byte[] pdf = ScorecardPdf.render(ScorecardFixtures.card(null));
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target", "scorecard-sample.pdf"), pdf);

            PdfReader reader = new PdfReader(pdf);
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(reader.getNumberOfPages()).isEqualTo(1);
            assertThat(text).contains("86.50").contains("G5").contains("D10").contains("evaluator-2").contains("capped at 7");
            // the CJK font is referenced, not embedded (STSong-Light, UniGB-UCS2-H)
            assertThat(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("STSong-Light").contains("UniGB-UCS2-H");
        }
    }
}
