package org.chs.settlement.eligibility.enrollment;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** enrollment-service's eligibility check, called with the caller's own bearer token. */
@FeignClient(name = "enrollment", url = "${chs.enrollment.url}", configuration = EnrollmentFeignConfiguration.class)
interface EnrollmentClient {

    @PostMapping("/api/enrollment/eligibility-checks")
    EligibilityAnswer check(@RequestBody EligibilityRequest request);
}
