package org.chs.settlement.institution;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The treatment region of each designated institution by default ({@code chs.settlement.institutions.<id>=<area code>});
 * an administrator may override one at run time.
 */
@ConfigurationProperties("chs.settlement")
public record InstitutionProperties(Map<String, String> institutions) {

    public InstitutionProperties {
        institutions = institutions == null ? Map.of() : Map.copyOf(institutions);
    }
}
