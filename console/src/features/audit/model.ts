/** settlement-service's audit rules (AuditRule), in the order DOMAIN §7 lists them there. */
export const AUDIT_RULES = ['REPEAT_CHARGE', 'DECOMPOSED_HOSPITALISATION', 'OVER_QUANTITY_LIMIT', 'RESTRICTED_DRUG_WITHOUT_QUALIFICATION', 'EMERGENCY_WITHOUT_FILING'] as const;
export type AuditRule = (typeof AUDIT_RULES)[number];

/** AuditFlag: one suspected violation with its evidence. */
export interface AuditFlag {
  rule: AuditRule | string;
  itemCode?: string | null;
  blocking: boolean;
  message: string;
  evidence: Record<string, string>;
}

/** AuditFlagController.FlaggedSettlement. */
export interface FlaggedSettlement {
  settlementId: string;
  billNumber: string;
  institutionId: string;
  personId?: string | null;
  maskedIdNumber?: string | null;
  insuredRegion: string;
  treatmentRegion: string;
  status: string;
  settledAt?: string | null;
  flags: AuditFlag[];
}

export const AUDIT_FLAGS_PATH = '/api/settlement/audit-flags';

export interface AuditFilter {
  rule?: AuditRule;
  institutionId?: string;
  insuredRegion?: string;
  treatmentRegion?: string;
  /** Settlement days, inclusive, yyyy-MM-dd. */
  from?: string;
  to?: string;
}
