package org.chs.settlement.handling.siteregistry;

import feign.RequestInterceptor;

import org.chs.settlement.shared.relay.BearerTokenRelay;
import org.springframework.context.annotation.Bean;

/** Feign settings of the site-registry client only; not a {@code @Configuration}, so other clients do not inherit it. */
class SiteRegistryFeignConfiguration {

    @Bean
    RequestInterceptor siteRegistryTokenRelay() {
        return new BearerTokenRelay();
    }
}
