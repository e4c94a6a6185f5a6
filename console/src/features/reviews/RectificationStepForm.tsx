import { Button, Form, Input, Space, Typography } from 'antd';
import { useApi } from '../../api/ApiProvider';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormMutation } from '../../components/useFormMutation';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/catalogue';
import { ANSWER_MAX, answerPath, closePath, NOTE_MAX, type RectificationStatus, type ReviewView } from './model';

/** The two steps of the loop a person takes: the point answers an OPEN one, the agency closes an ANSWERED one. */
export type RectificationStep = 'answer' | 'close';

interface StepSpec {
  /** The status a rectification must be in for the step. */
  from: RectificationStatus;
  path: (handlingId: string) => string;
  /** AnswerRequest.answer (required) or CloseRequest.note (optional), both at most 2000 characters. */
  field: 'answer' | 'note';
  required: boolean;
  max: number;
  /** The point's answer is shown to whoever closes. */
  showsAnswer: boolean;
  labels: { action: MessageKey; title: MessageKey; label: MessageKey; hint: MessageKey; tooLong: MessageKey; submit: MessageKey; done: MessageKey; required?: MessageKey };
}

export const STEPS: Record<RectificationStep, StepSpec> = {
  answer: {
    from: 'OPEN',
    path: answerPath,
    field: 'answer',
    required: true,
    max: ANSWER_MAX,
    showsAnswer: false,
    labels: {
      action: 'rectification.answer',
      title: 'rectification.answer.title',
      label: 'rectification.answer.label',
      hint: 'rectification.answer.hint',
      tooLong: 'rectification.answer.tooLong',
      submit: 'rectification.answer.submit',
      done: 'rectification.answer.done',
      required: 'rectification.answer.required',
    },
  },
  close: {
    from: 'ANSWERED',
    path: closePath,
    field: 'note',
    required: false,
    max: NOTE_MAX,
    showsAnswer: true,
    labels: {
      action: 'workbench.close',
      title: 'workbench.close.title',
      label: 'workbench.close.note',
      hint: 'workbench.close.hint',
      tooLong: 'workbench.close.tooLong',
      submit: 'workbench.close.submit',
      done: 'workbench.close.done',
    },
  },
};

type Values = Partial<Record<'answer' | 'note', string>>;

/** One step of a rectification (答复 or 核实办结): the step's text, posted to its endpoint; refusals on the field or above the buttons. */
export function RectificationStepForm({
  step,
  review,
  onDone,
  onCancel,
}: {
  step: RectificationStep;
  review: ReviewView;
  onDone: (updated: ReviewView) => void;
  onCancel: () => void;
}) {
  const api = useApi();
  const { t } = useI18n();
  const spec = STEPS[step];
  const [form] = Form.useForm<Values>();
  const path = spec.path(review.handlingId);
  const { submit, problem, pending } = useFormMutation(
    form,
    [spec.field],
    (values: Values) => {
      const text = values[spec.field]?.trim();
      return api.post<ReviewView>(path, text ? { [spec.field]: text } : {});
    },
    onDone,
  );
  const rules = [
    ...(spec.required && spec.labels.required ? [{ required: true, whitespace: true, message: t(spec.labels.required) }] : []),
    { max: spec.max, message: t(spec.labels.tooLong, { max: spec.max }) },
  ];
  return (
    <Form<Values> form={form} layout="vertical" onFinish={submit}>
      {problem != null && (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert error={problem} path={path} />
        </div>
      )}
      {spec.showsAnswer && (
        <Typography.Paragraph>
          <Typography.Text strong>{t('workbench.close.answer')}</Typography.Text> {review.rectification?.answer ?? '—'}
        </Typography.Paragraph>
      )}
      <Form.Item name={spec.field} label={t(spec.labels.label)} extra={t(spec.labels.hint)} rules={rules}>
        <Input.TextArea rows={spec.required ? 5 : 4} maxLength={spec.max} showCount />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" autoInsertSpace={false} loading={pending}>
          {t(spec.labels.submit)}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </Space>
    </Form>
  );
}
