import { useState } from 'react';
import { Alert, Button, Checkbox, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useApi } from '../../../api/ApiProvider';
import { ApiError, type FieldViolation } from '../../../api/problem';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { applyFieldErrors } from '../../../components/formErrors';
import { useI18n } from '../../../i18n/I18nProvider';
import { pointTypeLabel, zoneLabel } from '../labels';
import { partnerKindOf, pointPath, POINT_TYPES, POINTS_PATH, ZONES, type PointType, type ServicePoint } from '../model';
import { OpeningHoursField } from './OpeningHoursField';
import { describeBody, formValuesOf, POINT_FIELDS, POINT_ID, registerBody, type PointFormValues } from './pointForm';

/** Violations the form has no field for (`partner` missing as a whole, `facilities`, `location` as a whole). */
const WHOLE = new Set(['partner', 'facilities', 'location']);

/**
 * Registers a point (POST /service-points) or updates one (PUT /service-points/{id}, If-Match its version). The rules are the
 * API's: RegisterServicePointRequest's bean validation and ServicePointRules (partner by type, facilities ≥ 0, hours).
 */
export function PointForm({ point, onDone }: { point?: ServicePoint; onDone: (saved: ServicePoint) => void }) {
  const api = useApi();
  const { t, tx } = useI18n();
  const [form] = Form.useForm<PointFormValues>();
  const [rest, setRest] = useState<FieldViolation[]>([]);
  const chosenType = Form.useWatch('type', form);
  const type: PointType | undefined = point?.type ?? chosenType;
  const partnerKind = partnerKindOf(type);
  const path = point ? pointPath(point.id) : POINTS_PATH;
  const save = useMutation({
    mutationFn: (values: PointFormValues) =>
      point
        ? api.put<ServicePoint>(path, describeBody(values, point.type), { headers: { 'If-Match': `"${point.version}"` } })
        : api.post<ServicePoint>(path, registerBody(values)),
    onSuccess: onDone,
    onError: (error) => {
      const elsewhere = applyFieldErrors(form, error, POINT_FIELDS);
      const whole = error instanceof ApiError ? error.fieldErrors.filter((v) => WHOLE.has(v.field)) : [];
      setRest([...elsewhere, ...whole]);
    },
  });
  const required = (label: string) => ({ required: true, message: t('network.required', { field: label }) });
  const count = (label: string) => [required(label), { type: 'integer' as const, min: 0, message: t('network.point.nonNegative') }];

  return (
    <Form<PointFormValues>
      form={form}
      layout="vertical"
      initialValues={point ? formValuesOf(point) : { zones: [], openingHours: [] }}
      onFinish={(values) => save.mutate(values)}
    >
      {save.error && <ProblemAlert error={save.error} path={path} />}
      {rest.length > 0 && <Alert type="warning" showIcon title={rest.map((v) => `${v.field}: ${v.message}`).join('；')} style={{ marginTop: 8 }} />}
      {!point && (
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="type" label={t('network.point.type')} rules={[required(t('network.point.type'))]}>
              <Select options={POINT_TYPES.map((v) => ({ value: v, label: pointTypeLabel(tx, v) }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="areaCode" label={t('network.point.areaCode')} extra={t('network.point.areaCodeHelp')} rules={[required(t('network.point.areaCode')), { pattern: /^\d+$/, message: t('network.point.areaCodeDigits') }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="id" label={t('network.point.id')} extra={t('network.point.idHelp')} rules={[{ pattern: POINT_ID, message: t('network.point.idFormat') }]}>
              <Input placeholder="sp-fenkou-township" />
            </Form.Item>
          </Col>
        </Row>
      )}
      <Form.Item name="name" label={t('network.point.name')} rules={[required(t('network.point.name')), { whitespace: true, message: t('network.required', { field: t('network.point.name') }) }, { max: 100, message: t('network.maxLength', { max: 100 }) }]}>
        <Input />
      </Form.Item>
      <Form.Item name="address" label={t('network.point.address')} rules={[required(t('network.point.address')), { whitespace: true, message: t('network.required', { field: t('network.point.address') }) }, { max: 200, message: t('network.maxLength', { max: 200 }) }]}>
        <Input />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name={['location', 'latitude']} label={t('network.point.latitude')} rules={[required(t('network.point.latitude'))]}>
            <InputNumber min={-90} max={90} step={0.0001} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name={['location', 'longitude']} label={t('network.point.longitude')} rules={[required(t('network.point.longitude'))]}>
            <InputNumber min={-180} max={180} step={0.0001} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      {partnerKind && (
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name={['partner', 'name']} label={t(partnerKind === 'BANK' ? 'network.point.partnerBank' : 'network.point.partnerHospital')} rules={[required(t('network.point.partner'))]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name={['partner', 'institutionId']}
              label={t('network.point.institutionId')}
              rules={partnerKind === 'HOSPITAL' ? [required(t('network.point.institutionId'))] : []}
            >
              <Input placeholder={partnerKind === 'HOSPITAL' ? 'inst-chunan-first-peoples' : ''} />
            </Form.Item>
          </Col>
        </Row>
      )}
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item name="floorAreaSquareMetres" label={t('network.point.floorArea')} rules={[required(t('network.point.floorArea'))]}>
            <InputNumber min={0} precision={2} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="staffCount" label={t('network.point.staff')} rules={count(t('network.point.staff'))}>
            <InputNumber min={0} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="selfServiceMachines" label={t('network.point.machines')} rules={count(t('network.point.machines'))}>
            <InputNumber min={0} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="zones" label={t('network.point.zones')}>
        <Checkbox.Group options={ZONES.map((z) => ({ value: z, label: zoneLabel(tx, z) }))} />
      </Form.Item>
      <Form.Item label={t('network.point.openingHours')}>
        <OpeningHoursField />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {point ? t('network.point.saveEdit') : t('network.point.register')}
      </Button>
    </Form>
  );
}
