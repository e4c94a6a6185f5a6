package org.chs.settlement.institution;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.chs.settlement.shared.InvalidFieldException;
import org.chs.settlement.shared.RegionCode;
import org.springframework.stereotype.Service;

/** Where each designated institution (定点医疗机构) treats: its region decides the catalogue and the clearing payee. */
@Service
public class InstitutionDirectory {

    private final InstitutionRepository institutions;
    private final InstitutionProperties defaults;
    private final Clock clock;

    public InstitutionDirectory(InstitutionRepository institutions, InstitutionProperties defaults, Clock clock) {
        this.institutions = institutions;
        this.defaults = defaults;
        this.clock = clock;
    }

    public Optional<String> regionOf(String institutionId) {
        return institutions.findById(institutionId).map(Institution::treatmentRegion)
                .or(() -> Optional.ofNullable(defaults.institutions().get(institutionId)));
    }

    public Institution locate(String institutionId, String region, String actor) {
        if (!RegionCode.isValid(region)) {
            throw new InvalidFieldException("treatmentRegion", "pattern", "treatmentRegion must be a six-digit area code");
        }
        Institution institution = institutions.findById(institutionId).orElseGet(() -> new Institution(institutionId));
        institution.locate(region, clock.instant(), actor);
        return institutions.save(institution);
    }

    /** Every known institution and its region: the configured defaults overlaid by the administrators' settings. */
    public Map<String, String> all() {
        Map<String, String> all = new TreeMap<>(defaults.institutions());
        institutions.findAll().forEach(i -> all.put(i.id(), i.treatmentRegion()));
        return all;
    }
}
