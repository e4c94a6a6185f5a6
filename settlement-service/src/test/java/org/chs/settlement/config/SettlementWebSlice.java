package org.chs.settlement.config;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * What a web-slice test of this service needs besides its controller: the real security chain ({@link SecurityConfig}, which is
 * package-private to keep it out of the features' reach).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(SecurityConfig.class)
public class SettlementWebSlice {
}
