import { createContext, useContext } from 'react';

/**
 * The ID number the clerk searched for and found not enrolled, handed to the enrolment form the desk opens from the
 * "not found" offer, so it is not typed twice.
 */
export const EnrolmentPrefillContext = createContext<string | undefined>(undefined);

export function useEnrolmentPrefill(): string | undefined {
  return useContext(EnrolmentPrefillContext);
}
