package io.docpipe;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts docpipe: Camel routes, the embedded broker, the HTTP API and the Hawtio console. */
@SpringBootApplication
public class DocpipeApplication {

    public static void main(String[] args) {
        SpringApplication.run(DocpipeApplication.class, args);
    }
}
