package org.camino.web.api;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for the whole API, with the default configuration.
 * Without a resolver RESTEasy builds a new Jsonb for every request and throws
 * it away, and with it Yasson's cache of class models: that alone was about
 * half the server time of a small API call (measured, docs/benchmarks.md).
 * A Jsonb is thread-safe, so sharing it is what the JSON-B specification intends.
 */
@Provider
@ApplicationScoped
public class JsonMapping implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    @PreDestroy
    void close() throws Exception {
        jsonb.close();
    }
}
