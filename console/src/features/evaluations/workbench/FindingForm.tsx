import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Button, Form, Input, InputNumber, Radio, Space, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useApi } from '../../../api/ApiProvider';
import { ApiError } from '../../../api/problem';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { applyFieldErrors } from '../../../components/formErrors';
import { useI18n } from '../../../i18n/I18nProvider';
import type { EvaluationView, FindingView } from '../model';
import { findingPath } from '../scorecard';
import { caseClauses, type ItemBody } from '../standard';
import {
  findingBody,
  initialValues,
  NOTES_MAX,
  VETO_DESCRIPTION_MAX,
  VETO_EVIDENCE_MAX,
  type FindingValues,
} from './findingBody';

const FORM_FIELDS = ['casesPerClause', 'vetoFindings', 'preconditionMet', 'notes'] as const;

export interface FindingFormProps {
  evaluationId: string;
  item: ItemBody;
  finding?: FindingView;
  readOnly?: boolean;
  onSaved: (evaluation: EvaluationView) => void;
}

/** The finding form that fits the item's rule kind, saved with PUT …/findings/{itemCode} (replacing the caller's earlier one). */
export function FindingForm({ evaluationId, item, finding, readOnly = false, onSaved }: FindingFormProps) {
  const api = useApi();
  const { t } = useI18n();
  const [form] = Form.useForm<FindingValues>();
  const [problem, setProblem] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const path = findingPath(evaluationId, item.code);
  const save = useMutation({
    mutationFn: (values: FindingValues) => api.put<EvaluationView>(path, findingBody(item, values)),
    onSuccess: (evaluation) => {
      setSaved(true);
      onSaved(evaluation);
    },
    onError: (error) => {
      const elsewhere = applyFieldErrors(form, error, FORM_FIELDS);
      const allOnFields = error instanceof ApiError && error.fieldErrors.length > 0 && elsewhere.length === 0;
      setProblem(allOnFields ? null : error);
    },
  });
  return (
    <Form<FindingValues>
      form={form}
      name={`finding-${item.code}`}
      layout="vertical"
      disabled={readOnly}
      initialValues={initialValues(item, finding)}
      onValuesChange={() => setSaved(false)}
      onFinish={(values) => {
        setProblem(null);
        save.mutate(values);
      }}
    >
      <KindFields item={item} />
      <Form.Item name="notes" label={t('sites.finding.notes')} rules={[{ max: NOTES_MAX, message: t('sites.finding.tooLong', { max: NOTES_MAX }) }]}>
        <Input.TextArea rows={2} maxLength={NOTES_MAX} />
      </Form.Item>
      {problem != null && (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert error={problem} path={path} />
        </div>
      )}
      {!readOnly && (
        <Space>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('sites.finding.save', { item: item.code })}
          </Button>
          {saved && <Typography.Text type="success">{t('sites.finding.saved')}</Typography.Text>}
        </Space>
      )}
    </Form>
  );
}

function KindFields({ item }: { item: ItemBody }) {
  const { t } = useI18n();
  switch (item.rule.kind) {
    case 'CHECK':
    case 'PER_ITEM_DEDUCTION':
      return (
        <>
          {(item.clauses ?? []).map((clause) => (
            <Form.Item
              key={clause.code}
              name={['clauses', clause.code]}
              label={`${clause.code} ${clause.text ?? ''}`}
              rules={[{ required: true, message: t('sites.finding.chooseMet') }]}
            >
              <Radio.Group aria-label={t('sites.finding.clause', { clause: clause.code })}>
                <Radio value="MET">{item.rule.kind === 'CHECK' ? t('sites.finding.met') : t('sites.finding.implemented')}</Radio>
                <Radio value="NOT_MET">{item.rule.kind === 'CHECK' ? t('sites.finding.notMet') : t('sites.finding.notImplemented')}</Radio>
              </Radio.Group>
            </Form.Item>
          ))}
        </>
      );
    case 'PER_CASE_DEDUCTION':
      return (
        <>
          {caseClauses(item).map((clause) => (
            <Form.Item
              key={clause.code}
              name={['casesPerClause', clause.code]}
              label={`${clause.code} ${clause.text ?? ''}`}
              extra={t('sites.finding.perCase', { points: clause.pointsPerCase })}
              rules={[{ required: true, message: t('sites.finding.casesRequired') }]}
            >
              <InputNumber
                min={0}
                max={9999}
                precision={0}
                aria-label={t('sites.finding.cases', { clause: clause.code })}
                suffix={t('sites.finding.casesUnit')}
              />
            </Form.Item>
          ))}
        </>
      );
    case 'VETO':
      return <VetoFields />;
    case 'ELIGIBILITY_PRECONDITION':
      return (
        <Form.Item name="preconditionMet" label={t('sites.finding.precondition')} rules={[{ required: true, message: t('sites.finding.chooseMet') }]}>
          <Radio.Group aria-label={t('sites.finding.precondition')}>
            <Radio value={true}>{t('sites.finding.met')}</Radio>
            <Radio value={false}>{t('sites.finding.notMet')}</Radio>
          </Radio.Group>
        </Form.Item>
      );
    default:
      return null;
  }
}

function VetoFields() {
  const { t } = useI18n();
  const found = Form.useWatch('vetoFound') as boolean | undefined;
  return (
    <>
      <Form.Item name="vetoFound" label={t('sites.finding.vetoFound')} rules={[{ required: true, message: t('sites.finding.chooseVeto') }]}>
        <Radio.Group aria-label={t('sites.finding.vetoFound')}>
          <Radio value={false}>{t('sites.finding.vetoNone')}</Radio>
          <Radio value={true}>{t('sites.finding.vetoYes')}</Radio>
        </Radio.Group>
      </Form.Item>
      {found === true && (
        <Form.List name="vetoFindings">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, n) => (
                <Space key={field.key} align="start" wrap>
                  <Form.Item
                    name={[field.name, 'description']}
                    label={t('sites.finding.vetoDescription', { n: n + 1 })}
                    rules={[
                      { required: true, whitespace: true, message: t('sites.finding.vetoDescriptionRequired') },
                      { max: VETO_DESCRIPTION_MAX, message: t('sites.finding.tooLong', { max: VETO_DESCRIPTION_MAX }) },
                    ]}
                  >
                    <Input.TextArea rows={2} style={{ width: 320 }} maxLength={VETO_DESCRIPTION_MAX} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'evidence']}
                    label={t('sites.finding.vetoEvidence', { n: n + 1 })}
                    rules={[
                      { required: true, whitespace: true, message: t('sites.finding.vetoEvidenceRequired') },
                      { max: VETO_EVIDENCE_MAX, message: t('sites.finding.tooLong', { max: VETO_EVIDENCE_MAX }) },
                    ]}
                  >
                    <Input.TextArea rows={2} style={{ width: 280 }} maxLength={VETO_EVIDENCE_MAX} />
                  </Form.Item>
                  {fields.length > 1 && (
                    <Button type="text" icon={<MinusCircleOutlined />} aria-label={t('sites.finding.vetoRemove')} onClick={() => remove(field.name)} />
                  )}
                </Space>
              ))}
              <Form.Item>
                <Button icon={<PlusOutlined />} onClick={() => add({})}>
                  {t('sites.finding.vetoAdd')}
                </Button>
              </Form.Item>
            </>
          )}
        </Form.List>
      )}
    </>
  );
}
