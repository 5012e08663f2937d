/**
 * The profile rule language: pre-determined risk criteria (law 25-12-2016 art. 25, Directive
 * 2016/681 art. 6(3)) written as explicit, versioned rules over a closed catalogue of PNR fields.
 *
 * <p>{@link eu.piu.screening.profile.ProfileRule#parse} turns a rule's text into an immutable tree
 * once; {@link eu.piu.screening.profile.ProfileRule#evaluate} screens a passenger leg with it and
 * returns the evidence of a hit. {@link eu.piu.screening.profile.ProfileField} is the catalogue;
 * names revealing sensitive data are refused (R10). {@link
 * eu.piu.screening.profile.ProfileValidator} checks a profile change before it is applied (R15).
 * Plain Java, no Flink: the screening job calls it.
 */
package eu.piu.screening.profile;
