package dev.newsnlp.annotate.entities;

import java.util.List;
import java.util.Locale;

/**
 * The corpus-wide key of an entity: the same real-world name gets the same key in every document. It is made
 * from the entity's canonical name (its fullest name in the document, see {@link EntityResolver}), so a
 * surname-only mention and a spelling variant that the document-level rules linked to a full name share the
 * full name's key. The name is folded as the document-level rules compare names: case, diacritics and
 * punctuation go, a trailing possessive goes, a person's leading titles go ("President Putin's" is
 * "putin"), and other names lose a leading "the" and trailing legal forms ("Gazprom PJSC" is "gazprom").
 * The type group comes first, so a person and a place called "Washington" stay apart.
 *
 * <pre>
 * PERSON "Sergei Shoigu" -> person:sergei shoigu
 * COUNTRY "Türkiye"      -> location:turkiye
 * </pre>
 */
public final class EntityKeys {

  /** The key of an entity of {@code type} whose canonical name is {@code canonicalName}. */
  public static String of(String canonicalName, String type) {
    String group = EntityResolver.typeGroup(type);
    List<String> tokens = group.equals("PERSON")
        ? EntityResolver.personTokens(canonicalName)
        : EntityResolver.withoutLegalForm(EntityResolver.otherTokens(canonicalName));
    String name = tokens.isEmpty() ? EntityResolver.normalise(canonicalName) : String.join(" ", tokens);
    return group.toLowerCase(Locale.ROOT) + ":" + name;
  }

  private EntityKeys() {}
}
