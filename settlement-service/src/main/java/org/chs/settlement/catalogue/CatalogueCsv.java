package org.chs.settlement.catalogue;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.chs.settlement.shared.InvalidFieldException;

/**
 * Reads a 就医地目录 CSV file: header {@code itemCode,name,class,selfPayFirstShare,quantityLimit,restricted,qualifyingDiseases}
 * (qualifying diseases separated by {@code ;}). Pure parsing and checking; storing is {@link CatalogueService}'s.
 */
final class CatalogueCsv {

    static final List<String> HEADER = List.of("itemCode", "name", "class", "selfPayFirstShare", "quantityLimit", "restricted",
            "qualifyingDiseases");

    /** The lines that passed and those that did not. */
    record Parsed(List<CatalogueEntry> entries, List<ImportReport.RejectedLine> rejected, int linesRead) {
    }

    private CatalogueCsv() {
    }

    static Parsed parse(Reader csv) {
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).setTrim(true).get();
        List<CatalogueEntry> entries = new ArrayList<>();
        List<ImportReport.RejectedLine> rejected = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int read = 0;
        try (CSVParser parser = CSVParser.builder().setReader(csv).setFormat(format).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new InvalidFieldException("header", "required", "the file is empty; its first line must name the columns "
                        + String.join(",", HEADER));
            }
            Map<String, Integer> columns = columns(records.next());
            while (records.hasNext()) {
                CSVRecord record = records.next();
                read++;
                // the record's own line number: quoted fields may span lines, so counting records would be wrong
                long line = parser.getCurrentLineNumber();
                try {
                    CatalogueEntry entry = entry(record, columns).validated();
                    if (!seen.add(entry.itemCode())) {
                        throw new InvalidFieldException("itemCode", "unique", "item " + entry.itemCode() + " appears earlier in the file");
                    }
                    entries.add(entry);
                } catch (InvalidFieldException e) {
                    rejected.add(new ImportReport.RejectedLine(line, e.field(), e.rule(), e.getMessage()));
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new InvalidFieldException("file", "csv", "the file is not valid CSV: " + e.getMessage());
        }
        return new Parsed(entries, rejected, read);
    }

    /**
     * The header line, read by this class rather than by Commons CSV, which throws an unchecked exception for an empty column
     * name and silently keeps one of two columns with the same name: each is refused here, naming the column.
     */
    private static Map<String, Integer> columns(CSVRecord header) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (i == 0 && name.startsWith("\uFEFF")) {
                // the byte-order mark spreadsheet programs put before the first column name
                name = name.substring(1).strip();
            }
            if (name.isEmpty()) {
                throw new InvalidFieldException("header", "empty-column-name", "the header line has an empty column name at column " + (i + 1)
                        + "; it must name the columns " + String.join(",", HEADER));
            }
            if (columns.putIfAbsent(name, i) != null) {
                throw new InvalidFieldException("header", "duplicate-column-name", "the header line names column '" + name
                        + "' twice (columns " + (columns.get(name) + 1) + " and " + (i + 1) + ")");
            }
        }
        List<String> missing = HEADER.stream().filter(h -> !columns.containsKey(h)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidFieldException("header", "missing-columns", "the header must name the columns " + String.join(",", HEADER)
                    + "; missing: " + String.join(",", missing));
        }
        return columns;
    }

    private static CatalogueEntry entry(CSVRecord record, Map<String, Integer> columns) {
        if (record.size() != columns.size()) {
            throw new InvalidFieldException("line", "columns", "the line has " + record.size() + " fields, the header " + columns.size());
        }
        String code = record.get(columns.get("itemCode"));
        ItemClass itemClass = itemClass(record.get(columns.get("class")));
        BigDecimal share = decimal("selfPayFirstShare", record.get(columns.get("selfPayFirstShare")));
        BigDecimal limit = decimal("quantityLimit", record.get(columns.get("quantityLimit")));
        boolean restricted = bool(record.get(columns.get("restricted")));
        String diseases = record.get(columns.get("qualifyingDiseases"));
        List<String> codes = diseases == null || diseases.isBlank() ? List.of()
                : Arrays.stream(diseases.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        return new CatalogueEntry(code, record.get(columns.get("name")), itemClass, share, limit, restricted, codes);
    }

    private static ItemClass itemClass(String value) {
        try {
            return ItemClass.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidFieldException("class", "one-of", "class must be CLASS_A, CLASS_B or SELF_PAY, not '" + value + "'");
        }
    }

    private static BigDecimal decimal(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new InvalidFieldException(field, "number", field + " must be a decimal number, not '" + value + "'");
        }
    }

    private static boolean bool(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "y", "yes", "1" -> true;
            case "false", "n", "no", "0" -> false;
            default -> throw new InvalidFieldException("restricted", "boolean", "restricted must be true or false, not '" + value + "'");
        };
    }
}
