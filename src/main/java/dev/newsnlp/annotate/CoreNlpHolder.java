package dev.newsnlp.annotate;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CoreNLP pipelines, built once per JVM and configuration, never per bundle or per DoFn instance.
 *
 * <p>Runners clone DoFns per thread and per stage, so the models live here in static state (the PER_CLASS
 * pattern of scio's DoFnWithResource). A thread-safe configuration (NER only) shares one pipeline between
 * all threads. A configuration with CoreNLP's quote attributor, which is not thread-safe, is lent to one
 * thread at a time: an idle pipeline is reused, and a new one (with its own {@code quote.instanceId}, while
 * the NER, POS, parser and coref models stay shared through CoreNLP's annotator pool) is built only when
 * every existing one is busy, so their number never exceeds the number of threads annotating at once.
 */
public final class CoreNlpHolder {
  private static final Logger LOG = LoggerFactory.getLogger(CoreNlpHolder.class);

  private static final ConcurrentHashMap<String, Pool> POOLS = new ConcurrentHashMap<>();
  private static final AtomicInteger BUILT = new AtomicInteger();

  /** A pipeline lent to the caller until {@link #close()}. */
  public static final class Lease implements AutoCloseable {
    private final Pool pool;
    private final StanfordCoreNLP pipeline;

    private Lease(Pool pool, StanfordCoreNLP pipeline) {
      this.pool = pool;
      this.pipeline = pipeline;
    }

    public StanfordCoreNLP pipeline() {
      return pipeline;
    }

    @Override
    public void close() {
      pool.giveBack(pipeline);
    }
  }

  public static Lease lease(NlpConfig config) {
    return POOLS.computeIfAbsent(config.key(), k -> new Pool(config)).take();
  }

  /**
   * Builds the pipeline for {@code config} now, so that loading the models overlaps the job's start (the
   * direct runner's launcher calls it in the background; the first page then finds the models loaded, or
   * waits for the same build instead of starting another).
   */
  public static void warmUp(NlpConfig config) {
    try (Lease ignored = lease(config)) {
      // built and returned to the pool
    }
  }

  /** How many StanfordCoreNLP objects this JVM has built (the proof that models load once). */
  public static int pipelinesBuilt() {
    return BUILT.get();
  }

  private static final class Pool {
    private final NlpConfig config;
    private final ConcurrentLinkedQueue<StanfordCoreNLP> idle = new ConcurrentLinkedQueue<>();
    private final AtomicInteger instances = new AtomicInteger();
    private volatile StanfordCoreNLP shared;

    Pool(NlpConfig config) {
      this.config = config;
    }

    Lease take() {
      if (config.threadSafe()) {
        StanfordCoreNLP s = shared;
        if (s == null) {
          synchronized (this) {
            if (shared == null) {
              shared = build(0);
            }
            s = shared;
          }
        }
        return new Lease(this, s);
      }
      StanfordCoreNLP p = idle.poll();
      if (p == null) {
        // Serialize builds: the first one loads every model; later ones only a quote annotator.
        synchronized (this) {
          p = idle.poll();
          if (p == null) {
            p = build(instances.getAndIncrement());
          }
        }
      }
      return new Lease(this, p);
    }

    void giveBack(StanfordCoreNLP p) {
      if (!config.threadSafe()) {
        idle.add(p);
      }
    }

    private StanfordCoreNLP build(int instanceId) {
      long t0 = System.nanoTime();
      StanfordCoreNLP p = new StanfordCoreNLP(config.toProperties(instanceId));
      int built = BUILT.incrementAndGet();
      // With the pid, a cluster's worker logs show how many pipelines each JVM built (FlinkClusterIT counts).
      LOG.info("Built CoreNLP pipeline #{} [{}] in {} ms; JVM pid {} has built {} pipeline(s)", instanceId,
          config.annotators(), (System.nanoTime() - t0) / 1_000_000, ProcessHandle.current().pid(), built);
      return p;
    }
  }

  private CoreNlpHolder() {}
}
