import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, ConfigProvider, Descriptions, Result, Space, Spin } from 'antd';
import { GlobalOutlined } from '@ant-design/icons';
import { ApiProvider, useApi } from '../../api/ApiProvider';
import { ApiError } from '../../api/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDateTime } from '../../lib/time';
import { BAD_LEVELS, isReviewLevel, type ReviewLevel } from '../reviews/model';
import { invitationPath, parseReviewLink, REVIEW_TOKEN_HEADER, type Invitation, type ReviewLink } from './invitation';
import { ReviewForm } from './ReviewForm';
import './citizenReview.css';

/**
 * 好差评 — the page a citizen opens from the QR code on the receipt. Public: no sign-in; the review token in the link
 * authorises it, so the API client here carries no bearer token, whoever else is signed in in this browser.
 */
export default function CitizenReviewPage() {
  return (
    <ApiProvider>
      <ConfigProvider componentSize="large" theme={{ token: { fontSize: 16 } }}>
        <CitizenShell>
          <CitizenReview />
        </CitizenShell>
      </ConfigProvider>
    </ApiProvider>
  );
}

function CitizenShell({ children }: { children: ReactNode }) {
  const { t, locale, setLocale } = useI18n();
  useEffect(() => {
    document.title = t('review.pageTitle');
  }, [t]);
  return (
    <div className="chs-citizen" lang={locale}>
      <header className="chs-citizen-bar">
        <h1>{t('review.pageTitle')}</h1>
        <Button size="middle" icon={<GlobalOutlined />} onClick={() => setLocale(locale === 'en' ? 'zh-CN' : 'en')}>
          {t('header.language')}
        </Button>
      </header>
      <main className="chs-citizen-main">{children}</main>
    </div>
  );
}

function CitizenReview() {
  const [params] = useSearchParams();
  const link = useMemo(() => parseReviewLink(params), [params]);
  return link ? <InvitationView link={link} /> : <BrokenLink />;
}

type Outcome = { kind: 'submitted'; level: ReviewLevel } | { kind: 'already' } | { kind: 'wrongToken' };

function InvitationView({ link }: { link: ReviewLink }) {
  const api = useApi();
  const { t } = useI18n();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const path = invitationPath(link.handlingId);
  const invitation = useQuery({
    queryKey: ['review-invitation', link.handlingId, link.token],
    queryFn: ({ signal }) => api.get<Invitation>(path, { headers: { [REVIEW_TOKEN_HEADER]: link.token }, signal }),
    retry: false,
    refetchOnWindowFocus: false,
  });
  const error = invitation.error instanceof ApiError ? invitation.error : null;

  if (outcome?.kind === 'submitted') return <Thanks level={outcome.level} />;
  if (outcome?.kind === 'wrongToken' || error?.status === 403) return <WrongToken />;
  if (invitation.isPending) {
    return (
      <div style={{ textAlign: 'center', padding: 48 }}>
        <Spin size="large" description={t('review.loading')}>
          <div style={{ minHeight: 48 }} />
        </Spin>
      </div>
    );
  }
  if (error?.status === 400) return <BrokenLink />;
  if (error?.status === 404) return <NotYet onRetry={() => void invitation.refetch()} retrying={invitation.isFetching} />;
  if (invitation.error && (!error || error.unavailable)) {
    return (
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <ProblemAlert error={invitation.error} path={path} />
        <Button block onClick={() => void invitation.refetch()} loading={invitation.isFetching}>
          {t('review.retry')}
        </Button>
      </Space>
    );
  }
  const known = invitation.data;
  if (outcome?.kind === 'already' || known?.reviewed) {
    return <AlreadyReviewed level={isReviewLevel(known?.reviewedLevel) ? known.reviewedLevel : undefined} />;
  }
  // Any other refusal of the invitation (it names the handling only) still lets the citizen review by the link's id.
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <HandlingCard link={link} invitation={known} />
      <Card>
        <ReviewForm
          link={link}
          onSubmitted={(level) => setOutcome({ kind: 'submitted', level })}
          onWrongToken={() => setOutcome({ kind: 'wrongToken' })}
          onAlreadyReviewed={() => {
            setOutcome({ kind: 'already' });
            void invitation.refetch();
          }}
        />
      </Card>
    </Space>
  );
}

function HandlingCard({ link, invitation }: { link: ReviewLink; invitation: Invitation | undefined }) {
  const { t } = useI18n();
  const item = invitation?.itemName || invitation?.itemCode;
  const point = invitation?.servicePointName || invitation?.servicePointId;
  const when = invitation?.completedAt ? formatDateTime(invitation.completedAt) : invitation?.handlingDay;
  return (
    <Card title={t('review.handling.title')}>
      <Descriptions column={1} size="small" colon={false}>
        {item && <Descriptions.Item label={t('review.handling.item')}>{item}</Descriptions.Item>}
        {point && <Descriptions.Item label={t('review.handling.point')}>{point}</Descriptions.Item>}
        {when && <Descriptions.Item label={t('review.handling.completedAt')}>{when}</Descriptions.Item>}
        <Descriptions.Item label={t('review.handling.id')}>{link.handlingId}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

function Thanks({ level }: { level: ReviewLevel }) {
  const { t, tx } = useI18n();
  return (
    <Card>
      <Result
        status="success"
        title={t('review.thanks.title')}
        subTitle={
          <>
            <div>{t('review.given', { level: tx(`review.level.${level}`, level) })}</div>
            <div>{BAD_LEVELS.includes(level) ? t('review.thanks.bad') : t('review.thanks.good')}</div>
          </>
        }
      />
    </Card>
  );
}

function AlreadyReviewed({ level }: { level: ReviewLevel | undefined }) {
  const { t, tx } = useI18n();
  return (
    <Card>
      <Result
        status="info"
        title={t('review.already.title')}
        subTitle={level ? t('review.given', { level: tx(`review.level.${level}`, level) }) : t('review.already.detail')}
      />
    </Card>
  );
}

function WrongToken() {
  const { t } = useI18n();
  return (
    <Card>
      <Result status="warning" title={t('review.wrongToken.title')} subTitle={t('review.wrongToken.detail')} />
    </Card>
  );
}

function BrokenLink() {
  const { t } = useI18n();
  return (
    <Card>
      <Result status="warning" title={t('review.brokenLink.title')} subTitle={t('review.brokenLink.detail')} />
    </Card>
  );
}

function NotYet({ onRetry, retrying }: { onRetry: () => void; retrying: boolean }) {
  const { t } = useI18n();
  return (
    <Card>
      <Result
        status="info"
        title={t('review.notYet.title')}
        subTitle={t('review.notYet.detail')}
        extra={
          <Button type="primary" onClick={onRetry} loading={retrying}>
            {t('review.retry')}
          </Button>
        }
      />
    </Card>
  );
}
