import { useState } from 'react';
import { Alert, App, Button, DatePicker, Form, Modal, Select, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../../api/ApiProvider';
import type { FieldViolation } from '../../../api/problem';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { applyFieldErrors } from '../../../components/formErrors';
import { useI18n } from '../../../i18n/I18nProvider';
import { dayjs } from '../../../lib/time';
import { HOSPITAL_LEVELS, institutionLevelsPath, type HospitalLevel, type Institution } from '../model';

interface Values {
  levels: { level?: HospitalLevel; effectiveFrom?: Dayjs | null }[];
}

/** The GradeRequest: entries in date order (the service orders them too; the user sees what will be held). */
export function gradeRequest(values: Values): { levels: { level: HospitalLevel; effectiveFrom: string }[] } {
  return {
    levels: values.levels
      .map((entry) => ({ level: entry.level!, effectiveFrom: entry.effectiveFrom!.format('YYYY-MM-DD') }))
      .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom)),
  };
}

/** Replaces an institution's level history (PUT /institutions/{id}/levels), so a wrong entry can be corrected or removed. */
export function LevelsDialog({ institution, onClose }: { institution: Institution; onClose: () => void }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [rest, setRest] = useState<FieldViolation[]>([]);
  const path = institutionLevelsPath(institution.institutionId);
  const save = useMutation({
    mutationFn: (values: Values) => api.put<Institution>(path, gradeRequest(values)),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['settlement', 'institutions'] });
      void message.success(t('settlement.saved'));
      onClose();
    },
    onError: (error) => setRest(applyFieldErrors(form, error, ['levels'])),
  });
  return (
    <Modal open title={t('settlement.institutions.dialog', { id: institution.institutionId })} onCancel={onClose} footer={null} width={560} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('settlement.institutions.dialog.intro')}</Typography.Paragraph>
      {save.error && <ProblemAlert error={save.error} path={path} />}
      {rest.length > 0 && <Alert type="warning" showIcon title={rest.map((v) => `${v.field}: ${v.message}`).join('；')} />}
      <Form<Values>
        form={form}
        name="levels"
        disabled={save.isPending}
        initialValues={{
          levels: institution.levels.length
            ? institution.levels.map((l) => ({ level: l.level, effectiveFrom: dayjs(l.effectiveFrom) }))
            : [{ level: undefined, effectiveFrom: null }],
        }}
        onFinish={(values) => {
          setRest([]);
          save.mutate(values);
        }}
        style={{ marginTop: 12 }}
      >
        <Form.List
          name="levels"
          rules={[
            {
              validator: async (_rule, entries: Values['levels'] | undefined) => {
                if (!entries || entries.length === 0) throw new Error(t('settlement.institutions.levels.required'));
                const days = entries.map((e) => e?.effectiveFrom?.format('YYYY-MM-DD')).filter(Boolean);
                if (new Set(days).size !== days.length) throw new Error(t('settlement.institutions.duplicateDate'));
              },
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((field, index) => (
                <Space key={field.key} align="baseline" data-testid="level-entry">
                  <Form.Item
                    name={[field.name, 'level']}
                    label={t('settlement.institutions.level')}
                    rules={[{ required: true, message: t('settlement.institutions.level') }]}
                  >
                    <Select
                      style={{ width: 110 }}
                      aria-label={`${t('settlement.institutions.level')} ${index + 1}`}
                      options={HOSPITAL_LEVELS.map((level) => ({ value: level, label: t(`settlement.level.${level}`) }))}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'effectiveFrom']}
                    label={t('settlement.institutions.effectiveFrom')}
                    rules={[{ required: true, message: t('settlement.institutions.effectiveFrom') }]}
                  >
                    <DatePicker aria-label={`${t('settlement.institutions.effectiveFrom')} ${index + 1}`} />
                  </Form.Item>
                  <Button type="text" icon={<DeleteOutlined />} aria-label="remove" onClick={() => remove(field.name)} />
                </Space>
              ))}
              <Form.Item>
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ level: undefined, effectiveFrom: null })}>
                  {t('settlement.institutions.addLevel')}
                </Button>
                <Form.ErrorList errors={errors} />
              </Form.Item>
            </>
          )}
        </Form.List>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('settlement.save')}
        </Button>
      </Form>
    </Modal>
  );
}
