package org.chs.registry.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Catalogues for tests: small hand-made ones, and the demo catalogue the service seeds. */
public final class CatalogueFixtures {

    private static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private CatalogueFixtures() {
    }

    public static CatalogueEntry category(String code) {
        return new CatalogueEntry(code, "category " + code, EntryKind.CATEGORY, null, null, null, null, null, null, null);
    }

    public static CatalogueEntry mainItem(String code, String category) {
        return new CatalogueEntry(code, "main " + code, EntryKind.MAIN_ITEM, category, null, null, null, null, null, null);
    }

    public static CatalogueEntry subItem(String code, HandlingLevel... levels) {
        Set<HandlingLevel> handling = EnumSet.of(HandlingLevel.COUNTY, levels);
        return new CatalogueEntry(code, "item " + code, EntryKind.SUB_ITEM, code.substring(0, 3), List.of("居民身份证"), 0, true, true,
                "《中华人民共和国社会保险法》", handling);
    }

    /** C01 → ENR → ENR-01 (county, township), ENR-02 (county, township, village, bank). */
    public static Catalogue small(int version) {
        return Catalogue.seed(version, List.of(category("C01"), mainItem("ENR", "C01"), subItem("ENR-01", HandlingLevel.TOWNSHIP),
                subItem("ENR-02", HandlingLevel.TOWNSHIP, HandlingLevel.VILLAGE, HandlingLevel.BANK)));
    }

    /** A catalogue of {@code total} county items of which {@code village} are delegated to villages. */
    public static Catalogue withVillageShare(int village, int total) {
        List<CatalogueEntry> entries = new java.util.ArrayList<>(List.of(category("C01"), mainItem("ENR", "C01")));
        for (int i = 1; i <= total; i++) {
            String code = "ENR-" + (i < 10 ? "0" + i : String.valueOf(i));
            entries.add(i <= village ? subItem(code, HandlingLevel.TOWNSHIP, HandlingLevel.VILLAGE) : subItem(code));
        }
        return Catalogue.seed(1, entries);
    }

    /** The demo catalogue of {@code classpath:demo/catalogue.json}, as version 1. */
    public static Catalogue demo() {
        return Catalogue.seed(1, demoEntries());
    }

    public static List<CatalogueEntry> demoEntries() {
        try (InputStream in = CatalogueFixtures.class.getResourceAsStream("/demo/catalogue.json")) {
            JsonNode entries = JSON.readTree(in).get("entries");
            return JSON.readerForListOf(CatalogueEntry.class).readValue(entries);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
