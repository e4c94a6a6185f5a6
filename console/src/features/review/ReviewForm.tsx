import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Input, Typography } from 'antd';
import { useApi } from '../../api/ApiProvider';
import { ApiError } from '../../api/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n/I18nProvider';
import { COMMENT_MAX, reasonsFor, type ReviewLevel } from '../reviews/model';
import { SUBMIT_REVIEW_PATH, type ReviewLink, type SubmitReview } from './invitation';
import { LevelPicker } from './LevelPicker';
import { ReasonPicker } from './ReasonPicker';

interface Props {
  link: ReviewLink;
  onSubmitted: (level: ReviewLevel) => void;
  /** 409: somebody (perhaps this citizen, on another phone) already reviewed the handling. */
  onAlreadyReviewed: () => void;
  /** 403: the token is not this handling's. */
  onWrongToken: () => void;
}

/** The citizen's review: a level, the reasons that fit it, a comment. */
export function ReviewForm({ link, onSubmitted, onAlreadyReviewed, onWrongToken }: Props) {
  const api = useApi();
  const { t } = useI18n();
  const [level, setLevel] = useState<ReviewLevel>();
  const [reasons, setReasons] = useState<string[]>([]);
  const [comment, setComment] = useState('');
  const [levelMissing, setLevelMissing] = useState(false);
  const submit = useMutation({
    mutationFn: (body: SubmitReview) => api.post<unknown>(SUBMIT_REVIEW_PATH, body),
    onSuccess: (_, body) => onSubmitted(body.level),
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) onAlreadyReviewed();
      if (error instanceof ApiError && error.status === 403) onWrongToken();
    },
  });
  const notYet = submit.error instanceof ApiError && submit.error.status === 404;

  function chooseLevel(next: ReviewLevel) {
    setLevel(next);
    setLevelMissing(false);
    const allowed = reasonsFor(next);
    setReasons((current) => current.filter((code) => allowed.includes(code)));
  }

  function send() {
    if (!level) {
      setLevelMissing(true);
      return;
    }
    const text = comment.trim();
    submit.mutate({ handlingId: link.handlingId, token: link.token, level, reasons, ...(text ? { comment: text } : {}) });
  }

  return (
    <div className="chs-review-form">
      <Typography.Title level={4} className="chs-review-question">
        {t('review.question')}
      </Typography.Title>
      <LevelPicker value={level} onChange={chooseLevel} />
      {levelMissing && (
        <Typography.Text type="danger" role="alert">
          {t('review.level.required')}
        </Typography.Text>
      )}
      {level && (
        <>
          <Typography.Title level={5} className="chs-review-subtitle">
            {t('review.reasons.label')}
          </Typography.Title>
          <ReasonPicker level={level} value={reasons} onChange={setReasons} />
        </>
      )}
      <Typography.Title level={5} className="chs-review-subtitle">
        <label htmlFor="chs-review-comment">{t('review.comment.label')}</label>
      </Typography.Title>
      <Input.TextArea
        id="chs-review-comment"
        rows={4}
        maxLength={COMMENT_MAX}
        showCount
        value={comment}
        placeholder={t('review.comment.placeholder')}
        onChange={(e) => setComment(e.target.value)}
      />
      {notYet && <Alert type="info" showIcon role="alert" title={t('review.notYet.title')} description={t('review.notYet.detail')} />}
      {submit.error && !notYet && !(submit.error instanceof ApiError && [403, 409].includes(submit.error.status)) && (
        <ProblemAlert error={submit.error} path={SUBMIT_REVIEW_PATH} />
      )}
      <Button type="primary" size="large" block className="chs-review-submit" loading={submit.isPending} onClick={send}>
        {t('review.submit')}
      </Button>
    </div>
  );
}
