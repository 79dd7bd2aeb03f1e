package org.safeguarding.tracker.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication(scanBasePackages = "org.safeguarding.tracker")
public class TrackerApplication {

    public static void main(String[] args) {
        // Axon's update checker calls out and writes under the home folder; a board's service does neither.
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(TrackerApplication.class, args);
    }
}
