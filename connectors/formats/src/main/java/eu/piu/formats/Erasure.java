package eu.piu.formats;

/**
 * Sensitive elements removed from one PNR or API list before anything was kept (R10, Directive
 * arts. 6(4), 13(4)): their type and how many, never their content. The ingestion job journals each
 * as an ERASURE audit event.
 *
 * @param elementType e.g. {@code SSR:MEAL}, {@code SSR:MEDICAL}, {@code SSR:OTHER}, {@code
 *     FREE_TEXT:OSI}, {@code FREE_TEXT:REMARK}, {@code FREE_TEXT:LTS}, {@code FREE_TEXT:HISTORY}
 * @param count how many such elements were removed
 */
public record Erasure(String elementType, int count) {}
