package org.chs.enrollment;

import org.chs.testsupport.boot.PlatformServiceTest;
import org.chs.testsupport.boot.ServiceConventionsContract;

@PlatformServiceTest
class EnrollmentServiceApplicationIT extends ServiceConventionsContract {

    @Override
    protected String apiPrefix() {
        return "/api/enrollment";
    }
}
