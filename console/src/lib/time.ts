import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';

dayjs.extend(utc);
dayjs.extend(timezone);

/** The agency's time zone: every date and time the console shows is in it, whatever the browser's zone. */
export const AGENCY_ZONE = 'Asia/Shanghai';

export function formatDateTime(instant: string | null | undefined): string {
  return instant ? dayjs(instant).tz(AGENCY_ZONE).format('YYYY-MM-DD HH:mm:ss') : '—';
}

export function formatTime(instant: string | null | undefined): string {
  return instant ? dayjs(instant).tz(AGENCY_ZONE).format('HH:mm:ss') : '—';
}

/** Today in the agency's zone, as yyyy-MM-dd. */
export function agencyToday(now: Date = new Date()): string {
  return dayjs(now).tz(AGENCY_ZONE).format('YYYY-MM-DD');
}

/** Minutes between two instants, one decimal. */
export function minutesBetween(from: string | null | undefined, to: string | null | undefined): number | null {
  if (!from || !to) return null;
  return Math.round((dayjs(to).valueOf() - dayjs(from).valueOf()) / 6000) / 10;
}

export { dayjs };
