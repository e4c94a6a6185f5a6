package org.chs.enrollment.handling.siteregistry;

import feign.RequestInterceptor;

import org.springframework.context.annotation.Bean;

/** Feign settings of the site-registry client only; deliberately not a {@code @Configuration}, so other clients do not inherit it. */
class SiteRegistryFeignConfiguration {

    @Bean
    RequestInterceptor bearerTokenRelay() {
        return new BearerTokenRelay();
    }
}
