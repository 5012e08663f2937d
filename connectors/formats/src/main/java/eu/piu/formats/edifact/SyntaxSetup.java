package eu.piu.formats.edifact;

/**
 * How to read an interchange: its separators, where its segments begin, and, when the service
 * string advice was missing or unusable, a note saying what was done instead (never content).
 */
public record SyntaxSetup(Separators separators, int bodyStart, String note) {}
