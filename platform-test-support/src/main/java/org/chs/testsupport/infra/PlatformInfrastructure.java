package org.chs.testsupport.infra;

import java.util.List;

import com.mongodb.ConnectionString;

import org.springframework.boot.amqp.autoconfigure.RabbitConnectionDetails;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Import into a {@code @SpringBootTest} to run it against real MongoDB and RabbitMQ (ARCHITECTURE §8). The beans are Spring
 * Boot {@code ConnectionDetails}, so application code cannot tell a container from the embedded server or the local broker.
 * Each application context gets a database of its own.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PlatformInfrastructure {

    @Bean
    MongoConnectionDetails mongoConnectionDetails() {
        return freshMongo();
    }

    @Bean
    RabbitConnectionDetails rabbitConnectionDetails() {
        RabbitEndpoint.Broker broker = RabbitEndpoint.broker();
        return rabbitAt(broker.host(), broker.port());
    }

    /** A fresh database on the test JVM's MongoDB. */
    public static MongoConnectionDetails freshMongo() {
        ConnectionString connectionString = MongoEndpoint.freshDatabase();
        return () -> connectionString;
    }

    /** The test broker's credentials at another address, e.g. a {@code TcpProxy} standing in front of the broker. */
    public static RabbitConnectionDetails rabbitAt(String host, int port) {
        RabbitEndpoint.Broker broker = RabbitEndpoint.broker();
        return new RabbitConnectionDetails() {
            @Override
            public String getUsername() {
                return broker.username();
            }

            @Override
            public String getPassword() {
                return broker.password();
            }

            @Override
            public List<Address> getAddresses() {
                return List.of(new Address(host, port));
            }
        };
    }
}
