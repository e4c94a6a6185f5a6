import { DatePicker, Form, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useApi } from '../../../api/ApiProvider';
import { FormActions } from '../../../components/FormActions';
import { useFormMutation } from '../../../components/useFormMutation';
import { useI18n } from '../../../i18n/I18nProvider';
import { agencyToday } from '../../../lib/time';
import { AWARD_LEVELS, nominationPath, type Declaration, type Nomination } from '../model';

interface Values {
  effectiveOn?: Dayjs | null;
}

/** The level above an award, or none above the national one. */
export function nextLevel(level: Declaration['level']): Declaration['level'] | undefined {
  return AWARD_LEVELS[AWARD_LEVELS.indexOf(level) + 1];
}

/**
 * 推荐上报 — nominates a site awarded at its batch's level to the next level. site-registry keeps the batch's quota per group
 * and refuses a second nomination, another level or an exhausted quota (422 naming the rule).
 */
export function NominationForm({ declaration, onDone }: { declaration: Declaration; onDone: (n: Nomination) => void }) {
  const api = useApi();
  const { t, tx } = useI18n();
  const [form] = Form.useForm<Values>();
  const path = nominationPath(declaration.id);
  const today = agencyToday();
  const to = nextLevel(declaration.level);
  const { submit, problem, pending } = useFormMutation(
    form,
    ['effectiveOn'],
    (values: Values) => api.post<Nomination>(path, values.effectiveOn ? { effectiveOn: values.effectiveOn.format('YYYY-MM-DD') } : {}),
    onDone,
  );
  if (!to) return null;
  return (
    <Form<Values> form={form} layout="vertical" name="nomination" onFinish={submit}>
      <Typography.Paragraph type="secondary">{t('sites.nomination.intro', { level: tx(`workbench.level.${to}`, to) })}</Typography.Paragraph>
      <Form.Item name="effectiveOn" label={t('sites.transition.effectiveOn')} extra={t('sites.nomination.effectiveOn.hint')}>
        <DatePicker disabledDate={(d) => d.format('YYYY-MM-DD') > today} />
      </Form.Item>
      <FormActions problem={problem} path={path} submit={t('sites.nomination.submit', { level: tx(`workbench.level.${to}`, to) })} pending={pending} />
    </Form>
  );
}
