package org.chs.settlement.catalogue;

import java.io.Reader;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chs.settlement.shared.InvalidFieldException;
import org.chs.settlement.shared.NotFoundException;
import org.chs.settlement.shared.RegionCode;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** Use cases on 就医地目录: administrators maintain and import them, settlement looks items up. */
@Service
public class CatalogueService {

    private final CatalogueRepository items;
    private final MongoOperations mongo;
    private final Clock clock;

    public CatalogueService(CatalogueRepository items, MongoOperations mongo, Clock clock) {
        this.items = items;
        this.mongo = mongo;
        this.clock = clock;
    }

    public CatalogueItem put(String region, CatalogueEntry entry, String actor) {
        requireRegion(region);
        entry.validated();
        Instant now = clock.instant();
        CatalogueItem item = items.findById(CatalogueItem.key(region, entry.itemCode()))
                .map(existing -> {
                    existing.replace(entry, now, actor);
                    return existing;
                })
                .orElseGet(() -> CatalogueItem.of(region, entry, now, actor));
        return items.save(item);
    }

    /**
     * Imports a CSV file into a region's catalogue: each valid line replaces the item of that code, rejected lines are
     * reported and change nothing. The upserts go in one unordered bulk, so a 10 000-line file is a handful of round trips.
     */
    public ImportReport importCsv(String region, Reader csv, String actor) {
        requireRegion(region);
        CatalogueCsv.Parsed parsed = CatalogueCsv.parse(csv);
        if (!parsed.entries().isEmpty()) {
            Instant now = clock.instant();
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, CatalogueItem.class);
            for (CatalogueEntry entry : parsed.entries()) {
                CatalogueItem item = CatalogueItem.of(region, entry, now, actor);
                Update update = new Update()
                        .set("region", region).set("itemCode", entry.itemCode()).set("name", entry.name())
                        .set("itemClass", entry.itemClass()).set("selfPayFirstShare", item.entry().selfPayFirstShare())
                        .set("quantityLimit", entry.quantityLimit()).set("restricted", entry.restricted())
                        .set("qualifyingDiseaseCodes", entry.qualifyingDiseaseCodes()).set("updatedAt", now).set("updatedBy", actor)
                        .inc("version", 1);
                bulk.upsert(Query.query(Criteria.where("_id").is(CatalogueItem.key(region, entry.itemCode()))), update);
            }
            bulk.execute();
        }
        return new ImportReport(region, parsed.linesRead(), parsed.entries().size(), parsed.rejected());
    }

    public CatalogueItem get(String region, String itemCode) {
        return items.findById(CatalogueItem.key(region, itemCode))
                .orElseThrow(() -> new NotFoundException("No item " + itemCode + " in the catalogue of " + region));
    }

    public Page<CatalogueItem> list(String region, int page, int size) {
        return items.findByRegionOrderByItemCodeAsc(region, PageRequest.of(page, size));
    }

    public boolean exists(String region) {
        return items.existsByRegion(region);
    }

    /** The catalogue entries of the given codes in a region; codes it does not know are simply absent. */
    public Map<String, CatalogueEntry> lookup(String region, Collection<String> itemCodes) {
        return items.findByIdIn(itemCodes.stream().map(code -> CatalogueItem.key(region, code)).toList()).stream()
                .map(CatalogueItem::entry)
                .collect(Collectors.toMap(CatalogueEntry::itemCode, Function.identity()));
    }

    private static void requireRegion(String region) {
        if (!RegionCode.isValid(region)) {
            throw new InvalidFieldException("region", "pattern", "region must be a six-digit area code");
        }
    }
}
