/**
 * Domain vocabulary shared by every feature of the settlement service: money in yuan and fen, region codes, and the domain
 * exceptions the web layer renders as problem details. No Spring, no web types.
 */
package org.chs.settlement.shared;
