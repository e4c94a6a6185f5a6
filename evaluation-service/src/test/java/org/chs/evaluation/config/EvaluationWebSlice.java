package org.chs.evaluation.config;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** What a web-slice test of this service needs besides its controller: the real security chain ({@link SecurityConfig}). */
@TestConfiguration(proxyBeanMethods = false)
@Import(SecurityConfig.class)
public class EvaluationWebSlice {
}
