package org.chs.settingsample.parcel;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** A sample settings record under another name than the house's: the rule must report it. */
@ConfigurationProperties("chs.parcel.settings")
public record ParcelSettings(int maxWeight) {
}
