package io.docpipe.component;

import io.docpipe.operation.Operation;
import io.docpipe.operation.OperationRegistry;
import java.nio.file.Path;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the docpipe component with every {@link Operation} bean in the application. */
@Configuration(proxyBeanMethods = false)
public class DocpipeComponentConfiguration {

    @Bean
    OperationRegistry operationRegistry(List<Operation> operations) {
        return new OperationRegistry(operations);
    }

    /** The bean name is the URI scheme: Camel finds components in the registry by name. */
    @Bean("docpipe")
    DocpipeComponent docpipeComponent(
            OperationRegistry operations, @Value("${docpipe.work-directory}") Path workDirectory) {
        DocpipeComponent component = new DocpipeComponent(operations);
        component.setWorkDirectory(workDirectory);
        return component;
    }
}
