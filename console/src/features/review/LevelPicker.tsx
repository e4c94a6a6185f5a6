import { Button } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';
import { BAD_LEVELS, REVIEW_LEVELS, type ReviewLevel } from '../reviews/model';

/** Five big buttons, best first, one of which may be chosen (a radio group for screen readers). */
export function LevelPicker({ value, onChange }: { value: ReviewLevel | undefined; onChange: (level: ReviewLevel) => void }) {
  const { t, tx } = useI18n();
  return (
    <div role="radiogroup" aria-label={t('review.level.label')} className="chs-review-levels">
      {REVIEW_LEVELS.map((level) => {
        const checked = value === level;
        return (
          <Button
            key={level}
            role="radio"
            aria-checked={checked}
            size="large"
            block
            autoInsertSpace={false}
            type={checked ? 'primary' : 'default'}
            danger={BAD_LEVELS.includes(level)}
            className="chs-review-level"
            onClick={() => onChange(level)}
          >
            {tx(`review.level.${level}`, level)}
          </Button>
        );
      })}
    </div>
  );
}
