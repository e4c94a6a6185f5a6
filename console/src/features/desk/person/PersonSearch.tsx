import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Button, Card, Form, List, Result, Space, Tag, Typography } from 'antd';
import { SearchOutlined, UserAddOutlined } from '@ant-design/icons';
import { useApi } from '../../../api/ApiProvider';
import { IdNumberInput, normaliseIdNumber, useIdNumberRule } from '../../../components/IdNumberInput';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { maskIdNumber } from '../../../lib/idNumber';
import type { AuthorisedItem } from '../types';
import { LOOKUP_PATH, type Person } from './personApi';

export interface PersonSearchProps {
  /** Called with the enrolment the clerk serves (at once when the number has one, after a choice when it has two). */
  onFound: (person: Person) => void;
  /** ENR-01/ENR-02 items this point may handle and the console has forms for: offered when the number is not enrolled. */
  enrolItems: AuthorisedItem[];
  /** Whether an item may be started (a ticket is called). */
  canStart: boolean;
  onEnrol: (item: AuthorisedItem, idNumber: string) => void;
}

/**
 * 查找参保人 by 公民身份号码: checked as typed, sent in the body of enrollment's lookup (never in a URL). Once answered, the
 * number leaves the input; the desk shows only the masked one.
 */
export function PersonSearch({ onFound, enrolItems, canStart, onEnrol }: PersonSearchProps) {
  const { t, tx } = useI18n();
  const api = useApi();
  const [form] = Form.useForm<{ idNumber: string }>();
  const rule = useIdNumberRule();
  const [searched, setSearched] = useState<string>();
  const lookup = useMutation({
    mutationFn: (idNumber: string) => api.post<Person[]>(LOOKUP_PATH, { idNumber }),
    onSuccess: (found, idNumber) => {
      form.resetFields();
      setSearched(idNumber);
      if (found.length === 1 && found[0]) onFound(found[0]);
    },
  });
  const found = lookup.data;

  return (
    <Card title={t('desk.person.search.title')}>
      <Form
        form={form}
        name="personSearch"
        layout="inline"
        onFinish={({ idNumber }) => lookup.mutate(normaliseIdNumber(idNumber))}
        style={{ marginBottom: 12 }}
      >
        <Form.Item name="idNumber" label={t('desk.person.idNumber')} rules={[rule]} style={{ minWidth: 420 }}>
          <IdNumberInput placeholder={t('desk.person.idNumber.placeholder')} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" icon={<SearchOutlined />} loading={lookup.isPending}>
            {t('desk.person.search')}
          </Button>
        </Form.Item>
      </Form>
      {lookup.error && <ProblemAlert error={lookup.error} path={LOOKUP_PATH} />}
      {found && found.length === 0 && searched && (
        <Result
          status="info"
          title={t('desk.person.notFound', { number: maskIdNumber(searched) })}
          subTitle={enrolItems.length > 0 ? t('desk.person.notFound.enrol') : t('desk.person.notFound.noEnrolment')}
          extra={enrolItems.map((item) => (
            <Button
              key={item.code}
              type="primary"
              icon={<UserAddOutlined />}
              disabled={!canStart}
              title={canStart ? undefined : t('desk.items.needsTicket')}
              onClick={() => onEnrol(item, searched)}
            >
              {item.name}
            </Button>
          ))}
        />
      )}
      {found && found.length > 1 && (
        <List<Person>
          header={<Typography.Text>{t('desk.person.choose')}</Typography.Text>}
          bordered
          dataSource={found}
          renderItem={(person) => (
            <List.Item
              actions={[
                <Button key="choose" type="link" onClick={() => onFound(person)}>
                  {t('desk.person.serve')}
                </Button>,
              ]}
            >
              <Space wrap>
                <Typography.Text strong>{person.name}</Typography.Text>
                <Typography.Text code>{person.maskedIdNumber}</Typography.Text>
                <Tag>{tx(`desk.enum.scheme.${person.scheme}`, person.scheme)}</Tag>
                <Tag color={person.status === 'ACTIVE' ? 'green' : 'orange'}>{tx(`desk.enum.status.${person.status}`, person.status)}</Tag>
              </Space>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
