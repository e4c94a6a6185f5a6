package org.chs.settlement;

import org.chs.testsupport.boot.PlatformServiceTest;
import org.chs.testsupport.boot.ServiceConventionsContract;

@PlatformServiceTest
class SettlementServiceApplicationIT extends ServiceConventionsContract {

    @Override
    protected String apiPrefix() {
        return "/api/settlement";
    }
}
