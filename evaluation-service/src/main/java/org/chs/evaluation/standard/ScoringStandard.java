package org.chs.evaluation.standard;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.chs.evaluation.scoring.CategoryDefinition;
import org.chs.evaluation.scoring.StandardDefinition;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 评分标准版本 — one published, immutable version of a scoring standard. A new version is a new document; an evaluation keeps
 * the version it started with.
 */
@Document("standards")
@CompoundIndex(name = "code_version", def = "{'code': 1, 'standardVersion': -1}", unique = true)
public class ScoringStandard {

    @Id
    private String id;
    @Version
    private Long lockVersion;
    private String code;
    private int standardVersion;
    private String name;
    private String nameZh;
    /** Declaration categories (from site-registry) this standard scores, e.g. {@code GRASSROOTS_TOWNSHIP}. */
    private List<String> siteCategories;
    /** Whether the point values are the platform's defaults rather than the agency's (DOMAIN §5.0: the source lost them). */
    private boolean defaultPoints;
    private String note;
    private List<CategoryDefinition> categories;
    @CreatedDate
    private Instant createdAt;
    @CreatedBy
    private String createdBy;

    @PersistenceCreator
    ScoringStandard() {
    }

    ScoringStandard(StandardDefinition definition, String name, String nameZh, List<String> siteCategories, boolean defaultPoints,
                    String note) {
        this.id = idOf(definition.code(), definition.version());
        this.code = definition.code();
        this.standardVersion = definition.version();
        this.name = Objects.requireNonNull(name, "name");
        this.nameZh = nameZh;
        this.siteCategories = List.copyOf(siteCategories);
        this.defaultPoints = defaultPoints;
        this.note = note;
        this.categories = definition.categories();
    }

    static String idOf(String code, int version) {
        return code + ":v" + version;
    }

    /** The content the scoring engine works on. */
    public StandardDefinition definition() {
        return new StandardDefinition(code, standardVersion, categories);
    }

    public boolean scores(String siteCategory) {
        return siteCategories.stream().anyMatch(c -> c.equalsIgnoreCase(siteCategory));
    }

    public BigDecimal maxTotal() {
        return definition().maxTotal();
    }

    public String id() {
        return id;
    }

    public String code() {
        return code;
    }

    public int standardVersion() {
        return standardVersion;
    }

    public String name() {
        return name;
    }

    public String nameZh() {
        return nameZh;
    }

    public List<String> siteCategories() {
        return siteCategories;
    }

    public boolean defaultPoints() {
        return defaultPoints;
    }

    public String note() {
        return note;
    }

    public List<CategoryDefinition> categories() {
        return categories;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
