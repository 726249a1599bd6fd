package org.herald.model;

/** A number on an event: "about 1,500 soldiers" is value 1500, unit soldiers, approx. */
public record Quantity(Double value, Double low, Double high, String unit, boolean approx, String text,
                       int begin, int end) {
}
