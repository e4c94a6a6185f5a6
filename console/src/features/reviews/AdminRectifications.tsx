import { useState } from 'react';
import { Button, Checkbox, Form, Select, Space } from 'antd';
import type { Query } from '../../api/client';
import type { ServicePoint } from '../../api/endpoints/registry';
import { useI18n } from '../../i18n/I18nProvider';
import { RECTIFICATION_STATUSES, type RectificationStatus } from './model';
import { PointPicker } from './PointPicker';
import { RectificationList } from './RectificationList';
import type { PageState } from './RectificationTable';

export interface RectificationFilter {
  servicePointId?: string;
  status?: RectificationStatus;
  overdue?: boolean;
}

export function adminRectificationQuery(filter: RectificationFilter): Query {
  return {
    servicePointId: filter.servicePointId || undefined,
    status: filter.status,
    overdue: filter.overdue ? true : undefined,
  };
}

/** 整改 across points: filter by point, status and overdue; close what a point has answered. */
export function AdminRectifications({ points, pointName }: { points: readonly ServicePoint[]; pointName: (id: string) => string }) {
  const { t } = useI18n();
  const [form] = Form.useForm<RectificationFilter>();
  const [filter, setFilter] = useState<RectificationFilter>({});
  const [paging, setPaging] = useState<PageState>({ page: 0, size: 10 });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Form<RectificationFilter>
        form={form}
        layout="inline"
        onFinish={(values) => {
          setFilter(values);
          setPaging((p) => ({ ...p, page: 0 }));
        }}
      >
        <Form.Item name="servicePointId" label={t('workbench.point')} htmlFor="rect-point">
          <PointPicker id="rect-point" points={points} />
        </Form.Item>
        <Form.Item name="status" label={t('workbench.status')}>
          <Select
            allowClear
            style={{ width: 140 }}
            placeholder={t('workbench.status.all')}
            options={RECTIFICATION_STATUSES.map((s) => ({ value: s, label: t(`rectification.status.${s}`) }))}
          />
        </Form.Item>
        <Form.Item name="overdue" valuePropName="checked">
          <Checkbox>{t('workbench.overdueOnly')}</Checkbox>
        </Form.Item>
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit">
              {t('common.search')}
            </Button>
            <Button
              onClick={() => {
                form.resetFields();
                setFilter({});
                setPaging((p) => ({ ...p, page: 0 }));
              }}
            >
              {t('common.reset')}
            </Button>
          </Space>
        </Form.Item>
      </Form>
      <RectificationList query={adminRectificationQuery(filter)} paging={paging} onPaging={setPaging} step="close" pointName={pointName} />
    </Space>
  );
}
