import { fractionToPercent, percentToFraction } from '../decimal';
import { HOSPITAL_LEVELS, type HospitalLevel, type Policy, type PolicyRequest, type Scheme } from '../model';

/** The policy form: yuan and percentage points as typed text, ratios as percentages (85 for 0.85). */
export interface PolicyValues {
  scheme: Scheme;
  year: number;
  deductibles: Record<HospitalLevel, string>;
  ratios: Record<HospitalLevel, string>;
  annualCap: string;
  referralReductionPoints: string;
  unreferredReductionPoints: string;
}

/** Top-level names of the form that the API's field errors may name (deductibles[LEVEL_2] lands on its field). */
export const POLICY_FIELDS = ['deductibles', 'ratios', 'annualCap', 'referralReductionPoints', 'unreferredReductionPoints'] as const;

export function policyValues(policy: Policy): PolicyValues {
  const per = (values: Policy['deductibles'], map: (v: string) => string) =>
    Object.fromEntries(HOSPITAL_LEVELS.map((level) => [level, values[level] === undefined ? '' : map(String(values[level]))])) as Record<HospitalLevel, string>;
  return {
    scheme: policy.scheme,
    year: policy.year,
    deductibles: per(policy.deductibles, (v) => v),
    ratios: per(policy.ratios, fractionToPercent),
    annualCap: String(policy.annualCap),
    referralReductionPoints: String(policy.referralReductionPoints),
    unreferredReductionPoints: String(policy.unreferredReductionPoints),
  };
}

/** The PUT body: decimal texts become JSON numbers of the same digits; a ratio typed as 85 is sent as 0.85. */
export function policyRequest(values: PolicyValues, version?: number | null): PolicyRequest {
  const deductibles: PolicyRequest['deductibles'] = {};
  const ratios: PolicyRequest['ratios'] = {};
  for (const level of HOSPITAL_LEVELS) {
    deductibles[level] = Number(values.deductibles[level].trim());
    ratios[level] = Number(percentToFraction(values.ratios[level]));
  }
  return {
    deductibles,
    ratios,
    annualCap: Number(values.annualCap.trim()),
    referralReductionPoints: Number(values.referralReductionPoints.trim()),
    unreferredReductionPoints: Number(values.unreferredReductionPoints.trim()),
    ...(version !== undefined && version !== null ? { version } : {}),
  };
}
