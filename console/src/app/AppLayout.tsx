import { Outlet, useLocation, useNavigate } from 'react-router';
import { useAuth } from 'react-oidc-context';
import { App as AntApp, Button, Layout, Menu, Space, Tag, Typography } from 'antd';
import { GlobalOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useServicePointName } from './useServicePointName';
import { hasAnyRole, primaryRole } from '../auth/caller';
import { useCaller } from '../auth/CallerProvider';
import { useI18n } from '../i18n/I18nProvider';
import { NAV } from './navigation';

/** The signed-in console: the menu of the pages the user's roles may use, and a header naming the user, role and point. */
export function AppLayout() {
  const caller = useCaller();
  const auth = useAuth();
  const { t, locale, setLocale } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const pointName = useServicePointName(caller.servicePointId);
  const items = NAV.filter((item) => item.menu && hasAnyRole(caller, item.roles));
  const selected = [...items].sort((a, b) => b.path.length - a.path.length).find((item) => location.pathname.startsWith(`/${item.path}`));
  const role = primaryRole(caller);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider breakpoint="lg" collapsedWidth={0} width={220} className="chs-no-print">
        <div className="chs-brand">{t('app.title')}</div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={selected ? [selected.path] : []}
          items={items.map((item) => ({ key: item.path, label: t(item.label) }))}
          onClick={({ key }) => void navigate(`/${key}`)}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="chs-header chs-no-print">
          <Typography.Text type="secondary">{t('app.subtitle')}</Typography.Text>
          <Space size="middle" wrap>
            <Space data-testid="header-user">
              <UserOutlined />
              <Typography.Text strong>{caller.displayName}</Typography.Text>
              {role && <Tag color="blue">{t(`role.${role}`)}</Tag>}
            </Space>
            {caller.servicePointId && (
              <Typography.Text data-testid="header-point">{pointName}</Typography.Text>
            )}
            <Button icon={<GlobalOutlined />} type="text" onClick={() => setLocale(locale === 'en' ? 'zh-CN' : 'en')}>
              {t('header.language')}
            </Button>
            <Button icon={<LogoutOutlined />} onClick={() => void auth.signoutRedirect()}>
              {t('header.logout')}
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content className="chs-content">
          {/* One antd App context for the pages' messages, notifications and modals. */}
          <AntApp component={false}>
            <Outlet />
          </AntApp>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
