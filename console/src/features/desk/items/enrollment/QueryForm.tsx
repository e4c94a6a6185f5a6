import { Form, Typography } from 'antd';
import { useI18n } from '../../../../i18n/I18nProvider';
import { formatDateTime } from '../../../../lib/time';
import { formatYuan } from '../../person/ContributionsCard';
import { personPath, type Person, type PersonStatus, type Scheme, type StatusChange } from '../../person/personApi';
import type { ItemFormProps, Receipt } from '../../types';
import { FormFrame } from './FormFrame';
import { buildReceipt, handlingInput, type HandledResponse } from './handled';
import { useHandlingSubmit } from './useHandlingSubmit';

/** enrollment `QueryController.Certificate` — 参保凭证. */
interface Certificate {
  personId: string;
  maskedIdNumber: string;
  name: string;
  scheme: Scheme;
  poolingRegion: string;
  status: PersonStatus;
  coverageStart: string;
  year: number;
  coveredThisYear: boolean;
  issuedAt: string;
}

/** enrollment `QueryController.RightsRecord` — 个人权益记录. */
interface RightsRecord {
  personId: string;
  maskedIdNumber: string;
  name: string;
  scheme: Scheme;
  status: PersonStatus;
  statusHistory: StatusChange[];
  contributions: { year: number; amount: number; channel: string; receiptNumber: string }[];
  qualifications: { diseaseCode: string; validFrom: string; validTo: string; status: string }[];
  issuedAt: string;
}

/** The endpoint of each query/print item (enrollment `QueryController`). */
export const QUERY_ENDPOINTS: Record<string, string> = {
  'QRY-01': 'enrolment-queries',
  'QRY-02': 'rights-records',
  'QRY-03': 'certificates',
};

type Line = Receipt['lines'][number];

/**
 * 参保信息查询 (QRY-01), 个人权益记录打印 (QRY-02), 参保凭证打印 (QRY-03): nothing changes, but the handling is recorded. The
 * answer goes on the receipt; the rights record and the certificate are printable documents below it.
 */
export default function QueryForm({ item, servicePointId, servicePointName, person, ticket, onDone, onCancel }: ItemFormProps) {
  const { t, tx } = useI18n();
  const [form] = Form.useForm<Record<string, never>>();
  const { submit, pending, error, leftover } = useHandlingSubmit<Person | RightsRecord | Certificate>({ onDone });
  const endpoint = QUERY_ENDPOINTS[item.code];
  if (!person || !endpoint) return null;
  const path = `${personPath(person.personId)}/${endpoint}`;

  const scheme = (s: Scheme) => tx(`desk.enum.scheme.${s}`, s);
  const status = (s: string) => tx(`desk.enum.status.${s}`, s);

  const receiptOf = (answer: HandledResponse<Person | RightsRecord | Certificate>) => {
    const base = { handling: answer.handling, itemName: item.name, servicePointName, person };
    if (item.code === 'QRY-03') {
      const c = answer.result as Certificate;
      const lines: Line[] = [
        { label: t('items.field.name'), value: c.name },
        { label: t('items.field.idNumber'), value: c.maskedIdNumber },
        { label: t('items.field.scheme'), value: scheme(c.scheme) },
        { label: t('items.field.poolingRegion'), value: c.poolingRegion },
        { label: t('items.field.status'), value: status(c.status) },
        { label: t('items.field.coverageStart'), value: c.coverageStart },
        { label: t('items.query.coveredThisYear', { year: c.year }), value: t(c.coveredThisYear ? 'common.yes' : 'common.no') },
        { label: t('items.query.issuedAt'), value: formatDateTime(c.issuedAt) },
      ];
      return buildReceipt({
        ...base,
        lines: [{ label: t('items.query.printed'), value: t('items.query.certificate') }],
        document: { title: t('items.query.certificate'), lines },
      });
    }
    if (item.code === 'QRY-02') {
      const r = answer.result as RightsRecord;
      const lines: Line[] = [
        { label: t('items.field.name'), value: r.name },
        { label: t('items.field.idNumber'), value: r.maskedIdNumber },
        { label: t('items.field.scheme'), value: scheme(r.scheme) },
        { label: t('items.field.status'), value: status(r.status) },
        ...r.statusHistory.map((c) => ({
          label: t('items.query.statusChange', { date: c.effectiveDate }),
          value: `${status(c.from)} → ${status(c.to)}（${c.reason}）`,
        })),
        ...r.contributions.map((c) => ({
          label: t('items.query.contribution', { year: c.year }),
          value: `${formatYuan(c.amount)} · ${tx(`desk.enum.contributionChannel.${c.channel}`, c.channel)} · ${c.receiptNumber}`,
        })),
        ...r.qualifications.map((q) => ({
          label: t('items.query.qualification', { code: q.diseaseCode }),
          value: `${q.validFrom} ~ ${q.validTo} · ${tx(`desk.enum.qualificationStatus.${q.status}`, q.status)}`,
        })),
        { label: t('items.query.issuedAt'), value: formatDateTime(r.issuedAt) },
      ];
      return buildReceipt({
        ...base,
        lines: [{ label: t('items.query.printed'), value: t('items.query.rightsRecord') }],
        document: { title: t('items.query.rightsRecord'), lines },
      });
    }
    const p = answer.result as Person;
    return buildReceipt({
      ...base,
      lines: [
        { label: t('items.field.scheme'), value: scheme(p.scheme) },
        { label: t('items.field.status'), value: status(p.status) },
        { label: t('items.field.poolingRegion'), value: p.poolingRegion },
        { label: t('items.field.coverageStart'), value: p.coverageStart },
        ...(p.employer ? [{ label: t('items.field.employer'), value: `${p.employer.name}（${p.employer.creditCode}）` }] : []),
        { label: t('items.query.contributionYears'), value: (p.contributionYears ?? []).join('、') || t('common.none') },
      ],
    });
  };

  return (
    <FormFrame<Record<string, never>>
      item={item}
      person={person}
      ticket={ticket}
      onCancel={onCancel}
      form={form}
      onFinish={() => submit({ path, body: { handling: handlingInput(ticket, servicePointId) }, toReceipt: receiptOf })}
      pending={pending}
      error={error}
      errorPath={path}
      leftover={leftover}
      submitLabel={t(item.code === 'QRY-01' ? 'items.query.submit' : 'items.query.print')}
    >
      <Typography.Paragraph>{t(`items.query.explain.${item.code === 'QRY-01' ? 'QRY-01' : item.code === 'QRY-02' ? 'QRY-02' : 'QRY-03'}`)}</Typography.Paragraph>
    </FormFrame>
  );
}
