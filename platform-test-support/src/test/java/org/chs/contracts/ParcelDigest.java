package org.chs.contracts;

/** Stands in for a platform-contracts type that is not an event (like the review-token hash), which feature roots may use. */
public final class ParcelDigest {

    private ParcelDigest() {
    }

    public static String of(String parcelId) {
        return Integer.toHexString(parcelId.hashCode());
    }
}
