package org.chs.registry.declaration;

/**
 * 结果乱序 — an award arrived before the score it follows (the relay may deliver events out of order); worth retrying, unlike a
 * result the lifecycle can never take.
 */
public class ResultOutOfOrderException extends RuntimeException {

    public ResultOutOfOrderException(String message) {
        super(message);
    }
}
