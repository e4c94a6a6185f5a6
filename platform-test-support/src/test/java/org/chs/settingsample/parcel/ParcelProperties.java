package org.chs.settingsample.parcel;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** A sample settings record named as the house names them. */
@ConfigurationProperties("chs.parcel")
public record ParcelProperties(int maxWeight) {
}
