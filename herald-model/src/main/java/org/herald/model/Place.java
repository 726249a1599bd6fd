package org.herald.model;

/** Where an event happened; precision is city, region or country. */
public record Place(String name, String country, Double lat, Double lon, String precision) {
}
