package org.herald.cli;

final class Version {
    static final String HERALD = "0.1.0";

    private Version() {
    }
}
