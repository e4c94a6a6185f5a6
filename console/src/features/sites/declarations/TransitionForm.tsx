import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Button, DatePicker, Form, Input, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useApi } from '../../../api/ApiProvider';
import { ApiError } from '../../../api/problem';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { applyFieldErrors } from '../../../components/formErrors';
import { useI18n } from '../../../i18n/I18nProvider';
import { agencyToday } from '../../../lib/time';
import { TRANSITION_NOTE_MAX, transitionsPath, type Declaration, type DeclarationStatus } from '../model';

interface Values {
  effectiveOn?: Dayjs | null;
  note?: string;
}

const FIELDS: readonly (keyof Values)[] = ['effectiveOn', 'note'];
const isField = (name: unknown): name is keyof Values => typeof name === 'string' && (FIELDS as readonly string[]).includes(name);

/** Records the next lifecycle step by hand (TransitionRequest), against the version the page shows (If-Match). */
export function TransitionForm({ declaration, to, onDone }: { declaration: Declaration; to: DeclarationStatus; onDone: (d: Declaration) => void }) {
  const api = useApi();
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<unknown>(null);
  const path = transitionsPath(declaration.id);
  const lastStep = declaration.history.at(-1)?.effectiveOn ?? declaration.declaredOn;
  const today = agencyToday();
  const advance = useMutation({
    mutationFn: (values: Values) => {
      const note = values.note?.trim();
      return api.post<Declaration>(
        path,
        { to, ...(values.effectiveOn ? { effectiveOn: values.effectiveOn.format('YYYY-MM-DD') } : {}), ...(note ? { note } : {}) },
        { headers: { 'If-Match': `"${declaration.version}"` } },
      );
    },
    onSuccess: onDone,
    onError: (error) => {
      const elsewhere = applyFieldErrors(form, error, FIELDS);
      // site-registry's 422 business rules name the field they concern (e.g. effectiveOn for the date rules).
      const field = error instanceof ApiError ? error.problem.field : undefined;
      if (isField(field) && error instanceof ApiError && error.status === 422) {
        form.setFields([{ name: field, errors: [error.problem.detail ?? error.message] }]);
        setProblem(null);
        return;
      }
      const allOnFields = error instanceof ApiError && error.fieldErrors.length > 0 && elsewhere.length === 0;
      setProblem(allOnFields ? null : error);
    },
  });
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={(values) => {
        setProblem(null);
        advance.mutate(values);
      }}
    >
      <Form.Item name="effectiveOn" label={t('sites.transition.effectiveOn')} extra={t('sites.transition.effectiveOn.hint', { from: lastStep, to: today })}>
        <DatePicker disabledDate={(d) => d.format('YYYY-MM-DD') > today || d.format('YYYY-MM-DD') < lastStep} />
      </Form.Item>
      <Form.Item name="note" label={t('sites.transition.note')} rules={[{ max: TRANSITION_NOTE_MAX, message: t('sites.finding.tooLong', { max: TRANSITION_NOTE_MAX }) }]}>
        <Input.TextArea rows={2} maxLength={TRANSITION_NOTE_MAX} />
      </Form.Item>
      {problem != null && (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert error={problem} path={path} />
        </div>
      )}
      <Space>
        <Button type="primary" htmlType="submit" loading={advance.isPending}>
          {t('sites.transition.submit', { status: t(`sites.status.${to}`) })}
        </Button>
      </Space>
    </Form>
  );
}
