package org.chs.settlement.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;

import org.chs.settlement.shared.InvalidFieldException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CatalogueCsvTest {

    static final String HEADER = "itemCode,name,class,selfPayFirstShare,quantityLimit,restricted,qualifyingDiseases\n";

    @Nested
    class Parse {

        @Test
        void shouldReadEveryColumnWhenALineIsValid() {
            CatalogueCsv.Parsed parsed = CatalogueCsv.parse(new StringReader(HEADER + "D1,\"胰岛素, 长效\",class_b,0.10,30,yes,E11;E10\n"));

            assertThat(parsed.rejected()).isEmpty();
            CatalogueEntry entry = parsed.entries().get(0);
            assertThat(entry.name()).isEqualTo("胰岛素, 长效");
            assertThat(entry.itemClass()).isEqualTo(ItemClass.CLASS_B);
            assertThat(entry.selfPayFirstShare()).isEqualByComparingTo("0.10");
            assertThat(entry.quantityLimit()).isEqualTo(new BigDecimal("30"));
            assertThat(entry.restricted()).isTrue();
            assertThat(entry.qualifyingDiseaseCodes()).containsExactly("E11", "E10");
        }

        @Test
        void shouldReportTheFileLineNumberWhenAQuotedFieldSpansLines() {
            CatalogueCsv.Parsed parsed = CatalogueCsv.parse(new StringReader(HEADER
                    + "A1,\"two\nlines\",CLASS_A,,,,\n"
                    + "A2,bad share,CLASS_A,0.5,,,\n"));

            assertThat(parsed.entries()).hasSize(1);
            assertThat(parsed.rejected()).singleElement().satisfies(r -> {
                assertThat(r.line()).isEqualTo(4);
                assertThat(r.field()).isEqualTo("selfPayFirstShare");
                assertThat(r.rule()).isEqualTo("only-class-b");
            });
        }

        @Test
        void shouldRejectEachBrokenRuleWithItsFieldWhenLinesAreInvalid() {
            CatalogueCsv.Parsed parsed = CatalogueCsv.parse(new StringReader(HEADER
                    + "B1,share above one,CLASS_B,1.5,,,\n"
                    + "Q1,negative limit,CLASS_A,,-1,,\n"
                    + "N1,not a number,CLASS_A,,abc,,\n"
                    + "R1,bad flag,CLASS_A,,,maybe,\n"
                    + "bad code!,x,CLASS_A,,,,\n"));

            assertThat(parsed.rejected()).extracting(ImportReport.RejectedLine::field)
                    .containsExactly("selfPayFirstShare", "quantityLimit", "quantityLimit", "restricted", "itemCode");
            assertThat(parsed.rejected()).extracting(ImportReport.RejectedLine::line).containsExactly(2L, 3L, 4L, 5L, 6L);
            assertThat(parsed.linesRead()).isEqualTo(5);
        }

        @Test
        void shouldRefuseTheFileNamingTheHeaderWhenAHeaderColumnIsEmpty() {
            assertThatThrownBy(() -> CatalogueCsv.parse(new StringReader(
                    "itemCode,name,,class,selfPayFirstShare,quantityLimit,restricted,qualifyingDiseases\nA1,x,,CLASS_A,,,,\n")))
                    .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                        assertThat(e.field()).isEqualTo("header");
                        assertThat(e.rule()).isEqualTo("empty-column-name");
                        assertThat(e.getMessage()).contains("column 3");
                    });
        }

        @Test
        void shouldRefuseTheFileNamingTheHeaderWhenAColumnIsNamedTwice() {
            assertThatThrownBy(() -> CatalogueCsv.parse(new StringReader(HEADER.strip() + ",name\nA1,x,CLASS_A,,,,,y\n")))
                    .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                        assertThat(e.field()).isEqualTo("header");
                        assertThat(e.rule()).isEqualTo("duplicate-column-name");
                        assertThat(e.getMessage()).contains("name");
                    });
        }

        @Test
        void shouldRefuseTheFileWhenTheHeaderLacksAColumn() {
            assertThatThrownBy(() -> CatalogueCsv.parse(new StringReader("itemCode,name\nA1,x\n")))
                    .isInstanceOf(InvalidFieldException.class).hasMessageContaining("missing: class");
        }
    }
}
