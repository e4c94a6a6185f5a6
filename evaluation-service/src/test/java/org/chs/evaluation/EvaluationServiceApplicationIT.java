package org.chs.evaluation;

import org.chs.testsupport.boot.PlatformServiceTest;
import org.chs.testsupport.boot.ServiceConventionsContract;

@PlatformServiceTest
class EvaluationServiceApplicationIT extends ServiceConventionsContract {

    @Override
    protected String apiPrefix() {
        return "/api/evaluation";
    }
}
