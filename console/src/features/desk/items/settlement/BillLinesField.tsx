import { Button, DatePicker, Flex, Form, Input, Table, Typography } from 'antd';
import type { FormListFieldData, FormRule } from 'antd';
import type { Dayjs } from 'dayjs';
import { useI18n } from '../../../../i18n/I18nProvider';
import { billTotal, checkDecimal, formatYuan, lineAmount, QUANTITY_RULE, UNIT_PRICE_RULE, type DecimalRule } from './money';

/** One bill line as typed: decimals stay text until sent, so nothing is lost to binary floating point. */
export interface LineValues {
  itemCode?: string;
  quantity?: string;
  unitPrice?: string;
  serviceDate?: Dayjs | null;
}

/** BillLineRequest.itemCode: CatalogueEntry.CODE_PATTERN. */
const ITEM_CODE = /^[A-Za-z0-9._-]{1,40}$/;
/** ReimbursementRequest.lines: @Size(max = 2000). */
export const MAX_LINES = 2000;

function useDecimalRule(rule: DecimalRule, label: string): FormRule[] {
  const { t } = useI18n();
  return [
    { required: true, whitespace: true, message: t('settlementItems.lines.required', { field: label }) },
    {
      validator: async (_r, value: unknown) => {
        const text = typeof value === 'string' ? value : '';
        if (!text.trim()) return;
        const problem = checkDecimal(text, rule);
        if (problem) throw new Error(t(`settlementItems.decimal.${problem}`, { integer: rule.integer, fraction: rule.fraction }));
      },
    },
  ];
}

/** 费用明细: catalogue item code, quantity, unit price (yuan) and service date of each line, with the exact line amounts and total. */
export function BillLinesField() {
  const { t } = useI18n();
  const form = Form.useFormInstance();
  const lines = (Form.useWatch('lines', form) ?? []) as LineValues[];
  const quantityRules = useDecimalRule(QUANTITY_RULE, t('settlementItems.lines.quantity'));
  const priceRules = useDecimalRule(UNIT_PRICE_RULE, t('settlementItems.lines.unitPrice'));
  const total = billTotal(lines);

  return (
    <Form.List
      name="lines"
      rules={[
        {
          validator: async (_r, value: unknown[] | undefined) => {
            if (!value || value.length === 0) throw new Error(t('settlementItems.lines.atLeastOne'));
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <Flex vertical gap={8}>
          <Table<FormListFieldData>
            size="small"
            rowKey="key"
            pagination={false}
            dataSource={fields}
            columns={[
              { title: '#', key: 'n', width: 48, render: (_v, _f, index) => index + 1 },
              {
                title: t('settlementItems.lines.itemCode'),
                key: 'itemCode',
                render: (_v, field) => (
                  <Form.Item
                    name={[field.name, 'itemCode']}
                    style={{ margin: 0 }}
                    rules={[
                      { required: true, whitespace: true, message: t('settlementItems.lines.required', { field: t('settlementItems.lines.itemCode') }) },
                      { pattern: ITEM_CODE, message: t('settlementItems.lines.itemCode.pattern') },
                    ]}
                  >
                    <Input maxLength={40} aria-label={`${t('settlementItems.lines.itemCode')} ${field.name + 1}`} />
                  </Form.Item>
                ),
              },
              {
                title: t('settlementItems.lines.quantity'),
                key: 'quantity',
                width: 130,
                render: (_v, field) => (
                  <Form.Item name={[field.name, 'quantity']} style={{ margin: 0 }} rules={quantityRules}>
                    <Input inputMode="decimal" aria-label={`${t('settlementItems.lines.quantity')} ${field.name + 1}`} />
                  </Form.Item>
                ),
              },
              {
                title: t('settlementItems.lines.unitPrice'),
                key: 'unitPrice',
                width: 150,
                render: (_v, field) => (
                  <Form.Item name={[field.name, 'unitPrice']} style={{ margin: 0 }} rules={priceRules}>
                    <Input inputMode="decimal" prefix="¥" aria-label={`${t('settlementItems.lines.unitPrice')} ${field.name + 1}`} />
                  </Form.Item>
                ),
              },
              {
                title: t('settlementItems.lines.serviceDate'),
                key: 'serviceDate',
                width: 160,
                render: (_v, field) => (
                  <Form.Item name={[field.name, 'serviceDate']} style={{ margin: 0 }}>
                    <DatePicker style={{ width: '100%' }} aria-label={`${t('settlementItems.lines.serviceDate')} ${field.name + 1}`} />
                  </Form.Item>
                ),
              },
              {
                title: t('settlementItems.lines.amount'),
                key: 'amount',
                width: 130,
                align: 'right',
                render: (_v, field) => {
                  const line = lines[field.name];
                  const amount = line ? lineAmount(line.quantity ?? '', line.unitPrice ?? '') : undefined;
                  return amount ? formatYuan(amount) : '—';
                },
              },
              {
                title: '',
                key: 'remove',
                width: 72,
                render: (_v, field) => (
                  <Button type="link" danger onClick={() => remove(field.name)} disabled={fields.length <= 1}>
                    {t('settlementItems.lines.remove')}
                  </Button>
                ),
              },
            ]}
          />
          <Flex justify="space-between" align="center">
            <Button onClick={() => add({})} disabled={fields.length >= MAX_LINES}>
              {t('settlementItems.lines.add')}
            </Button>
            <Typography.Text strong data-testid="bill-total">
              {t('settlementItems.lines.total')}：{total ? formatYuan(total) : '—'}
            </Typography.Text>
          </Flex>
          <Form.ErrorList errors={errors} />
        </Flex>
      )}
    </Form.List>
  );
}
