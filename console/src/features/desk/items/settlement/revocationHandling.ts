import type { ApiClient } from '../../../../api/client';
import type { Page } from '../../../../api/page';
import { agencyToday } from '../../../../lib/time';
import { instantMillis } from '../../handlings/mergeHandlings';
import { SETTLEMENT_HANDLINGS_PATH, type FilingResponse, type SettlementHandling } from './settlementApi';

const PAGE_SIZE = 200;
const MAX_PAGES = 10;

/**
 * The handling a revocation was recorded under, for an answer that does not carry it (settlement-service before
 * FilingResponse.handling): found in the point's list of settlement handlings of that day as the FILING_REVOCATION of the
 * filing, or — in a list without `business` — the same item and person completed at the very instant the filing was revoked
 * (FilingService.revoke uses one instant for both). Undefined when the list does not have it.
 */
export async function findRevocationHandling(api: ApiClient, filing: FilingResponse): Promise<SettlementHandling | undefined> {
  if (!filing.revokedAt) return undefined;
  const revokedAt = instantMillis(filing.revokedAt);
  const date = agencyToday(new Date(revokedAt));
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await api.get<Page<SettlementHandling>>(SETTLEMENT_HANDLINGS_PATH, { query: { date, page, size: PAGE_SIZE } });
    const found = result.items.find(
      (h) =>
        (h.business ? h.business.kind === 'FILING_REVOCATION' && h.business.id === filing.id : true) &&
        h.handlingId !== filing.handlingId &&
        h.itemCode === filing.itemCode &&
        h.personId === filing.personId &&
        !!h.completedAt &&
        instantMillis(h.completedAt) === revokedAt,
    );
    if (found) return found;
    if (!result.hasNext) return undefined;
  }
  return undefined;
}
