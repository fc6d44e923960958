package io.docpipe.operation;

import io.docpipe.error.UnknownOperationException;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/** The operations docpipe offers, looked up by name. */
public class OperationRegistry {

    private final Map<String, Operation> operations = new TreeMap<>();

    public OperationRegistry(Collection<? extends Operation> operations) {
        for (Operation operation : operations) {
            Operation previous = this.operations.put(operation.name(), operation);
            if (previous != null) {
                throw new IllegalStateException("Two operations are named '" + operation.name() + "': "
                        + previous.getClass().getName() + " and " + operation.getClass().getName());
            }
        }
    }

    /**
     * Returns the operation with this name.
     *
     * @throws UnknownOperationException listing the known names
     */
    public Operation get(String name) {
        Operation operation = operations.get(name);
        if (operation == null) {
            throw new UnknownOperationException("Unknown operation '" + name + "'; known operations: "
                    + String.join(", ", operations.keySet()));
        }
        return operation;
    }

    public boolean contains(String name) {
        return operations.containsKey(name);
    }

    public Collection<String> names() {
        return operations.keySet();
    }
}
