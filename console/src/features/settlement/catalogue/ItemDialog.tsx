import { useState } from 'react';
import { Alert, App, Button, Checkbox, Col, Form, Input, Modal, Row, Select } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../../api/ApiProvider';
import type { FieldViolation } from '../../../api/problem';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { applyFieldErrors } from '../../../components/formErrors';
import { useI18n } from '../../../i18n/I18nProvider';
import { decimalRule } from '../decimal';
import { catalogueItemPath, ITEM_CLASSES, type CatalogueItem, type CatalogueItemRequest, type ItemClass } from '../model';

interface Values {
  itemCode: string;
  name: string;
  itemClass: ItemClass;
  selfPayFirstShare?: string;
  quantityLimit?: string;
  restricted?: boolean;
  diseases?: string;
}

const FIELDS = ['itemCode', 'name', 'itemClass', 'selfPayFirstShare', 'quantityLimit', 'restricted', 'qualifyingDiseaseCodes'] as const;
/** CatalogueEntry.CODE_PATTERN. */
const CODE = /^[A-Za-z0-9._-]{1,40}$/;

export function itemRequest(values: Values): CatalogueItemRequest {
  const share = values.selfPayFirstShare?.trim();
  const limit = values.quantityLimit?.trim();
  const diseases = (values.diseases ?? '').split(/[,;，；\s]+/).map((d) => d.trim()).filter(Boolean);
  return {
    name: values.name.trim(),
    itemClass: values.itemClass,
    ...(values.itemClass === 'CLASS_B' && share ? { selfPayFirstShare: Number(share) } : {}),
    ...(limit ? { quantityLimit: Number(limit) } : {}),
    restricted: values.restricted === true,
    qualifyingDiseaseCodes: diseases,
  };
}

/** Creates or replaces one catalogue item (PUT /catalogues/{region}/items/{code}). */
export function ItemDialog({ region, item, onClose }: { region: string; item?: CatalogueItem; onClose: () => void }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [rest, setRest] = useState<FieldViolation[]>([]);
  const itemClass = Form.useWatch('itemClass', form);
  const save = useMutation({
    mutationFn: (values: Values) => api.put<CatalogueItem>(catalogueItemPath(region, values.itemCode.trim()), itemRequest(values)),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['settlement', 'catalogue', region] });
      void message.success(t('settlement.saved'));
      onClose();
    },
    onError: (error) => {
      // the service names the list qualifyingDiseaseCodes; the form has one text for it
      const left = applyFieldErrors(form, error, FIELDS);
      setRest(left);
    },
  });
  const title = item ? t('settlement.catalogue.dialog.edit', { code: item.itemCode, region }) : t('settlement.catalogue.dialog.add', { region });
  return (
    <Modal open title={title} onCancel={onClose} footer={null} width={640} destroyOnHidden>
      {save.error && <ProblemAlert error={save.error} />}
      {rest.length > 0 && <Alert type="warning" showIcon title={rest.map((v) => `${v.field}: ${v.message}`).join('；')} />}
      <Form<Values>
        form={form}
        name="catalogueItem"
        layout="vertical"
        disabled={save.isPending}
        initialValues={
          item
            ? {
                itemCode: item.itemCode,
                name: item.name,
                itemClass: item.itemClass,
                selfPayFirstShare: item.selfPayFirstShare === null || item.selfPayFirstShare === undefined ? '' : String(item.selfPayFirstShare),
                quantityLimit: item.quantityLimit === null || item.quantityLimit === undefined ? '' : String(item.quantityLimit),
                restricted: item.restricted,
                diseases: (item.qualifyingDiseaseCodes ?? []).join(', '),
              }
            : { itemClass: 'CLASS_A', restricted: false }
        }
        onFinish={(values) => {
          setRest([]);
          save.mutate(values);
        }}
        style={{ marginTop: 12 }}
      >
        <Row gutter={16}>
          <Col span={10}>
            <Form.Item
              name="itemCode"
              label={t('settlement.catalogue.itemCode')}
              rules={[{ required: true, pattern: CODE, message: t('settlement.catalogue.code.pattern') }]}
            >
              <Input disabled={Boolean(item)} maxLength={40} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={14}>
            <Form.Item name="name" label={t('settlement.catalogue.name')} rules={[{ required: true, whitespace: true, max: 200, message: t('common.required', { field: t('settlement.catalogue.name') }) }]}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="itemClass" label={t('settlement.catalogue.itemClass')} rules={[{ required: true }]}>
              <Select options={ITEM_CLASSES.map((c) => ({ value: c, label: t(`settlement.itemClass.${c}`) }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="selfPayFirstShare"
              label={t('settlement.catalogue.selfPayFirstShare')}
              dependencies={['itemClass']}
              extra="0–1"
              rules={[
                { required: itemClass === 'CLASS_B', whitespace: true, message: t('settlement.catalogue.share.required') },
                decimalRule(t('settlement.decimal.max', { max: 1 }), { fraction: 4, max: 1 }),
              ]}
            >
              <Input disabled={itemClass !== 'CLASS_B'} inputMode="decimal" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="quantityLimit"
              label={t('settlement.catalogue.quantityLimit')}
              rules={[decimalRule(t('settlement.decimal.invalid', { fraction: 4 }), { fraction: 4, exclusiveMin: true })]}
            >
              <Input inputMode="decimal" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="restricted" valuePropName="checked" label=" ">
              <Checkbox>{t('settlement.catalogue.restricted')}</Checkbox>
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="diseases" label={t('settlement.catalogue.diseases')} extra={t('settlement.catalogue.diseases.extra')}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('settlement.save')}
        </Button>
      </Form>
    </Modal>
  );
}
