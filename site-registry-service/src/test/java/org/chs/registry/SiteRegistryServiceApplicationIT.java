package org.chs.registry;

import org.chs.testsupport.boot.PlatformServiceTest;
import org.chs.testsupport.boot.ServiceConventionsContract;

@PlatformServiceTest
class SiteRegistryServiceApplicationIT extends ServiceConventionsContract {

    @Override
    protected String apiPrefix() {
        return "/api/registry";
    }
}
