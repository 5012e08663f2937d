package eu.piu.screening.names;

/** STAND-IN until the name engine lands. */
public record NameExplanation(String text) {}
