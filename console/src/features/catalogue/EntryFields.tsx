import { Checkbox, Form, Input, InputNumber, Select, Switch } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';
import { levelLabel } from './labels';
import { CODE_FORMATS, HANDLING_LEVELS, type EntryKind, type HandlingLevel } from './model';

/** The fields of an entry, with CatalogueRules' checks: code format, name ≤ 100, handling fields of sub-items. */
export function EntryFields({ kind, adding, parentCode }: { kind: EntryKind; adding: boolean; parentCode: string | null }) {
  const { t } = useI18n();
  const required = (field: string) => ({ required: true, whitespace: true, message: t('network.required', { field }) });
  return (
    <>
      {adding && (
        <Form.Item
          name="code"
          label={t('network.catalogue.code')}
          extra={t(`network.catalogue.codeHelp.${kind}`)}
          rules={[
            required(t('network.catalogue.code')),
            { pattern: CODE_FORMATS[kind], message: t(`network.catalogue.codeHelp.${kind}`) },
            ...(kind === 'SUB_ITEM' && parentCode
              ? [{ validator: (_: unknown, code?: string) => (!code || code.startsWith(`${parentCode}-`) ? Promise.resolve() : Promise.reject(new Error(t('network.catalogue.startsWithParent', { parent: parentCode })))) }]
              : []),
          ]}
        >
          <Input />
        </Form.Item>
      )}
      <Form.Item name="name" label={t('network.catalogue.name')} rules={[required(t('network.catalogue.name')), { max: 100, message: t('network.maxLength', { max: 100 }) }]}>
        <Input />
      </Form.Item>
      {kind === 'SUB_ITEM' && <HandlingFields />}
    </>
  );
}

function HandlingFields() {
  const { t, tx } = useI18n();
  return (
    <>
      <Form.Item
        name="materials"
        label={t('network.catalogue.materials')}
        extra={t('network.catalogue.materialsHelp')}
        rules={[{ validator: (_: unknown, list?: string[]) => ((list ?? []).every((m) => m.trim().length > 0 && m.length <= 200) ? Promise.resolve() : Promise.reject(new Error(t('network.maxLength', { max: 200 })))) }]}
      >
        <Select mode="tags" open={false} tokenSeparators={['\n']} aria-label={t('network.catalogue.materials')} />
      </Form.Item>
      <Form.Item name="instant" label={t('network.catalogue.instant')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item
        name="timeLimitWorkingDays"
        label={t('network.catalogue.timeLimit')}
        dependencies={['instant']}
        rules={[
          { required: true, message: t('network.required', { field: t('network.catalogue.timeLimit') }) },
          ({ getFieldValue }) => ({
            validator: (_: unknown, days?: number | null) => {
              if (days == null) return Promise.resolve();
              const instant = getFieldValue('instant') === true;
              if (instant && days !== 0) return Promise.reject(new Error(t('network.catalogue.instantZero')));
              if (!instant && days < 1) return Promise.reject(new Error(t('network.catalogue.notInstantPositive')));
              return Promise.resolve();
            },
          }),
        ]}
      >
        <InputNumber min={0} precision={0} addonAfter={t('network.catalogue.workingDays')} />
      </Form.Item>
      <Form.Item name="onlineCapable" label={t('network.catalogue.online')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item
        name="legalBasis"
        label={t('network.catalogue.legalBasis')}
        rules={[{ required: true, whitespace: true, message: t('network.required', { field: t('network.catalogue.legalBasis') }) }, { max: 500, message: t('network.maxLength', { max: 500 }) }]}
      >
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item
        name="handlingLevels"
        label={t('network.catalogue.levels')}
        rules={[
          {
            validator: (_: unknown, levels?: HandlingLevel[]) =>
              !levels || levels.length === 0
                ? Promise.reject(new Error(t('network.catalogue.levelsRequired')))
                : levels.includes('COUNTY')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('network.catalogue.includesCounty'))),
          },
        ]}
      >
        <Checkbox.Group options={HANDLING_LEVELS.map((l) => ({ value: l, label: levelLabel(tx, l) }))} />
      </Form.Item>
    </>
  );
}
