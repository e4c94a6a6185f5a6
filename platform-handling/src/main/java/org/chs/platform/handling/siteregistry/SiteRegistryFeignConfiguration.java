package org.chs.platform.handling.siteregistry;

import feign.RequestInterceptor;

import org.chs.platform.handling.servicecall.BearerTokenRelay;
import org.springframework.context.annotation.Bean;

/** Feign settings of the site-registry client only; deliberately not a {@code @Configuration}, so other clients do not inherit it. */
class SiteRegistryFeignConfiguration {

    @Bean
    RequestInterceptor siteRegistryTokenRelay() {
        return new BearerTokenRelay();
    }
}
