package org.herald.store;

/**
 * One actor code and how often it acts in the selected events.
 *
 * @param name     its most frequent canonical name, else its most frequent mention
 * @param events   events it takes part in (as source or target)
 * @param articles distinct articles those events come from
 */
public record ActorRow(String code, String country, String org, String sector, String name, long events, long asSource,
                       long asTarget, long articles, String firstDay, String lastDay) {
}
