import { hasAnyRole } from '../../auth/caller';
import { useCaller } from '../../auth/CallerProvider';

/**
 * Whether the signed-in user may change settlement data: agency-admin only. The auditor reads the same pages with every write
 * control left out (settlement-service refuses their writes anyway, 403).
 */
export function useCanWrite(): boolean {
  return hasAnyRole(useCaller(), ['agency-admin']);
}
