package eu.piu.localstack;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One {@link LocalKafka} and one {@link LocalElasticsearch} per test JVM, started by the first test
 * class that uses {@code @ExtendWith(LocalStackExtension.class)} and stopped when the JVM's test
 * run ends. Tests take them as parameters (constructor, lifecycle or test methods) or from {@link
 * #kafka()} and {@link #elasticsearch()}.
 *
 * <p>Being shared, they keep state between test classes: use topic and index names of your own.
 */
public final class LocalStackExtension implements BeforeAllCallback, ParameterResolver {

  private static volatile Stack stack;

  @Override
  public void beforeAll(ExtensionContext context) {
    stack(context);
  }

  /** The shared broker; only once a test class using this extension has started. */
  public static LocalKafka kafka() {
    return started().kafka;
  }

  /** The shared node; only once a test class using this extension has started. */
  public static LocalElasticsearch elasticsearch() {
    return started().elasticsearch;
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == LocalKafka.class || type == LocalElasticsearch.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Stack shared = stack(context);
    return parameter.getParameter().getType() == LocalKafka.class
        ? shared.kafka
        : shared.elasticsearch;
  }

  private static Stack stack(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(ExtensionContext.Namespace.create(LocalStackExtension.class))
        .getOrComputeIfAbsent(Stack.class, key -> Stack.start(), Stack.class);
  }

  private static Stack started() {
    Stack shared = stack;
    if (shared == null) {
      throw new IllegalStateException(
          "The local stack is not started: annotate the test class with"
              + " @ExtendWith(LocalStackExtension.class)");
    }
    return shared;
  }

  private static final class Stack implements ExtensionContext.Store.CloseableResource {
    final LocalKafka kafka;
    final LocalElasticsearch elasticsearch;

    private Stack(LocalKafka kafka, LocalElasticsearch elasticsearch) {
      this.kafka = kafka;
      this.elasticsearch = elasticsearch;
    }

    /** Side by side: Kafka takes about 1.5 s, Elasticsearch about 3 s, mostly waiting. */
    static Stack start() {
      CompletableFuture<LocalElasticsearch> elasticsearch =
          CompletableFuture.supplyAsync(
              LocalElasticsearch::start,
              task -> new Thread(task, "local-elasticsearch-start").start());
      LocalKafka kafka;
      try {
        kafka = LocalKafka.start();
      } catch (RuntimeException e) {
        elasticsearch.thenAccept(LocalElasticsearch::close);
        throw e;
      }
      try {
        stack = new Stack(kafka, elasticsearch.join());
        return stack;
      } catch (CompletionException e) {
        try {
          kafka.close();
        } catch (Exception closing) {
          e.getCause().addSuppressed(closing);
        }
        throw e.getCause() instanceof RuntimeException cause
            ? cause
            : new IllegalStateException(e.getCause());
      }
    }

    @Override
    public void close() throws Exception {
      stack = null;
      try {
        elasticsearch.close();
      } finally {
        kafka.close();
      }
    }
  }
}
