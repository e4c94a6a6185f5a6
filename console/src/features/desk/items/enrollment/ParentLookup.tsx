import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Form, List, Space } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useApi } from '../../../../api/ApiProvider';
import { IdNumberInput, normaliseIdNumber, useIdNumberRule } from '../../../../components/IdNumberInput';
import { ProblemAlert } from '../../../../components/ProblemAlert';
import { useI18n } from '../../../../i18n/I18nProvider';
import { LOOKUP_PATH, type Person } from '../../person/personApi';

/** Finds the parent a newborn is enrolled under, by the parent's ID number (sent in the body; shown only masked after). */
export function ParentLookup({ onFound }: { onFound: (parent: Person) => void }) {
  const { t, tx } = useI18n();
  const api = useApi();
  const [form] = Form.useForm<{ parentIdNumber: string }>();
  const rule = useIdNumberRule();
  const lookup = useMutation({
    mutationFn: (idNumber: string) => api.post<Person[]>(LOOKUP_PATH, { idNumber }),
    onSuccess: (found) => {
      form.resetFields();
      if (found.length === 1 && found[0]) onFound(found[0]);
    },
  });
  return (
    <div style={{ marginBottom: 16 }}>
      <Form form={form} layout="inline" onFinish={({ parentIdNumber }) => lookup.mutate(normaliseIdNumber(parentIdNumber))}>
        <Form.Item name="parentIdNumber" label={t('items.newborn.parentIdNumber')} rules={[rule]} style={{ minWidth: 380 }}>
          <IdNumberInput />
        </Form.Item>
        <Form.Item>
          <Button htmlType="submit" icon={<SearchOutlined />} loading={lookup.isPending}>
            {t('desk.person.search')}
          </Button>
        </Form.Item>
      </Form>
      {lookup.error && <ProblemAlert error={lookup.error} path={LOOKUP_PATH} />}
      {lookup.data?.length === 0 && <Alert type="warning" showIcon title={t('items.newborn.parentNotFound')} style={{ marginTop: 8 }} />}
      {lookup.data && lookup.data.length > 1 && (
        <List<Person>
          size="small"
          dataSource={lookup.data}
          renderItem={(p) => (
            <List.Item>
              <Space>
                {p.name} {p.maskedIdNumber} {tx(`desk.enum.scheme.${p.scheme}`, p.scheme)}
                <Button size="small" type="link" onClick={() => onFound(p)}>
                  {t('items.newborn.chooseParent')}
                </Button>
              </Space>
            </List.Item>
          )}
        />
      )}
    </div>
  );
}
