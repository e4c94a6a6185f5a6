package org.chs.platform.handling.servicecall;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;

import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;

/**
 * The circuit breaker and time limiter of one service-to-service call, configured once for every client of the platform.
 *
 * <p>Breakers are created from the factory at each call ({@code breakers.create(id)}), never in a constructor: the factory
 * applies these customizers while beans are still being built, so a breaker created early would keep the defaults. Creating
 * one is cheap, and Resilience4j's registry hands every creation the same breaker by id, so its state is shared.
 */
public final class ServiceCallBreakers {

    private ServiceCallBreakers() {
    }

    /**
     * The breaker {@code id} with {@code limits}; {@code answers} are exceptions that report the called service's answer
     * (a refusal of the request, a 4xx), which neither count as failures nor as successes.
     */
    @SafeVarargs
    public static Customizer<Resilience4JCircuitBreakerFactory> customizer(String id, CallLimits limits,
                                                                          Class<? extends Throwable>... answers) {
        List<Class<? extends Throwable>> ignored = List.of(answers);
        return factory -> {
            // Spring Cloud CircuitBreaker 5.0.2 takes the time limiter from the TimeLimiterRegistry by id and ignores the
            // builder's timeLimiterConfig (spring-cloud-circuitbreaker#284), which would leave Resilience4j's 1 s default in force.
            factory.getTimeLimiterRegistry().addConfiguration(id,
                    TimeLimiterConfig.custom().timeoutDuration(limits.timeout()).cancelRunningFuture(true).build());
            CircuitBreakerConfig.Builder breaker = CircuitBreakerConfig.custom()
                    .failureRateThreshold(limits.failureRateThreshold())
                    .minimumNumberOfCalls(limits.minimumCalls())
                    .slidingWindowSize(Math.max(10, limits.minimumCalls()))
                    .waitDurationInOpenState(limits.openFor())
                    .permittedNumberOfCallsInHalfOpenState(1);
            if (!ignored.isEmpty()) {
                breaker.ignoreExceptions(ignored.toArray(Class[]::new));
            }
            factory.configure(builder -> builder.circuitBreakerConfig(breaker.build()), id);
        };
    }

    /**
     * The pool the time limiters run calls on. It carries the caller's security context to the call's thread, so that
     * {@link BearerTokenRelay} sees the caller's token.
     */
    public static ExecutorService securityContextExecutor() {
        return new DelegatingSecurityContextExecutorService(Executors.newCachedThreadPool());
    }

    /**
     * Whether an HTTP status from the called service is its answer about the request rather than a failure to answer: every
     * 4xx except 408 (it timed out reading us) and 429 (it is overloaded) — those are outages of capacity like a 5xx.
     */
    public static boolean isAnswer(int status) {
        return status >= 400 && status < 500 && status != 408 && status != 429;
    }
}
