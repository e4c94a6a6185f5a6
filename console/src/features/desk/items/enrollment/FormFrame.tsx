import type { ReactNode } from 'react';
import { Button, Descriptions, Form, Space, type FormInstance } from 'antd';
import type { FieldViolation } from '../../../../api/problem';
import { useI18n } from '../../../../i18n/I18nProvider';
import { formatTime } from '../../../../lib/time';
import type { ItemFormProps } from '../../types';
import { HandlingProblem } from './HandlingProblem';

export interface FormFrameProps<V> extends Pick<ItemFormProps, 'item' | 'person' | 'ticket' | 'onCancel'> {
  form: FormInstance<V>;
  onFinish: (values: V) => void;
  initialValues?: Partial<V>;
  pending: boolean;
  error: unknown;
  errorPath?: string;
  leftover: FieldViolation[];
  /** Why the item cannot be submitted for this person (e.g. a status that forbids it); disables the submit button. */
  blocked?: ReactNode;
  submitLabel?: string;
  /** Shown above the form, outside it (e.g. a lookup with its own form). */
  before?: ReactNode;
  children?: ReactNode;
}

/**
 * What every item form looks like: the item, ticket and person it is done for, the refusal of the last attempt, the fields,
 * and submit/cancel.
 */
export function FormFrame<V>({
  item,
  person,
  ticket,
  onCancel,
  form,
  onFinish,
  initialValues,
  pending,
  error,
  errorPath,
  leftover,
  blocked,
  submitLabel,
  before,
  children,
}: FormFrameProps<V>) {
  const { t } = useI18n();
  return (
    <>
      <Descriptions
        size="small"
        column={1}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'item', label: t('items.frame.item'), children: `${item.name}（${item.code}）` },
          { key: 'ticket', label: t('items.frame.ticket'), children: `${ticket.number} · ${t('items.frame.calledAt', { time: formatTime(ticket.calledAt) })}` },
          ...(person ? [{ key: 'person', label: t('items.frame.person'), children: `${person.name} ${person.maskedIdNumber}` }] : []),
        ]}
      />
      {before}
      {blocked}
      {error != null && <HandlingProblem error={error} path={errorPath} leftover={leftover} />}
      <Form<V> form={form} name="itemForm" layout="vertical" onFinish={onFinish} initialValues={initialValues} disabled={pending} scrollToFirstError>
        {children}
        <Form.Item style={{ marginTop: 8, marginBottom: 0 }}>
          <Space>
            <Button type="primary" htmlType="submit" loading={pending} disabled={Boolean(blocked)}>
              {submitLabel ?? t('items.submit')}
            </Button>
            <Button onClick={onCancel} disabled={pending}>
              {t('common.cancel')}
            </Button>
          </Space>
        </Form.Item>
      </Form>
    </>
  );
}
