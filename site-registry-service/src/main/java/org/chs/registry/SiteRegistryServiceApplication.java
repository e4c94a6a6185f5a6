package org.chs.registry;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * 服务网点登记 — the site registry: the county–township–village service network, the service-item catalogue and
 * demonstration-site declarations.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class SiteRegistryServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(SiteRegistryServiceApplication.class, args);
    }
}
