package org.chs.platform.messaging;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/** The smallest application that uses the module, as a service would: auto-configuration only, no component scan. */
@SpringBootConfiguration
@EnableAutoConfiguration
public class MessagingTestApplication {
}
