package eu.piu.formats.pnrgov;

import java.util.List;

/**
 * An allow-listed SSR kept until the whole PNR is read: who it belongs to may only be known later
 * (a DOCS in Gr.1 or Gr.5, an infant named before its own TIF).
 *
 * @param code the SSR code
 * @param text its free text (never stored as such; parsed into fields)
 * @param references traveller references it names
 * @param seats seat per reference (SEAT-like SSRs), aligned with {@code references}
 * @param context the passenger whose Gr.2 it was in, or null
 * @param legIndex the leg whose Gr.5 it was in, or -1
 * @param boardPoint and {@code offPoint}: the leg it names, when it names one
 */
record PendingSsr(
    String code,
    String text,
    List<String> references,
    List<String> seats,
    PassengerDraft context,
    int legIndex,
    String boardPoint,
    String offPoint) {}
