import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Button, Checkbox, Form, Input, Modal, Space, Typography } from 'antd';
import { useApi } from '../../../api/ApiProvider';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import type { EvaluationView } from '../../evaluations/model';
import { finalizePath, previewPath, type Decisions, type Scorecard } from '../../evaluations/scorecard';
import { ScorecardView } from '../../evaluations/ScorecardView';
import type { ItemBody } from '../../evaluations/standard';

interface Values {
  confirmedVetoes?: string[];
  failed?: Record<string, { unmet?: boolean; reason?: string }>;
}

export function decisionsOf(values: Values): Decisions {
  const failedPreconditions = Object.fromEntries(
    Object.entries(values.failed ?? {})
      .filter(([, v]) => v?.unmet)
      .map(([code, v]) => [code, (v.reason ?? '').trim()]),
  );
  return { confirmedVetoes: values.confirmedVetoes ?? [], failedPreconditions };
}

/**
 * 预览与定稿 — the administrator's decisions (vetoes to confirm, preconditions found unmet), the score they would give, and
 * finalising (after a confirmation: a finalised evaluation never changes).
 */
export function DecisionsPanel({ evaluation, items, onFinalised }: { evaluation: EvaluationView; items: ItemBody[]; onFinalised: (card: Scorecard) => void }) {
  const api = useApi();
  const { t, locale } = useI18n();
  const [form] = Form.useForm<Values>();
  const [confirming, setConfirming] = useState(false);
  const vetoItems = items.filter((i) => i.rule.kind === 'VETO');
  const preconditions = items.filter((i) => i.rule.kind === 'ELIGIBILITY_PRECONDITION');
  const name = (i: ItemBody) => `${i.code} ${locale === 'zh-CN' && i.nameZh ? i.nameZh : i.name}`;
  const preview = useMutation({
    mutationFn: (decisions: Decisions) => api.post<Scorecard>(previewPath(evaluation.id), decisions),
  });
  const finalise = useMutation({
    mutationFn: (decisions: Decisions) => api.post<Scorecard>(finalizePath(evaluation.id), decisions),
    onSuccess: (card) => {
      setConfirming(false);
      onFinalised(card);
    },
    onError: () => setConfirming(false),
  });
  const run = async (action: 'preview' | 'finalise') => {
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return; // the form shows what is missing
    }
    if (action === 'preview') preview.mutate(decisionsOf(values));
    else setConfirming(true);
  };
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Form<Values> form={form} layout="vertical">
        {vetoItems.length > 0 && (
          <Form.Item name="confirmedVetoes" label={t('sites.decisions.vetoes')} extra={t('sites.decisions.vetoes.hint')}>
            <Checkbox.Group>
              <Space orientation="vertical">
                {vetoItems.map((item) => {
                  const found = evaluation.findings.filter((f) => f.itemCode === item.code).flatMap((f) => (f.vetoFindings ?? []).map((v) => ({ ...v, by: f.evaluator })));
                  return (
                    <div key={item.code}>
                      <Checkbox value={item.code} disabled={found.length === 0}>
                        {t('sites.decisions.confirmVeto', { item: name(item) })}
                      </Checkbox>
                      {found.length === 0 ? (
                        <Typography.Text type="secondary"> {t('sites.decisions.noVetoFinding')}</Typography.Text>
                      ) : (
                        <ul style={{ margin: '4px 0 0', paddingInlineStart: 40 }}>
                          {found.map((v, n) => (
                            <li key={n}>
                              {v.by ? `${v.by}：` : ''}
                              {v.description}（{t('sites.evaluation.evidence', { evidence: v.evidence })}）
                            </li>
                          ))}
                        </ul>
                      )}
                    </div>
                  );
                })}
              </Space>
            </Checkbox.Group>
          </Form.Item>
        )}
        {preconditions.map((item) => (
          <PreconditionField key={item.code} item={item} label={name(item)} evaluation={evaluation} />
        ))}
      </Form>
      <Space>
        <Button onClick={() => void run('preview')} loading={preview.isPending}>
          {t('sites.decisions.preview')}
        </Button>
        <Button type="primary" danger onClick={() => void run('finalise')} loading={finalise.isPending}>
          {t('sites.decisions.finalise')}
        </Button>
      </Space>
      {preview.error && <ProblemAlert error={preview.error} path={previewPath(evaluation.id)} />}
      {finalise.error && <ProblemAlert error={finalise.error} path={finalizePath(evaluation.id)} />}
      {preview.data && <ScorecardView card={preview.data} preview />}
      <Modal
        open={confirming}
        title={t('sites.decisions.confirmTitle')}
        okText={t('sites.decisions.confirmOk')}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: true, loading: finalise.isPending }}
        onOk={() => finalise.mutate(decisionsOf(form.getFieldsValue(true) as Values))}
        onCancel={() => setConfirming(false)}
      >
        {t('sites.decisions.confirmText', { site: evaluation.servicePointName || evaluation.servicePointId })}
      </Modal>
    </Space>
  );
}

function PreconditionField({ item, label, evaluation }: { item: ItemBody; label: string; evaluation: EvaluationView }) {
  const { t } = useI18n();
  const unmet = Form.useWatch(['failed', item.code, 'unmet']) as boolean | undefined;
  const doubts = evaluation.findings.filter((f) => f.itemCode === item.code && f.preconditionMet === false);
  return (
    <Form.Item label={t('sites.decisions.precondition', { item: label })} extra={item.rule.condition ?? undefined}>
      <Form.Item name={['failed', item.code, 'unmet']} valuePropName="checked" noStyle>
        <Checkbox>{t('sites.decisions.preconditionUnmet')}</Checkbox>
      </Form.Item>
      {doubts.length > 0 && (
        <Typography.Text type="warning">
          {' '}
          {t('sites.decisions.doubts', { evaluators: doubts.map((d) => d.evaluator ?? '').join('、') })}
        </Typography.Text>
      )}
      {unmet && (
        <Form.Item
          name={['failed', item.code, 'reason']}
          label={t('sites.decisions.reason')}
          rules={[{ required: true, whitespace: true, message: t('sites.decisions.reasonRequired') }]}
          style={{ marginTop: 8 }}
        >
          <Input maxLength={500} />
        </Form.Item>
      )}
    </Form.Item>
  );
}
