package org.chs.evaluation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The evaluation service: demonstration-site scoring (示范点评估), KPIs from events and 好差评 reviews. */
@SpringBootApplication
@EnableScheduling
@ConfigurationPropertiesScan
public class EvaluationServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(EvaluationServiceApplication.class, args);
    }
}
