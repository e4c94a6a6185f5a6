import { useQuery } from '@tanstack/react-query';
import { Form, Select } from 'antd';
import { useApi } from '../../../api/ApiProvider';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { FormActions } from '../../../components/FormActions';
import { useFormMutation } from '../../../components/useFormMutation';
import { useI18n } from '../../../i18n/I18nProvider';
import { PointPicker } from '../../reviews/PointPicker';
import { usePoints } from '../../reviews/usePoints';
import { DECLARATION_BATCHES_PATH, DECLARATIONS_PATH, type DeclarationBatch, type Declared } from '../model';
import type { Page } from '../../../api/page';

interface Values {
  batchId: string;
  servicePointId: string;
  category: string;
}

const FIELDS = ['batchId', 'servicePointId', 'category'] as const;

/**
 * 申报 — declares a point as a candidate site of a batch (DeclareRequest). The batch offers the categories it opens; the service
 * checks the rest (an active point in the batch's area, a category that takes the point's type, the deadline, one declaration
 * per point and batch) and answers the declaration with its automatic pre-check.
 */
export function DeclareForm({ initialBatch, onDeclared, onCancel }: { initialBatch?: string; onDeclared: (declared: Declared) => void; onCancel: () => void }) {
  const api = useApi();
  const { t, tx } = useI18n();
  const [form] = Form.useForm<Values>();
  const { points } = usePoints();
  const batches = useQuery({
    queryKey: ['declaration-batches', { page: 0, size: 100 }],
    queryFn: ({ signal }) => api.get<Page<DeclarationBatch>>(DECLARATION_BATCHES_PATH, { query: { page: 0, size: 100 }, signal }),
  });
  const batchId = Form.useWatch('batchId', form);
  const batch = batches.data?.items.find((b) => b.id === batchId);
  const { submit, problem, pending } = useFormMutation(
    form,
    FIELDS,
    (values: Values) => api.post<Declared>(DECLARATIONS_PATH, { batchId: values.batchId, servicePointId: values.servicePointId.trim(), category: values.category }),
    onDeclared,
  );
  return (
    <Form<Values> form={form} layout="vertical" name="declare" initialValues={{ batchId: initialBatch }} onFinish={submit}>
      {batches.error && <ProblemAlert error={batches.error} path={DECLARATION_BATCHES_PATH} />}
      <Form.Item name="batchId" label={t('workbench.eval.batch')} rules={[{ required: true, message: t('common.required', { field: t('workbench.eval.batch') }) }]}>
        <Select
          showSearch
          loading={batches.isPending}
          onChange={() => form.setFieldValue('category', undefined)}
          options={(batches.data?.items ?? []).map((b) => ({ value: b.id, label: `${b.name}（${b.id}）` }))}
        />
      </Form.Item>
      <Form.Item
        name="servicePointId"
        label={t('workbench.point')}
        htmlFor="declare-point"
        rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('workbench.point') }) }]}
      >
        <PointPicker id="declare-point" points={points} />
      </Form.Item>
      <Form.Item name="category" label={t('workbench.eval.category')} rules={[{ required: true, message: t('common.required', { field: t('workbench.eval.category') }) }]}>
        <Select
          disabled={!batch}
          placeholder={batch ? undefined : t('sites.declare.pickBatch')}
          options={Object.keys(batch?.quotas ?? {}).map((c) => ({ value: c, label: tx(`workbench.category.${c}`, c) }))}
        />
      </Form.Item>
      <FormActions problem={problem} path={DECLARATIONS_PATH} submit={t('sites.declare.submit')} pending={pending} onCancel={onCancel} />
    </Form>
  );
}
