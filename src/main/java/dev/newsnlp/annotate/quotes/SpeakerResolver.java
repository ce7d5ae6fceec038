package dev.newsnlp.annotate.quotes;

import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Turns the named mention a speaker was found at into the document-level entity it names. The attributor
 * finds speakers; a resolver says who they are in the whole document ("Cruz" → "Ted Cruz").
 *
 * <p>{@link MentionSpeakerResolver} is the built-in, document-local one (fullest mention containing the
 * speaker's name words). A document-level entity resolver (entity ids, an entities table) plugs in by
 * implementing this interface over the same mention list the entity_mentions table is written from.
 */
public interface SpeakerResolver {

  /**
   * A resolved speaker.
   *
   * @param canonicalName the entity's canonical name ("Ted Cruz")
   * @param type the entity type (PERSON, ORGANIZATION, ...)
   * @param entityId the entity's id in the entities table, or null when there is none
   */
  record Entity(String canonicalName, String type, @Nullable String entityId) {}

  /** The entity of the document mention with this index (in the mention list given to the attributor). */
  Entity resolve(int mentionIndex);
}
